import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureSet } from '../../src/learn/feature-hashing.ts';
import { claimPairFeatures, scoreScale } from '../../src/evidence/matching/claim-pair-features.ts';
import { logOdds, poolSlots, rerankScores } from '../../src/evidence/matching/claim-reranker.ts';
import { profileQuery } from '../../src/evidence/matching/query-profile.ts';
import { profileText } from '../../src/evidence/matching/text-profile.ts';
import type { FullTextHit } from '../../src/store/fts-sqlite.ts';
import { trainListwise } from '../../scripts/tasks/claim-matching-listwise.ts';
import type { LabelledCandidates } from '../../scripts/tasks/claim-matching-listwise.ts';
import { calibrated, solveLinear } from '../../scripts/tasks/claim-matching-calibration.ts';

const OPTIONS = { labels: ['other', 'match'], bits: 12, l2: 1e-3, iterations: 50 } as const;

function hit(i: number): FullTextHit {
  return { rowId: i, id: String(i), claim: `claim ${i}`, title: null, verdict: null, url: null, score: 10 - i };
}

/**
 * Queries of six candidates: the relevant one (at a varying place) has the most "overlap", a
 * noisy "noise" feature says nothing, and every candidate carries the same "offset" (which a
 * softmax cannot see) and a "lexical" score that favours another candidate half the time.
 */
function queries(count: number): LabelledCandidates[] {
  return Array.from({ length: count }, (_, q) => {
    const relevantAt = q % 6;
    const decoy = (q + 3) % 6;
    const features = Array.from({ length: 6 }, (_, i) => {
      const f = new FeatureSet();
      f.add('bias');
      f.add('offset', 40);
      // Never small: the learned scores all sit far from zero, as the shipped model's do.
      f.add('overlap', 5 + (i === relevantAt ? 0.8 : 0.2 + 0.1 * ((q + i) % 3)));
      f.add('noise', ((q * 7 + i * 13) % 10) / 10);
      f.add('lexical', i === decoy || (i === relevantAt && q % 2 === 0) ? 1 : 0);
      return f;
    });
    return { relevant: features.map((_, i) => i === relevantAt), set: { hits: features.map((_, i) => hit(i)), features } };
  });
}

const weightOf = (model: ReturnType<typeof trainListwise>, name: string): number => {
  const f = new FeatureSet();
  f.add(name);
  const slot = f.toVector(model.bits).indices[0] as number;
  return (model.weights[1]?.[slot] ?? 0) - (model.weights[0]?.[slot] ?? 0);
};

test('the listwise re-ranker learns what sets the relevant candidate apart, and ranks it first', () => {
  const train = queries(60);
  const model = trainListwise(train, OPTIONS);
  assert.ok(weightOf(model, 'overlap') > 1, 'overlap is learned');
  assert.ok(Math.abs(weightOf(model, 'noise')) < weightOf(model, 'overlap') / 5, 'noise is not');
  // A feature every candidate of a query shares changes no softmax: it gets no weight.
  assert.ok(Math.abs(weightOf(model, 'offset')) < 1e-6);
  for (const { relevant, set } of queries(12)) {
    const odds = set.features.map((f) => logOdds(model, f.toVector(model.bits)));
    assert.equal(odds.indexOf(Math.max(...odds)), relevant.indexOf(true));
  }
});

test('listwise training is deterministic and skips queries that cannot teach an order', () => {
  const train = queries(30);
  const a = trainListwise(train, OPTIONS);
  const b = trainListwise(train, OPTIONS);
  assert.deepEqual(a.weights[1], b.weights[1]);
  // A query whose relevant fact-check was not found, or whose candidates are all relevant, changes nothing.
  const [first, second] = queries(2) as [LabelledCandidates, LabelledCandidates];
  const extra: LabelledCandidates[] = [
    { relevant: first.relevant.map(() => false), set: first.set },
    { relevant: second.relevant.map(() => true), set: second.set },
  ];
  assert.deepEqual(trainListwise([...train, ...extra], OPTIONS).weights[1], a.weights[1]);
  const empty = trainListwise([], OPTIONS);
  assert.equal(empty.weights[1]?.some((w) => w !== 0), false);
});

test('calibration turns listwise scores with a large offset into probabilities in the same order', () => {
  const train = queries(60);
  const model = calibrated(trainListwise(train, OPTIONS), train);
  const [gap, best] = poolSlots(model.bits);
  assert.ok((model.weights[1]?.[gap] ?? 0) !== 0 && (model.weights[1]?.[best] ?? 0) !== 0, 'the pool weights are fitted');
  let top = 0;
  for (const { relevant, set } of queries(12)) {
    const odds = set.features.map((f) => logOdds(model, f.toVector(model.bits)));
    const scores = rerankScores(model, set.features);
    // Not saturated: the probabilities are spread, and follow the log-odds.
    assert.ok(Math.min(...scores) < 0.5);
    for (let i = 0; i < odds.length; i += 1) {
      for (let j = 0; j < odds.length; j += 1) if ((odds[i] ?? 0) > (odds[j] ?? 0)) assert.ok((scores[i] ?? 0) > (scores[j] ?? 0));
    }
    top += scores[relevant.indexOf(true)] ?? 0;
  }
  assert.ok(top / 12 > 0.5, 'the relevant candidates are likely matches');
});

test('solveLinear solves a small system and refuses a singular one', () => {
  const x = solveLinear(
    [
      [2, 1, 0],
      [1, 3, 1],
      [0, 1, 4],
    ],
    [3, 5, 5],
  );
  assert.ok(x !== null);
  x.forEach((v, i) => assert.ok(Math.abs(v - 1) < 1e-12, `x[${i}] = ${v}`));
  assert.equal(
    solveLinear(
      [
        [1, 2],
        [2, 4],
      ],
      [1, 2],
    ),
    null,
  );
});

test('the best candidate carries no absolute BM25 level, so a small collection does not lower its probability', () => {
  const query = profileQuery('In 2019, 12,000 refugees arrived in Bavaria.');
  const featuresAt = (score: number): [string, number][] => {
    const candidate = { rank: 0, score, claim: profileText('About 12,000 refugees arrived in Bavaria in 2019.'), title: null };
    const features = claimPairFeatures(query, candidate, scoreScale([candidate, { score: score / 2 }]), () => 1, null, null);
    return features.featureNames().map((name, i) => [name, features.valueAt(i)]);
  };
  // FTS5's BM25 is near zero in a collection of two and in the tens in one of thousands.
  assert.deepEqual(featuresAt(1e-6), featuresAt(30));
});
