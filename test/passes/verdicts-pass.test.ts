import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { AnalysisSchema } from '../../src/model/analysis-schema.ts';
import type { Fact } from '../../src/model/evidence-schema.ts';
import { BAVARIA_ARRIVALS } from '../evidence/bavaria-arrivals.ts';

const UNUSED: Fact = { ...BAVARIA_ARRIVALS, id: 'unused', statement: 'Bavaria has 96 districts.', subject: 'districts of Bavaria', value: 96, unit: 'districts', time: null };

const TEXT = 'In 2019, 12,000 refugees arrived in Bavaria. I think Bavaria should welcome more of them.';

test('judges factual check-worthy units against the facts given, and copies only the cited facts in', () => {
  const analysis = analyze(TEXT, { facts: [BAVARIA_ARRIVALS, UNUSED] });
  AnalysisSchema.parse(analysis);
  const factual = analysis.units.find((u) => u.text.startsWith('In 2019'));
  assert.ok(factual !== undefined && factual.kind === 'fact' && factual.checkworthy);
  assert.deepEqual(analysis.verdicts.map((v) => [v.unit, v.verdict, v.facts]), [[factual.id, 'supported', ['arrivals-2019']]]);
  assert.match(analysis.verdicts[0]?.explanation ?? '', /Test fixture: arrivals/);
  assert.deepEqual(analysis.facts.map((f) => f.id), ['arrivals-2019']);
});

test('gives no verdict to an opinion or recommendation', () => {
  const analysis = analyze(TEXT, { facts: [BAVARIA_ARRIVALS] });
  const judged = new Set(analysis.verdicts.map((v) => v.unit));
  for (const unit of analysis.units.filter((u) => u.kind !== 'fact')) assert.ok(!judged.has(unit.id), `${unit.kind} ${unit.id} got a verdict`);
});

test('leaves the evidence empty when no facts are given', () => {
  const analysis = analyze(TEXT);
  assert.deepEqual([analysis.verdicts, analysis.resolutions, analysis.facts, analysis.matches], [[], [], [], []]);
});
