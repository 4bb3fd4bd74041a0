/**
 * A view of the SemEval tweets: one way to read them into class probabilities. The benchmark
 * averages several views, and cross-validates each, so a view is a training procedure, not a
 * model: given the tweets it may learn from, it scores the others.
 */
import type { FeatureSet } from '../../../src/learn/feature-hashing.ts';
import { FeatureSet as Features } from '../../../src/learn/feature-hashing.ts';
import type { LogisticModel, TrainOptions } from '../../../src/learn/logistic-regression.ts';
import { DEFAULT_TRAIN_OPTIONS, predict, train } from '../../../src/learn/logistic-regression.ts';
import type { StanceGroups } from '../../../src/learn/stance-features.ts';
import { normalized } from '../../../src/learn/stance-model.ts';
import type { StanceExample } from '../stance-data.ts';
import { STANCE_LABELS } from '../stance-data.ts';
import type { Featurized } from './featurized.ts';
import { setsOf } from './featurized.ts';

export interface TweetView {
  readonly name: string;
  /**
   * P(favor, against, none) of each `test` tweet (in `STANCE_LABELS` order), from models that
   * saw the `train` tweets only: anything a view learns (weights, ratios) comes from those.
   */
  fitPredict(train: readonly number[], test: readonly number[]): Float64Array[];
}

/** How a logistic view meets the target: `crossed` also crosses every feature with it, `target-only` only crossed, `per-target` one model per target. */
export type TargetMode = 'crossed' | 'target-only' | 'per-target';

export const TWEET_OPTIONS: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, labels: STANCE_LABELS, bits: 20, epochs: 10 };

/** The set with each feature crossed with the target (and kept plain too, when `shared`), normalised again. */
function crossed(set: FeatureSet, target: string, shared: boolean): FeatureSet {
  const out = new Features();
  set.featureNames().forEach((name, i) => {
    if (shared) out.add(name, set.valueAt(i));
    out.add(`T=${target}|${name}`, set.valueAt(i));
  });
  return normalized(out);
}

/** Class weights inversely proportional to frequency: SemEval's favour class is small for most targets. */
function balancedTrain(sets: readonly FeatureSet[], labels: readonly number[], options: TrainOptions): LogisticModel {
  const counts = new Map<number, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const examples = sets.map((set, i) => {
    const label = labels[i] ?? 0;
    return { vector: set.toVector(options.bits), label, weight: labels.length / (counts.size * (counts.get(label) ?? 1)) };
  });
  return train(examples, options);
}

/** The tweets' indices grouped by target, in order of first appearance. */
export function byTarget(examples: readonly StanceExample[], indices: readonly number[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const target = examples[i]?.target ?? '';
    groups.set(target, [...(groups.get(target) ?? []), i]);
  }
  return groups;
}

/** A three-class logistic model over the stance features of `groups`, balanced by class. */
export function logisticView(name: string, tweets: Featurized<StanceExample>, groups: StanceGroups, mode: TargetMode): TweetView {
  const plain = setsOf(tweets, groups);
  const sets = mode === 'per-target' ? plain : plain.map((s, i) => crossed(s, tweets.examples[i]?.target ?? '', mode === 'crossed'));
  const labels = tweets.examples.map((e) => STANCE_LABELS.indexOf(e.label));
  const fitPart = (trainIdx: readonly number[], testIdx: readonly number[], out: Map<number, Float64Array>): void => {
    const model = balancedTrain(trainIdx.map((i) => sets[i] as FeatureSet), trainIdx.map((i) => labels[i] ?? 0), TWEET_OPTIONS);
    for (const i of testIdx) out.set(i, predict(model, (sets[i] as FeatureSet).toVector(TWEET_OPTIONS.bits)));
  };
  return {
    name,
    fitPredict(trainIdx, testIdx) {
      const out = new Map<number, Float64Array>();
      if (mode !== 'per-target') fitPart(trainIdx, testIdx, out);
      else {
        const trainOf = byTarget(tweets.examples, trainIdx);
        for (const [target, test] of byTarget(tweets.examples, testIdx)) fitPart(trainOf.get(target) ?? [], test, out);
      }
      return testIdx.map((i) => out.get(i) ?? new Float64Array(STANCE_LABELS.length));
    },
  };
}
