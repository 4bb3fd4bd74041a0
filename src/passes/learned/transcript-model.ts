/**
 * Two-class models over the transcript features (check-worthiness, fact or opinion): loading one
 * with a check that it was trained on the features the code makes, and scoring a unit with the
 * features that moved the score most, for (positive weight) or against (negative) the second label.
 */
import type { Cue } from '../../model/analysis-schema.ts';
import type { FeatureSet, SparseVector } from '../../learn/feature-hashing.ts';
import { fnv1a } from '../../learn/feature-hashing.ts';
import type { ModelFile } from '../../learn/model-file.ts';
import { loadModel } from '../../learn/model-file.ts';
import { WORD_VECTOR_HEAD } from '../../learn/unit-feature-set.ts';
import { TRANSCRIPT_FEATURES_VERSION } from './checkworthiness-features.ts';

/** How many features explain a decision. */
export const CUE_COUNT = 4;
/** The always-on bias feature explains nothing; it is known by its hash, so no name is built to skip it. */
const BIAS_HASH = fnv1a('bias');
/** Pushes smaller than this do not explain anything. */
export const MIN_PUSH = 0.005;

/**
 * A two-class logistic model as what decides it: one row of weight differences (label 1 minus
 * label 0) and the bias difference, so scoring reads one weight per feature.
 */
export interface TwoClassModel {
  readonly bits: number;
  readonly labels: readonly string[];
  readonly weights: Float32Array;
  readonly bias: number;
}

/** Loads a two-class model trained on the transcript features, refusing one made by other features. */
export function transcriptModel(file: ModelFile): TwoClassModel {
  if (file.features !== TRANSCRIPT_FEATURES_VERSION) {
    throw new Error(`model for ${file.task} was trained on ${file.features}, but the code makes ${TRANSCRIPT_FEATURES_VERSION}: run npm run train`);
  }
  const model = loadModel(file);
  const [zero, one] = model.weights as [Float32Array, Float32Array];
  if (model.labels.length !== 2 || zero === undefined || one === undefined) throw new Error(`model for ${file.task} is not a two-class model`);
  return { bits: model.bits, labels: model.labels, weights: one.map((w, slot) => w - (zero[slot] ?? 0)), bias: (model.bias[1] ?? 0) - (model.bias[0] ?? 0) };
}

/**
 * Several two-class models over the same hashed features, scored together: their weights are
 * interleaved slot by slot, so the one memory read a feature costs serves every model. The
 * weights of a model are cold when a document starts (the rest of the analysis has used the cache
 * since), so scoring two 2^16-slot models one after the other cost two cache misses per feature.
 */
export interface ModelGroup {
  readonly bits: number;
  /** How many models: the stride of `weights`. */
  readonly size: number;
  /** `weights[slot * size + m]`: the weight of model m for `slot`. */
  readonly weights: Float32Array;
  readonly bias: readonly number[];
}

/** Groups models of the same hash bits for scoring together. */
export function modelGroup(models: readonly TwoClassModel[]): ModelGroup {
  const bits = models[0]?.bits ?? 0;
  if (models.some((model) => model.bits !== bits)) throw new Error('models scored together need the same hash bits');
  const size = models.length;
  const slots = 1 << bits;
  const weights = new Float32Array(slots * size);
  models.forEach((model, m) => {
    for (let slot = 0; slot < slots; slot += 1) weights[slot * size + m] = model.weights[slot] ?? 0;
  });
  return { bits, size, weights, bias: models.map((model) => model.bias) };
}

/** A model's probability of its second label, and the features that pushed it hardest either way. */
export interface ScoreWithCues {
  readonly probability: number;
  readonly cues: Cue[];
}

/**
 * A small open-addressing table from weight slot to the first feature position with that slot,
 * for merging repeated features (a slot seen twice in one unit is one cue). It is sized to the
 * unit, not to the model, so it stays in the fastest cache. An entry is valid when its stamp is
 * the current call's.
 */
let tableSlots = new Int32Array(256);
let tableFirst = new Int32Array(256);
let tableStamps = new Uint32Array(256);
let stamp = 0;
/** Each model's logit and its word vectors' push for the unit being scored, reused across calls (made per call: 11 MB over the bench corpus). */
let logits = new Float64Array(0);
let vectorPushes = new Float64Array(0);
/** Per-feature pushes of every model for the unit being scored (`pushes[k * size + m]`), reused across calls. */
let pushBuffer = new Float64Array(512);

/** Makes the merge table at least twice `count` entries (a power of two), starts a new call, and returns the index mask. */
function resetTable(count: number): number {
  let size = tableSlots.length;
  while (size < 2 * count) size *= 2;
  if (size !== tableSlots.length) {
    tableSlots = new Int32Array(size);
    tableFirst = new Int32Array(size);
    tableStamps = new Uint32Array(size);
    stamp = 0;
  }
  stamp += 1;
  if (stamp === 0xffffffff) {
    tableStamps.fill(0);
    stamp = 1;
  }
  return size - 1;
}

/**
 * What `strongest` has kept so far: positions of features and their strengths, strongest first
 * (reused across calls). A fresh array per call, grown one push at a time, was 12 MB of the
 * 160 MB transcriptScores allocated over the bench corpus.
 */
const bestPositions = new Int32Array(CUE_COUNT);
const bestStrengths = new Float64Array(CUE_COUNT);

/**
 * Finds the CUE_COUNT strongest pushes of model `m` (positions of features), strongest first, ties
 * in text order, into `bestPositions`, and returns how many it kept. The dense word-vector
 * features have no push here (scoreGroupWithCues keeps theirs apart): "v:17" names a direction in
 * GloVe's space, which tells a reader nothing; they make one cue together instead (withVectorCue).
 */
function strongest(pushes: Float64Array, count: number, size: number, m: number, features: FeatureSet): number {
  let kept = 0;
  // Strengths are read straight off the typed arrays, not through a helper function: a double
  // returned from a call V8 does not inline is boxed, and that was most of what scoring allocated.
  for (let k = 0; k < count; k += 1) {
    const strength = Math.abs(pushes[k * size + m] as number);
    if (strength < MIN_PUSH || features.hashAt(k) === BIAS_HASH) continue;
    if (kept === CUE_COUNT && strength <= (bestStrengths[CUE_COUNT - 1] as number)) continue;
    // Insertion into the short sorted list: a stronger push moves ahead of weaker ones.
    let at = Math.min(kept, CUE_COUNT - 1);
    while (at > 0 && strength > (bestStrengths[at - 1] as number)) {
      bestPositions[at] = bestPositions[at - 1] as number;
      bestStrengths[at] = bestStrengths[at - 1] as number;
      at -= 1;
    }
    bestPositions[at] = k;
    bestStrengths[at] = strength;
    if (kept < CUE_COUNT) kept += 1;
  }
  return kept;
}

/** Model `m`'s cues: its strongest pushes by name, with the word vectors' push among them. */
function cuesOf(pushes: Float64Array, count: number, size: number, m: number, features: FeatureSet, vectorPush: number): Cue[] {
  const kept = strongest(pushes, count, size, m, features);
  const cues: Cue[] = [];
  for (let i = 0; i < kept; i += 1) {
    const k = bestPositions[i] as number;
    cues.push({ source: 'feature', text: features.nameAt(k), weight: Math.round((pushes[k * size + m] as number) * 100) / 100 });
  }
  return withVectorCue(cues, vectorPush);
}

/**
 * Every model of the group on one unit: its probability and its cues. `vector` is `features`
 * hashed at the group's bits, when the caller has it already; without it the slots are read off
 * the set's hashes, and no vector is made. With `explain`, model m gets its cues only where
 * `explain[m]` is true (else none): naming the features is most of what scoring costs, so a
 * caller that will not show a model's cues for this unit need not pay for them.
 * `wordVectorPushes`, when given, is how far the unit's word-vector features, kept out of
 * `features`, move each model (word-vector-pushes.ts; null when the unit has none); without it,
 * any in `features` are found by name. Either way they are explained together, as one cue.
 */
export function scoreGroupWithCues(group: ModelGroup, features: FeatureSet, vector?: SparseVector, explain?: readonly boolean[], wordVectorPushes?: Float64Array | null): ScoreWithCues[] {
  const { weights, size } = group;
  const slotMask = (1 << group.bits) - 1;
  // A feature that occurs twice (a repeated word) pushes twice: pushes are summed per slot.
  const count = vector === undefined ? features.size : vector.indices.length;
  const mask = resetTable(count);
  if (pushBuffer.length < count * size) pushBuffer = new Float64Array(count * size * 2);
  const pushes = pushBuffer;
  if (logits.length < size) {
    logits = new Float64Array(size);
    vectorPushes = new Float64Array(size);
  }
  for (let m = 0; m < size; m += 1) {
    logits[m] = group.bias[m] as number;
    vectorPushes[m] = 0;
  }
  // A caller that scores the word vectors apart (even as null: none) has none in the set, and no feature need be checked.
  const vectorsInSet = wordVectorPushes === undefined;
  for (let k = 0; k < count; k += 1) {
    const slot = vector === undefined ? (features.hashAt(k) & slotMask) >>> 0 : (vector.indices[k] as number);
    // Rounded to single precision as a vector holds it, so both ways give the same scores.
    const value = vector === undefined ? Math.fround(features.valueAt(k)) : (vector.values[k] ?? 0);
    if (vectorsInSet && features.headAt(k) === WORD_VECTOR_HEAD) {
      // A word-vector feature is explained only with the others (withVectorCue): its push is summed, not merged by slot.
      for (let m = 0; m < size; m += 1) {
        const push = (weights[slot * size + m] ?? 0) * value;
        logits[m] = (logits[m] ?? 0) + push;
        vectorPushes[m] = (vectorPushes[m] as number) + push;
        pushes[k * size + m] = 0;
      }
      continue;
    }
    let at = (Math.imul(slot, 0x9e3779b1) >>> 0) & mask;
    while (tableStamps[at] === stamp && tableSlots[at] !== slot) at = (at + 1) & mask;
    const seen = tableStamps[at] === stamp;
    const first = seen ? (tableFirst[at] as number) : k;
    if (!seen) {
      tableStamps[at] = stamp;
      tableSlots[at] = slot;
      tableFirst[at] = k;
    }
    for (let m = 0; m < size; m += 1) {
      const push = (weights[slot * size + m] ?? 0) * value;
      logits[m] = (logits[m] ?? 0) + push;
      if (seen) {
        pushes[first * size + m] = (pushes[first * size + m] ?? 0) + push;
        pushes[k * size + m] = 0;
      } else {
        pushes[k * size + m] = push;
      }
    }
  }
  if (wordVectorPushes !== undefined && wordVectorPushes !== null) {
    for (let m = 0; m < size; m += 1) {
      logits[m] = (logits[m] ?? 0) + (wordVectorPushes[m] as number);
      vectorPushes[m] = (vectorPushes[m] as number) + (wordVectorPushes[m] as number);
    }
  }
  return group.bias.map((_, m) => ({
    probability: 1 / (1 + Math.exp(-(logits[m] as number))),
    cues:
      explain !== undefined && explain[m] !== true
        ? []
        : cuesOf(pushes, count, size, m, features, vectorPushes[m] as number),
  }));
}

/** The cue of the word-vector features taken together. */
export const WORD_VECTOR_CUE = 'word vectors';

/**
 * The cues with the word vectors' push as one more, in its place by strength, still CUE_COUNT at
 * most: inserted in place (copying the cues around it was another 12 MB over the bench corpus).
 */
function withVectorCue(cues: Cue[], push: number): Cue[] {
  if (Math.abs(push) < MIN_PUSH) return cues;
  let at = 0;
  while (at < cues.length && !(Math.abs(push) > Math.abs((cues[at] as Cue).weight))) at += 1;
  if (at === CUE_COUNT) return cues;
  if (cues.length === CUE_COUNT) cues.pop();
  cues.splice(at, 0, { source: 'feature', text: WORD_VECTOR_CUE, weight: Math.round(push * 100) / 100 });
  return cues;
}

/** One model on one unit: {@link scoreGroupWithCues} with a group of one. */
export function scoreWithCues(model: TwoClassModel, features: FeatureSet, vector?: SparseVector): ScoreWithCues {
  return scoreGroupWithCues(singleGroup(model), features, vector)[0] as ScoreWithCues;
}

const singles = new WeakMap<TwoClassModel, ModelGroup>();
function singleGroup(model: TwoClassModel): ModelGroup {
  let group = singles.get(model);
  if (group === undefined) {
    group = { bits: model.bits, size: 1, weights: model.weights, bias: [model.bias] };
    singles.set(model, group);
  }
  return group;
}
