import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataDir } from '../../scripts/learning/data-dir.ts';
import { analyze } from '../../src/analyze.ts';
import { readFactBase } from '../../src/evidence/fact-base/read-fact-base.ts';
import { judge } from '../../src/evidence/verdicts/judge.ts';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import type { Fact, Verdict } from '../../src/model/evidence-schema.ts';
import { fact, verdictOf as judgeOne } from './verdicts/judge-one.ts';

/** Test fixtures: invented figures about real places, so the gazetteer's containment applies. */
const FACTS: Fact[] = [
  fact('arrivals', { statement: 'About 12,100 refugees arrived in Bavaria in 2019.', subject: 'refugee arrivals in Bavaria', value: 12100, unit: 'people', time: { from: '2019', to: '2019' }, place: 'Bavaria' }),
  fact('living', { statement: 'Some 90,000 refugees were living in Bavaria in 2019.', subject: 'refugees living in Bavaria', value: 90000, unit: 'people', time: { from: '2019', to: '2019' }, place: 'Bavaria' }),
  fact('founded', { statement: 'The Tehrik-i-Taliban Pakistan (TTP) was formed in 2007.', subject: 'TTP founding', value: 2007, unit: 'year', time: { from: '2007', to: '2007' }, place: 'Pakistan' }),
  fact('kpk-1996', { statement: 'About 60,000 refugees arrived in Khyber Pakhtunkhwa in 1996.', subject: 'refugee arrivals in Khyber Pakhtunkhwa', value: 60000, unit: 'people', time: { from: '1996', to: '1996' }, place: 'Khyber Pakhtunkhwa' }),
  fact('jobless', { statement: 'Unemployment in Spain was 14.1 percent in 2019.', subject: 'unemployment rate in Spain', value: 14.1, unit: 'percent', time: { from: '2019', to: '2019' }, place: 'Spain' }),
  fact('attacks-2023', { statement: 'Militant attacks in Pakistan rose to 306 in 2023.', subject: 'militant attacks in Pakistan', value: 306, unit: 'attacks', time: { from: '2023', to: '2023' }, place: 'Pakistan' }),
];

/** The verdict on a one-sentence text against FACTS unless told otherwise (see judge-one.ts). */
const verdictOf = (text: string, facts: readonly Fact[] = FACTS): Verdict => judgeOne(text, facts);

test('supports a figure a fact of the same measure, time and place matches', () => {
  const v = verdictOf('In 2019, 12,000 refugees arrived in Bavaria.');
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['arrivals']);
  assert.match(v.explanation, /arrivals \(Test fixture\)/);
});

test('contradicts a figure a fact of the same scope does not match', () => {
  const v = verdictOf('In 2019, 30,000 refugees arrived in Bavaria.');
  assert.equal(v.verdict, 'contradicted');
  assert.deepEqual(v.facts, ['arrivals']);
});

test('calls a figure borrowed from another measure misleading and cites both facts', () => {
  const v = verdictOf('In 2019, about 90,000 refugees arrived in Bavaria.');
  assert.equal(v.verdict, 'misleading');
  assert.deepEqual(v.facts, ['living', 'arrivals']);
  assert.match(v.explanation, /a stock \("living"\), not arrivals \("arrived"\)/);
});

test('calls a figure borrowed from another year misleading', () => {
  const v = verdictOf('Unemployment in Spain was 14 percent in 2012.');
  assert.equal(v.verdict, 'misleading');
  assert.match(v.explanation, /it is about 2019, not 2012/);
});

test('a part larger than the claimed whole contradicts it, through the gazetteer\'s containment', () => {
  const v = verdictOf('In 1996, 20,000 refugees arrived in Pakistan.');
  assert.equal(v.verdict, 'contradicted');
  assert.deepEqual(v.facts, ['kpk-1996']);
  assert.match(v.explanation, /Khyber Pakhtunkhwa, only part of Pakistan/);
});

test('dates an event: the same date supports, another contradicts', () => {
  assert.equal(verdictOf('The TTP was formed in 2007.').verdict, 'supported');
  assert.equal(verdictOf('The TTP was formed in 2010.').verdict, 'contradicted');
});

test('leaves a claim no fact speaks to unverified, with an explanation and no facts', () => {
  const v = verdictOf('The port handled 5 million containers in 2019.');
  assert.equal(v.verdict, 'unverified');
  assert.deepEqual(v.facts, []);
  assert.match(v.explanation, /nothing speaks to it/);
});

test('gives verdicts only to check-worthy facts: opinions, recommendations and predictions get none', () => {
  const analysis = analyze('In 2019, 30,000 refugees arrived in Bavaria. I think the policy is a disgrace. Bavaria should take in more refugees.');
  const kinds = ['fact', 'opinion', 'recommendation'] as const;
  const labelled: Analysis = { ...analysis, units: analysis.units.map((u, i) => ({ ...u, kind: kinds[i] ?? 'other', checkworthy: true })) };
  const { verdicts, resolutions } = judge(labelled, FACTS);
  assert.deepEqual(verdicts.map((v) => v.unit), [labelled.units[0]?.id]);
  assert.deepEqual(resolutions, []);
  const notWorthy: Analysis = { ...labelled, units: labelled.units.map((u) => ({ ...u, checkworthy: false })) };
  assert.deepEqual(judge(notWorthy, FACTS).verdicts, []);
});

test('resolves a prediction only with a text date and facts dated after it', () => {
  const analysis = analyze('Militant attacks in Pakistan will rise sharply.');
  const prediction: Analysis = { ...analysis, units: analysis.units.map((u) => ({ ...u, kind: 'prediction' as const })) };
  assert.deepEqual(judge(prediction, FACTS).resolutions, []);
  assert.deepEqual(judge(prediction, FACTS, { textDate: '2024-01' }).resolutions, []);
  const { verdicts, resolutions } = judge(prediction, FACTS, { textDate: '2021-07' });
  assert.deepEqual(verdicts, []);
  assert.equal(resolutions.length, 1);
  assert.equal(resolutions[0]?.outcome, 'came_true');
  assert.deepEqual(resolutions[0]?.facts, ['attacks-2023']);
  const fall: Analysis = { ...prediction, units: prediction.units.map((u) => ({ ...u, text: 'Militant attacks in Pakistan will fall sharply.' })) };
  assert.equal(judge(fall, FACTS, { textDate: '2021-07' }).resolutions[0]?.outcome, 'did_not_come_true');
});

test('is deterministic', () => {
  const analysis = analyze('In 2019, about 90,000 refugees arrived in Bavaria. In 1996, 20,000 refugees arrived in Pakistan.');
  assert.deepEqual(judge(analysis, FACTS), judge(analysis, FACTS));
});

// The shared examples sit beside the shared data (ARGSCOPE_DATA, else ../shared/data), outside the repository.
const EXAMPLES = resolve(dataDir(), '..', 'examples');
const POST = join(EXAMPLES, 'afghanistan-pakistan-post.txt');
const POST_FACTS = join(EXAMPLES, 'facts-afghanistan-pakistan.jsonl');

test('the example post: every check-worthy fact gets a verdict citing facts by id and source', { skip: existsSync(POST) && existsSync(POST_FACTS) ? false : `${POST} not found: the shared examples are not part of the repository (set ARGSCOPE_DATA to the shared data folder beside them); whole-post-verdicts.test.ts makes the same checks on a post of our own` }, () => {
  const analysis = analyze(readFileSync(POST, 'utf8'));
  const { facts, problems } = readFactBase(POST_FACTS);
  assert.deepEqual(problems, []);
  const { verdicts } = judge(analysis, facts, { textDate: '2021-07' });
  const factual = analysis.units.filter((u) => u.kind === 'fact' && u.checkworthy).map((u) => u.id);
  assert.deepEqual(verdicts.map((v) => v.unit), factual);
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const v of verdicts) {
    for (const id of v.facts) assert.ok(v.explanation.includes(`${id} (${byId.get(id)?.source.title ?? ''})`), `${v.unit} cites ${id} with its source`);
  }
  // The refugee figure is a stock of people living in the province, not arrivals in the 90s.
  const refugees = analysis.units.find((u) => u.text.includes('1.4-1.8 million'));
  const verdict = verdicts.find((v) => v.unit === refugees?.id);
  assert.equal(verdict?.verdict, 'misleading');
});

test('retrieves a fact by the thing a figure counts, even with one other word in common', () => {
  const facts = [fact('manuscripts', { statement: 'The city library keeps 41,000 manuscripts.', subject: 'manuscripts in the city library', value: 41000, unit: 'manuscripts' })];
  assert.equal(verdictOf('The museum holds 40,000 manuscripts.', facts).verdict, 'supported');
});

test('"increase X to N" is compared with the level N, not with a change', () => {
  const facts = [fact('budget', { statement: 'The board set library spending at $900,000.', subject: 'library spending set by the board', value: 900000, unit: 'USD' })];
  assert.equal(verdictOf('The board voted to increase library spending to $900,000.', facts).verdict, 'supported');
});

test('a fact about another named party neither contradicts a figure nor is its source', () => {
  const his = fact('his', { statement: 'Bob Lintner spent $9 million on television ads.', subject: 'television ad spending by Bob Lintner', value: 9e6, unit: 'USD' });
  const hers = fact('hers', { statement: 'Alice Moreno spent $9 million on television ads.', subject: 'television ad spending by Alice Moreno', value: 9e6, unit: 'USD' });
  assert.equal(verdictOf('Alice Moreno spent $4 million on television ads.', [his]).verdict, 'unverified');
  assert.equal(verdictOf('Alice Moreno spent $4 million on television ads.', [hers]).verdict, 'contradicted');
});
