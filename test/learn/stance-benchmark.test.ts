import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseOffsets, decide } from '../../scripts/tasks/stance/class-offsets.ts';
import { logCountRatios } from '../../scripts/tasks/stance/nb-view.ts';
import { nestedPredictions } from '../../scripts/tasks/stance/nested-predictions.ts';
import type { TweetView } from '../../scripts/tasks/stance/tweet-view.ts';

test('nested predictions never train on the fold they are for', () => {
  const folds = [0, 1, 2, 0, 1, 2, 0, 1, 2, 1];
  const trainedOn: number[][] = [];
  // A fake view that scores each test tweet by the index of the model that scored it.
  const view: TweetView = {
    name: 'recorder',
    fitPredict(train, test) {
      trainedOn.push([...train]);
      return test.map(() => Float64Array.of(trainedOn.length - 1, 0, 0));
    },
  };
  const { outer, inner } = nestedPredictions(view, folds, 3);
  assert.equal(trainedOn.length, 3 + 3, 'k outer models and k(k-1)/2 inner ones');
  folds.forEach((fold, i) => {
    const model = trainedOn[outer[i]?.[0] ?? -1] ?? [];
    assert.ok(!model.includes(i) && model.every((j) => folds[j] !== fold), `outer model of ${i} saw its fold`);
    for (let f = 0; f < 3; f += 1) {
      const p = inner[f]?.[i];
      if (f === fold) {
        assert.equal(p, undefined, 'the scored fold has no inner predictions');
        continue;
      }
      const innerModel = trainedOn[p?.[0] ?? -1] ?? [];
      assert.ok(innerModel.every((j) => folds[j] !== f && folds[j] !== fold), `inner model for fold ${f} of ${i} saw a held-out fold`);
    }
  });
});

test('log-count ratios are positive for features of the class, negative for the rest', () => {
  const ratios = logCountRatios([[1, 2], [1], [3], [3, 2]], [true, true, false, false]);
  assert.ok((ratios.get(1) ?? 0) > 0);
  assert.ok((ratios.get(3) ?? 0) < 0);
  assert.ok(Math.abs(ratios.get(2) ?? 1) < 1e-12, 'a feature seen once on each side says nothing');
});

test('class offsets shift the decision toward favor when that raises F_avg', () => {
  const p = (favor: number, against: number, none: number): Float64Array => Float64Array.of(favor, against, none);
  assert.equal(decide(p(0.4, 0.45, 0.15)), 'against');
  assert.equal(decide(p(0.4, 0.45, 0.15), [0.5, 0, 0]), 'favor');
  // Two favour tweets the model thinks slightly against: a favor offset gets them right.
  const probabilities = [p(0.42, 0.48, 0.1), p(0.44, 0.46, 0.1), p(0.1, 0.8, 0.1), p(0.1, 0.1, 0.8)];
  const offsets = chooseOffsets(probabilities, ['favor', 'favor', 'against', 'none']);
  assert.deepEqual(probabilities.map((q) => decide(q, offsets)), ['favor', 'favor', 'against', 'none']);
});
