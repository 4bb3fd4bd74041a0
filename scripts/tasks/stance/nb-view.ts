/**
 * NBSVM-style view (Wang and Manning 2012, with logistic regression in place of the SVM): binary
 * features scaled by their naive-Bayes log-count ratio, so a word that marks one class in this
 * target's training tweets starts with a large value and the learner needs less data to trust
 * it. One-vs-rest per class and per target; the ratios come from the training tweets only.
 */
import type { FeatureSet, SparseVector } from '../../../src/learn/feature-hashing.ts';
import { DEFAULT_TRAIN_OPTIONS, predict, train } from '../../../src/learn/logistic-regression.ts';
import type { TrainOptions } from '../../../src/learn/logistic-regression.ts';
import type { StanceGroups } from '../../../src/learn/stance-features.ts';
import type { StanceExample } from '../stance-data.ts';
import { STANCE_LABELS } from '../stance-data.ts';
import type { Featurized } from './featurized.ts';
import { setsOf } from './featurized.ts';
import type { TweetView } from './tweet-view.ts';
import { byTarget } from './tweet-view.ts';

/** Add-one smoothing of the counts, as in the paper. */
const ALPHA = 1;
// One target's tweets hold a few tens of thousands of distinct features: 2^18 slots rarely collide.
const OPTIONS: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, labels: ['class', 'rest'], bits: 18, epochs: 10 };

/** The distinct features of a set (binary: a feature seen twice counts once), by full 32-bit hash. */
function distinctHashes(set: FeatureSet): number[] {
  const hashes = new Set<number>();
  for (let i = 0; i < set.size; i += 1) hashes.add(set.hashAt(i));
  return [...hashes];
}

/** log((p + α)/‖p + α‖₁ ÷ (q + α)/‖q + α‖₁) per feature, p counting tweets of the class and q the rest. */
export function logCountRatios(features: readonly (readonly number[])[], inClass: readonly boolean[]): Map<number, number> {
  const counts = new Map<number, [number, number]>();
  features.forEach((hashes, i) => {
    for (const h of hashes) {
      const count = counts.get(h) ?? [0, 0];
      count[inClass[i] === true ? 0 : 1] += 1;
      counts.set(h, count);
    }
  });
  let p = 0;
  let q = 0;
  for (const [inside, outside] of counts.values()) {
    p += inside + ALPHA;
    q += outside + ALPHA;
  }
  const ratios = new Map<number, number>();
  for (const [h, [inside, outside]] of counts) ratios.set(h, Math.log((inside + ALPHA) / p) - Math.log((outside + ALPHA) / q));
  return ratios;
}

/** The tweet's known features valued by their ratios, scaled to unit length like every other set here. */
function scaledVector(hashes: readonly number[], ratios: ReadonlyMap<number, number>): SparseVector {
  const mask = (1 << OPTIONS.bits) - 1;
  const known = hashes.filter((h) => ratios.has(h));
  const values = known.map((h) => ratios.get(h) ?? 0);
  const length = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
  return { indices: Uint32Array.from(known, (h) => (h & mask) >>> 0), values: Float32Array.from(values, (v) => v / length) };
}

/** P(class) of each test tweet by a class-vs-rest model on ratio-scaled features, the two sides weighted equally. */
function oneVsRest(features: readonly (readonly number[])[], labels: readonly number[], trainIdx: readonly number[], test: readonly number[], label: number): number[] {
  const inClass = trainIdx.map((i) => labels[i] === label);
  const ratios = logCountRatios(trainIdx.map((i) => features[i] ?? []), inClass);
  const positives = inClass.filter(Boolean).length;
  const weightOf = (yes: boolean): number => trainIdx.length / (2 * Math.max(1, yes ? positives : trainIdx.length - positives));
  const model = train(
    trainIdx.map((i, k) => ({ vector: scaledVector(features[i] ?? [], ratios), label: inClass[k] === true ? 0 : 1, weight: weightOf(inClass[k] === true) })),
    OPTIONS,
  );
  return test.map((i) => predict(model, scaledVector(features[i] ?? [], ratios))[0] ?? 0);
}

/** The NBSVM view over the features of `groups`; the one-vs-rest probabilities are renormalised to sum to one. */
export function nbView(name: string, tweets: Featurized<StanceExample>, groups: StanceGroups): TweetView {
  const features = setsOf(tweets, groups).map(distinctHashes);
  const labels = tweets.examples.map((e) => STANCE_LABELS.indexOf(e.label));
  return {
    name,
    fitPredict(trainIdx, testIdx) {
      const out = new Map<number, Float64Array>();
      const trainOf = byTarget(tweets.examples, trainIdx);
      for (const [target, test] of byTarget(tweets.examples, testIdx)) {
        const perClass = STANCE_LABELS.map((_, label) => oneVsRest(features, labels, trainOf.get(target) ?? [], test, label));
        test.forEach((i, k) => {
          const p = Float64Array.from(perClass, (scores) => scores[k] ?? 0);
          const sum = p.reduce((a, b) => a + b, 0) || 1;
          out.set(i, p.map((v) => v / sum));
        });
      }
      return testIdx.map((i) => out.get(i) ?? new Float64Array(STANCE_LABELS.length));
    },
  };
}
