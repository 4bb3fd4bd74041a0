import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOfUnits } from '../../scripts/learning/featurize.ts';
import { FeatureSet, fnv1a } from '../../src/learn/feature-hashing.ts';
import { gloveVectors } from '../../src/learn/glove-vectors.ts';
import type { FeatureGroups } from '../../src/learn/unit-feature-set.ts';
import { unitFeatureSet } from '../../src/learn/unit-feature-set.ts';
import type { ScoreWithCues } from '../../src/passes/learned/transcript-model.ts';
import { scoreGroupWithCues, scoreWithCues } from '../../src/passes/learned/transcript-model.ts';
import { unitWordPushes, wordPushes } from '../../src/passes/learned/word-vector-pushes.ts';

const VECTORS_ONLY: FeatureGroups = { words: false, bigrams: false, charNgrams: [], pos: false, rules: false, position: false, neighbours: false, wordVectors: 10 };

function features(text: string, groups: FeatureGroups): { name: string; value: number }[] {
  const set = unitFeatureSet(contextOfUnits([{ text }]), 0, groups);
  return set.featureNames().map((name, i) => ({ name, value: set.valueAt(i) }));
}

test('the word-vector features are the sum of the unit\'s content words\' GloVe vectors times the scale over one more than their count, one feature per dimension', () => {
  const { dimensions, vectors } = gloveVectors();
  const content = ['doctors', 'treat', 'patients'].map((word) => vectors.get(word) as Float32Array);
  const sum = new Float64Array(dimensions);
  for (const vector of content) for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] as number) + (vector[d] as number);
  const expected = [{ name: 'bias', value: 1 }, ...[...sum].map((s, d) => ({ name: `v:${d}`, value: s * (10 / 4) })).filter((f) => f.value !== 0)];
  // "The", "the" and the full stop have no vector that counts: function words and punctuation are left out.
  assert.deepEqual(features('The doctors treat the patients.', VECTORS_ONLY), expected);
});

test('a one-word unit pushes half as far as its word\'s vector: few words say little about a sentence', () => {
  const { vectors } = gloveVectors();
  const rebates = vectors.get('rebates') as Float32Array;
  const expected = [{ name: 'bias', value: 1 }, ...[...rebates].map((x, d) => ({ name: `v:${d}`, value: x * (10 / 2) })).filter((f) => f.value !== 0)];
  assert.deepEqual(features('Rebates.', VECTORS_ONLY), expected);
});

test('a unit of function words and unknown words alone gets no word-vector features', () => {
  assert.deepEqual(features('Of the Xqzvbnt.', VECTORS_ONLY), [{ name: 'bias', value: 1 }]);
});

test('a task without the word-vector group gets none of its features', () => {
  assert.deepEqual(features('The doctors treat the patients.', { ...VECTORS_ONLY, wordVectors: 0 }), [{ name: 'bias', value: 1 }]);
});

test('the word-vector features explain a score as one cue, their summed push, never one by one', () => {
  const bits = 16;
  const slot = (name: string): number => fnv1a(name) & ((1 << bits) - 1);
  const weights = new Float32Array(1 << bits);
  weights[slot('w:tax')] = 0.5;
  weights[slot('w:cut')] = 0.25;
  weights[slot('v:3')] = 2;
  weights[slot('v:5')] = -0.75;
  const set = new FeatureSet();
  set.addJoined('w:', 'tax');
  set.addJoined('w:', 'cut');
  set.addPrehashed('v:', '3', fnv1a('v:3'), 1);
  set.addPrehashed('v:', '5', fnv1a('v:5'), 1);
  assert.deepEqual(scoreWithCues({ bits, labels: ['no', 'yes'], weights, bias: 0 }, set), {
    probability: 1 / (1 + Math.exp(-2)),
    cues: [
      { source: 'feature', text: 'word vectors', weight: 1.25 },
      { source: 'feature', text: 'w:tax', weight: 0.5 },
      { source: 'feature', text: 'w:cut', weight: 0.25 },
    ],
  });
});

test('scoring a unit with its word vectors apart gives the scores and cues of the same unit with them in its set', () => {
  const context = contextOfUnits([{ text: 'Unemployment fell to 4.9 percent under the new governor, and wages rose.' }]);
  const bits = 16;
  // Two models with weights on every slot, so the word vectors and the words both push.
  const weights = Float32Array.from({ length: 2 << bits }, (_, i) => Math.sin(i * 12.9898) * 0.3);
  const group = { bits, size: 2, weights, bias: [0.1, -0.2] };
  const groups: FeatureGroups = { ...VECTORS_ONLY, words: true, bigrams: true };
  const withVectors = scoreGroupWithCues(group, unitFeatureSet(context, 0, groups));
  const pushes = new Float64Array(2);
  assert.equal(unitWordPushes(wordPushes(group), context, 0, groups.wordVectors, pushes), true);
  const apart = scoreGroupWithCues(group, unitFeatureSet(context, 0, { ...groups, wordVectors: 0 }), undefined, undefined, pushes);
  const rounded = (scores: ScoreWithCues[]): ScoreWithCues[] => scores.map((s) => ({ ...s, probability: Math.round(s.probability * 1e6) / 1e6 }));
  assert.deepEqual(rounded(apart), rounded(withVectors));
  assert.ok(withVectors.every((s) => s.cues.some((cue) => cue.text === 'word vectors')), JSON.stringify(withVectors));
});
