/**
 * A learned stance scorer and the document decision built on it: each unit that mentions the
 * target leans favour or against by the model (P(favor) − P(against)), a concession's lean counts
 * for the other side, and the document's score is the role-weighted mean of the leans. The pass
 * and the evaluation both call this, so what is scored is what ships.
 */
import type { Stance } from '../model/analysis-schema.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import { ROLE_WEIGHT, STANCE_THRESHOLD } from '../passes/stance.ts';
import { FeatureSet } from './feature-hashing.ts';
import type { LogisticModel } from './logistic-regression.ts';
import { predict } from './logistic-regression.ts';
import type { ModelFile } from './model-file.ts';
import { loadModel } from './model-file.ts';
import type { StanceGroups, StanceTarget } from './stance-features.ts';
import { STANCE_FEATURES_VERSION, stanceFeatureSet, stanceTarget } from './stance-features.ts';
import { unitWordVector, wordVectorHashes } from './unit-feature-set.ts';

export interface StanceScorer {
  readonly model: LogisticModel;
  readonly groups: StanceGroups;
  /**
   * For a favor/against model, favor's weights minus against's: the lean is then one sigmoid of
   * one read per feature (two 1 MB weight rows read side by side missed the cache twice as often).
   */
  readonly difference: { readonly weights: Float32Array; readonly bias: number } | null;
  /**
   * With `difference` and word-vector features: the features but those (made into each unit's set
   * they would cost a hundred entries there, a sort and a hundred reads each), and the difference's
   * weights of `v:0`…`v:99`, by which unitLean scores the unit's mean vector apart.
   */
  readonly apart: { readonly groups: StanceGroups; readonly vectorWeights: Float64Array } | null;
}

/** Favor minus against, when the model has exactly those two labels. */
function favorMinusAgainst(model: LogisticModel): StanceScorer['difference'] {
  const favor = model.labels.indexOf('favor');
  const against = model.labels.indexOf('against');
  const favorRow = model.weights[favor];
  const againstRow = model.weights[against];
  if (model.labels.length !== 2 || favorRow === undefined || againstRow === undefined) return null;
  return { weights: favorRow.map((w, slot) => w - (againstRow[slot] ?? 0)), bias: (model.bias[favor] ?? 0) - (model.bias[against] ?? 0) };
}

/** Loads a stance scorer, refusing a model trained on other features. */
export function stanceScorer(file: ModelFile, groups: StanceGroups): StanceScorer {
  if (file.features !== STANCE_FEATURES_VERSION) {
    throw new Error(`model for ${file.task} was trained on ${file.features}, but the code makes ${STANCE_FEATURES_VERSION}: run npm run train`);
  }
  return stanceScorerOf(loadModel(file), groups);
}

/** A stance scorer around a trained model (the evaluation scores models it has just trained). */
export function stanceScorerOf(model: LogisticModel, groups: StanceGroups): StanceScorer {
  const difference = favorMinusAgainst(model);
  if (difference === null || groups.unit.wordVectors === 0) return { model, groups, difference, apart: null };
  const mask = (1 << model.bits) - 1;
  const vectorWeights = Float64Array.from(wordVectorHashes(), (hash) => difference.weights[(hash & mask) >>> 0] ?? 0);
  return { model, groups, difference, apart: { groups: { ...groups, unit: { ...groups.unit, wordVectors: 0 } }, vectorWeights } };
}

/** One set refilled for every unit scored apart: the logit keeps nothing of it (a new set per unit was 11 MB over the bench corpus). */
const scratch = new FeatureSet();

/**
 * The lean's logit with the word vectors scored apart: the same as scoring the whole normalised
 * set (the norm counts both parts; each value rounded to single precision as a vector holds it).
 */
function logitApart(
  scorer: StanceScorer,
  difference: NonNullable<StanceScorer['difference']>,
  apart: NonNullable<StanceScorer['apart']>,
  context: AnalysisContext,
  index: number,
  target: StanceTarget,
): number {
  const set = stanceFeatureSet(context, index, target, apart.groups, scratch);
  const mean = unitWordVector(context, index, scorer.groups.unit.wordVectors);
  let squares = 0;
  for (let i = 0; i < set.size; i += 1) squares += set.valueAt(i) ** 2;
  // Indexed loops over the mean, not for-of and forEach: the iterator and the closure adding to `z`
  // (a partial sum boxed at every add) were 22 of the 84 MB the stance pass allocated over the bench corpus.
  if (mean !== null) {
    for (let d = 0; d < mean.length; d += 1) {
      const x = mean[d] as number;
      squares += x * x;
    }
  }
  const scale = squares === 0 ? 1 : 1 / Math.sqrt(squares);
  const mask = (1 << scorer.model.bits) - 1;
  let z = difference.bias;
  for (let i = 0; i < set.size; i += 1) z += (difference.weights[(set.hashAt(i) & mask) >>> 0] ?? 0) * Math.fround(set.valueAt(i) * scale);
  if (mean !== null) for (let d = 0; d < mean.length; d += 1) z += (apart.vectorWeights[d] as number) * Math.fround((mean[d] as number) * scale);
  return z;
}

/**
 * The set scaled to unit length, in place: units of ten words and of sixty weigh alike, and the
 * model's learning rate means the same for both.
 */
export function normalized(set: FeatureSet): FeatureSet {
  let sum = 0;
  for (let i = 0; i < set.size; i += 1) sum += set.valueAt(i) ** 2;
  return set.scale(sum === 0 ? 1 : 1 / Math.sqrt(sum));
}

/** The normalised stance features of unit `index` toward `target`. */
export function stanceFeatures(context: AnalysisContext, index: number, target: StanceTarget, groups: StanceGroups): FeatureSet {
  return normalized(stanceFeatureSet(context, index, target, groups));
}

/** How far unit `index` leans toward the target: P(favor) − P(against), in -1..1. */
export function unitLean(scorer: StanceScorer, context: AnalysisContext, index: number, target: StanceTarget): number {
  const { difference, apart } = scorer;
  if (difference !== null && apart !== null) return 2 / (1 + Math.exp(-logitApart(scorer, difference, apart, context, index, target))) - 1;
  const vector = stanceFeatures(context, index, target, scorer.groups).toVector(scorer.model.bits);
  if (difference !== null) {
    // P(favor) − P(against) of a two-class softmax is 2σ(z_favor − z_against) − 1.
    let z = difference.bias;
    for (let k = 0; k < vector.indices.length; k += 1) z += (difference.weights[vector.indices[k] as number] ?? 0) * (vector.values[k] ?? 0);
    return 2 / (1 + Math.exp(-z)) - 1;
  }
  const probabilities = predict(scorer.model, vector);
  const favor = probabilities[scorer.model.labels.indexOf('favor')] ?? 0;
  const against = probabilities[scorer.model.labels.indexOf('against')] ?? 0;
  return favor - against;
}

/** Each unit's index by its id. */
export function unitIndexById(context: AnalysisContext): ReadonlyMap<string, number> {
  const indexOf = new Map<string, number>();
  context.units.forEach((unit, index) => indexOf.set(unit.id, index));
  return indexOf;
}

/**
 * Re-decides a stance from the units it lists (the units that mention its target), keeping its
 * target, units and `given`; no units means no stance and a score of 0. A caller deciding several
 * stances of one context passes `indexOf` made once (unitIndexById): made per stance, the map of
 * every unit was a fifth of what the stance pass allocated over the bench corpus (10 of 48 MB).
 */
export function learnedStance(scorer: StanceScorer, context: AnalysisContext, stance: Stance, indexOf = unitIndexById(context)): Stance {
  if (stance.units.length === 0) return { ...stance, stance: 'none', score: 0 };
  const target = stanceTarget(stance.target);
  let total = 0;
  let weight = 0;
  for (const id of stance.units) {
    const index = indexOf.get(id);
    const unit = index === undefined ? undefined : context.units[index];
    if (index === undefined || unit === undefined) continue;
    const w = ROLE_WEIGHT[unit.role];
    total += (unit.concession ? -1 : 1) * w * unitLean(scorer, context, index, target);
    weight += w;
  }
  const score = weight === 0 ? 0 : Math.round((total / weight) * 1000) / 1000;
  return { ...stance, stance: score > STANCE_THRESHOLD ? 'favor' : score < -STANCE_THRESHOLD ? 'against' : 'none', score };
}
