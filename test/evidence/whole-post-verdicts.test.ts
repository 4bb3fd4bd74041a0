/**
 * Verdicts on a whole post as `analyze` reads it (no unit forced to be a fact): the same checks the
 * example-post test in judge.test.ts makes on the shared example, on a post and fact base of our
 * own, so they run everywhere (the shared examples are not part of the repository).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { parseFactBase } from '../../src/evidence/fact-base/read-fact-base.ts';
import { judge } from '../../src/evidence/verdicts/judge.ts';

const POST = `Bavaria should stop pretending its refugee shelters are temporary.

Admittedly, the shelters were meant as a stopgap, and nobody planned for them to last. But the numbers have outgrown that plan.

1. Roughly 90,000 refugees arrived in Bavaria in 2019, far more than the shelters were built for.
2. Unemployment in Spain was 14 percent in 2012, and Spain built permanent housing anyway.
3. Militant attacks in Pakistan rose to 306 in 2023, so the arrivals will not slow down soon.

Some say the shelters will empty on their own. They will almost certainly not. The state government should fund permanent housing this year.
`;

// Invented figures about real places (so the gazetteer's containment applies), in the documented JSONL format.
const FACTS = [
  { id: 'arrivals', statement: 'About 12,100 refugees arrived in Bavaria in 2019.', subject: 'refugee arrivals in Bavaria', value: 12100, unit: 'people', time: { from: '2019', to: '2019' }, place: 'Bavaria', source: { title: 'Fixture: arrivals', url: 'https://example.org/arrivals' } },
  { id: 'living', statement: 'Some 90,000 refugees were living in Bavaria in 2019.', subject: 'refugees living in Bavaria', value: 90000, unit: 'people', time: { from: '2019', to: '2019' }, place: 'Bavaria', source: { title: 'Fixture: residents', url: 'https://example.org/living' } },
  { id: 'jobless', statement: 'Unemployment in Spain was 14.1 percent in 2019.', subject: 'unemployment rate in Spain', value: 14.1, unit: 'percent', time: { from: '2019', to: '2019' }, place: 'Spain', source: { title: 'Fixture: labour', url: null } },
  { id: 'attacks-2023', statement: 'Militant attacks in Pakistan rose to 306 in 2023.', subject: 'militant attacks in Pakistan', value: 306, unit: 'attacks', time: { from: '2023', to: '2023' }, place: 'Pakistan', source: { title: 'Fixture: attacks', url: null } },
].map((f) => JSON.stringify(f)).join('\n');

test('a whole post: every check-worthy fact gets a verdict citing facts by id and source, and nothing else gets one', () => {
  const analysis = analyze(POST);
  const { facts, problems } = parseFactBase(FACTS, 'facts.jsonl');
  assert.deepEqual(problems, []);
  const { verdicts } = judge(analysis, facts, { textDate: '2024-05' });
  const factual = analysis.units.filter((u) => u.kind === 'fact' && u.checkworthy).map((u) => u.id);
  assert.ok(factual.length >= 3, 'the numbered reasons are read as check-worthy facts');
  assert.deepEqual(verdicts.map((v) => v.unit), factual);
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const v of verdicts) {
    for (const id of v.facts) assert.ok(v.explanation.includes(`${id} (${byId.get(id)?.source.title ?? ''})`), `${v.unit} cites ${id} with its source`);
  }
  const verdictOn = (words: string) => verdicts.find((v) => analysis.units.find((u) => u.id === v.unit)?.text.includes(words));
  // The figure is the refugees living there, not the arrivals the sentence speaks of.
  assert.equal(verdictOn('90,000 refugees arrived')?.verdict, 'misleading');
  assert.deepEqual(verdictOn('90,000 refugees arrived')?.facts, ['living', 'arrivals']);
  // The figure is another year's.
  assert.equal(verdictOn('Unemployment in Spain')?.verdict, 'misleading');
  assert.equal(verdictOn('Unemployment in Spain')?.facts[0], 'jobless');
  // Predictions and recommendations get no factual verdict.
  const judged = new Set(verdicts.map((v) => v.unit));
  for (const unit of analysis.units) if (unit.kind === 'prediction' || unit.kind === 'recommendation') assert.equal(judged.has(unit.id), false, `${unit.id} (${unit.kind})`);
});
