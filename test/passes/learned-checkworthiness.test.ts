import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { analyzeUnits } from '../../src/index.ts';
import { TRANSCRIPT_FEATURES_VERSION } from '../../src/passes/learned/checkworthiness-features.ts';
import { DEFAULT_PIPELINE } from '../../src/pipeline/presets.ts';
import modelFile from '../../models/checkworthiness.json' with { type: 'json' };

const DEBATE = [
  { text: 'Good evening and welcome to the second debate.', speaker: 'MODERATOR' },
  { text: 'Unemployment fell from 8.1 percent to 4.9 percent under President Obama.', speaker: 'CLINTON' },
  { text: 'I think this is a terrible idea.', speaker: 'TRUMP' },
  { text: 'We spent $6 trillion in the Middle East.', speaker: 'TRUMP' },
  { text: 'What would you do about it?', speaker: 'MODERATOR' },
];

function scores(threshold?: number): { text: string; score: number; checkworthy: boolean }[] {
  return analyzeUnits(DEBATE, threshold === undefined ? null : { checkworthyThreshold: threshold }).units.map((u) => ({
    text: u.text,
    score: u.checkworthiness,
    checkworthy: u.checkworthy,
  }));
}

test('scores a statistic with a named actor above an opinion with no facts, a question and a greeting', () => {
  const [greeting, statistic, opinion, spending, question] = scores();
  assert.ok(statistic !== undefined && opinion !== undefined && spending !== undefined && greeting !== undefined && question !== undefined);
  assert.ok(statistic.score > 0.8, `statistic scored ${statistic.score}`);
  assert.ok(spending.score > 0.5, `spending scored ${spending.score}`);
  for (const low of [opinion, question, greeting]) assert.ok(low.score < 0.2 && low.score < statistic.score, `${low.text} scored ${low.score}`);
});

test('decides checkworthy by the threshold option, not by a fixed cut', () => {
  const byDefault = scores();
  assert.deepEqual(
    byDefault.map((u) => u.checkworthy),
    byDefault.map((u) => u.score >= 0.5),
  );
  assert.ok(scores(0).every((u) => u.checkworthy));
  // 1 is the top of the range analyze() accepts (as the CLI's --threshold); no score here reaches it.
  assert.ok(scores(1).every((u) => !u.checkworthy));
  const between = scores(0.95);
  assert.deepEqual(
    between.map((u) => u.checkworthy),
    between.map((u) => u.score >= 0.95),
  );
});

test('explains each score with the model probability and the features that moved it, signed', () => {
  const unit = analyzeUnits(DEBATE).units[1];
  assert.ok(unit !== undefined);
  const [summary, ...features] = unit.cues.checkworthiness;
  assert.deepEqual(summary, { source: 'feature', text: `check-worthiness model: ${Math.round(unit.checkworthiness * 100)}%`, weight: unit.checkworthiness });
  assert.ok(features.length > 0 && features.length <= 4);
  for (const cue of features) {
    assert.equal(cue.source, 'feature');
    assert.match(cue.text, /^((w|b|c\d|t|tt|r|p|prev|next|cw|turn):|word vectors$)/);
    assert.notEqual(cue.weight, 0);
  }
  assert.ok(features.some((cue) => cue.text === 'r:quantity=percent' && cue.weight > 0), JSON.stringify(features));
});

test('gives the same scores for the same transcript every time', () => {
  assert.deepEqual(scores(), scores());
});

test('runs as a learned pass after the rule check-worthiness pass', () => {
  const names = DEFAULT_PIPELINE.passes.map((p) => p.name);
  assert.ok(names.indexOf('learned-checkworthiness') > names.indexOf('checkworthiness'));
});

test('ships a model file under 2 MB that names its data, licences, features and held-out scores', () => {
  assert.equal(modelFile.task, 'checkworthiness');
  assert.deepEqual([...modelFile.data].sort(), ['claimbuster', 'clef2019-checkworthiness']);
  assert.match(modelFile.licence, /ClaimBuster/);
  assert.match(modelFile.licence, /CheckThat! 2019/);
  assert.equal(modelFile.features, TRANSCRIPT_FEATURES_VERSION);
  assert.deepEqual(modelFile.labels, ['not_checkworthy', 'checkworthy']);
  assert.ok(modelFile.scores['clef2019-map-leave-one-debate-out'] > 0.2);
  assert.ok(statSync(new URL('../../models/checkworthiness.json', import.meta.url)).size < 2 * 1024 * 1024);
});
