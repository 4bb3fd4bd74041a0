import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { analyzeUnits } from '../../src/index.ts';
import { parseUnits } from '../../src/parse/parse-units.ts';
import { TRANSCRIPT_FEATURES_VERSION } from '../../src/passes/learned/checkworthiness-features.ts';
import { RULE_PIPELINE } from '../../src/pipeline/rule-presets.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import modelFile from '../../models/kind.json' with { type: 'json' };

function kinds(texts: readonly (string | { text: string; speaker: string })[]): { rule: string; kind: string; cue: string }[] {
  const units = texts.map((text) => (typeof text === 'string' ? { text } : text));
  const rules = runPipeline(parseUnits(units), null, RULE_PIPELINE).rules.kind;
  return analyzeUnits(units).units.map((u, i) => ({ rule: rules[i] ?? '', kind: u.kind, cue: u.cues.kind[0]?.text ?? '' }));
}

test('calls a dated, counted past event a fact and a judgement an opinion', () => {
  const [vote, judgement] = kinds(['The Senate passed the bill in 2010 with 60 votes.', 'That is just wrong and everybody knows it.']);
  assert.equal(vote?.kind, 'fact');
  assert.equal(judgement?.kind, 'opinion');
  assert.match(vote?.cue ?? '', /^fact\/opinion model: \d+% factual$/);
});

test('turns a checkable claim the rules called opinion, for want of numbers or names, into a fact', () => {
  const [, jobs] = kinds([
    { text: 'What would you do about jobs?', speaker: 'MODERATOR' },
    { text: 'Most of the jobs went overseas.', speaker: 'TRUMP' },
    { text: 'We have to bring them back.', speaker: 'TRUMP' },
  ]);
  assert.deepEqual({ rule: jobs?.rule, kind: jobs?.kind }, { rule: 'opinion', kind: 'fact' });
  assert.ok(Number(/(\d+)% factual/.exec(jobs?.cue ?? '')?.[1]) >= 60, jobs?.cue);
});

test('leaves questions, recommendations, predictions and greetings with their rule kind and cues', () => {
  const texts = ['What would you do about it?', 'We should raise the minimum wage.', 'Prices will rise next year.', 'Thank you very much.'];
  const result = kinds(texts);
  assert.deepEqual(
    result.map((r) => r.kind),
    ['question', 'recommendation', 'prediction', 'other'],
  );
  assert.deepEqual(
    result.map((r) => r.kind),
    result.map((r) => r.rule),
  );
  assert.ok(result.every((r) => !r.cue.startsWith('fact/opinion model')));
});

test('cues the decision with the features that pushed toward fact (positive) or opinion (negative)', () => {
  const unit = analyzeUnits([{ text: 'I think this is a terrible idea.' }]).units[0];
  assert.equal(unit?.kind, 'opinion');
  const features = unit?.cues.kind.slice(1) ?? [];
  assert.ok(features.length > 0);
  assert.ok(features.every((cue) => cue.source === 'feature' && cue.weight < 0), JSON.stringify(features));
  // "think", "terrible" and "idea" push toward opinion by their words, their marker or their meaning (the word vectors' cue).
  assert.ok(features.some((cue) => cue.text === 'w:think' || cue.text === 'r:opinion-marker' || cue.text === 'word vectors'), JSON.stringify(features));
});

test('ships a model file under 2 MB trained on ClaimBuster, naming its licence', () => {
  assert.equal(modelFile.task, 'kind');
  assert.deepEqual(modelFile.data, ['claimbuster']);
  assert.match(modelFile.licence, /ClaimBuster.*licence unconfirmed/);
  assert.equal(modelFile.features, TRANSCRIPT_FEATURES_VERSION);
  assert.deepEqual(modelFile.labels, ['non_factual', 'factual']);
  assert.ok(modelFile.scores['claimbuster-factual-accuracy-grouped-4fold'] > 0.75);
  assert.ok(statSync(new URL('../../models/kind.json', import.meta.url)).size < 2 * 1024 * 1024);
});
