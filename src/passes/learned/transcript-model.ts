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
import { TRANSCRIPT_FEATURES_VERSION } from './checkworthiness-features.ts';

const CUE_COUNT = 4;
/** The always-on bias feature explains nothing; it is known by its hash, so no name is built to skip it. */
const BIAS_HASH = fnv1a('bias');
/** Pushes smaller than this do not explain anything. */
const MIN_PUSH = 0.005;

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
 * A small open-addressing table from weight slot to the first feature position with that slot,
 * for merging repeated features (a slot seen twice in one unit is one cue). It is sized to the
 * unit, not to the model: marks per model slot (2^16 of them) missed the cache on every feature
 * of every unit, and cost more than the scoring itself. An entry is valid when its stamp is the
 * current call's.
 */
let tableSlots = new Int32Array(256);
let tableFirst = new Int32Array(256);
let tableStamps = new Uint32Array(256);
let stamp = 0;
/** Per-feature pushes of the unit being scored, reused across calls. */
let pushBuffer = new Float64Array(256);

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
 * The probability of the model's second label, and the features that pushed it hardest either way.
 * `vector` is `features` hashed at the model's bits, when the caller has it already.
 */
export function scoreWithCues(model: TwoClassModel, features: FeatureSet, vector: SparseVector = features.toVector(model.bits)): { probability: number; cues: Cue[] } {
  const { weights } = model;
  // A feature that occurs twice (a repeated word) pushes twice: pushes are summed per slot.
  const count = vector.indices.length;
  const mask = resetTable(count);
  if (pushBuffer.length < count) pushBuffer = new Float64Array(count * 2);
  const pushes = pushBuffer;
  let logit = model.bias;
  for (let k = 0; k < count; k += 1) {
    const slot = vector.indices[k] as number;
    const push = (weights[slot] ?? 0) * (vector.values[k] ?? 0);
    logit += push;
    let at = (Math.imul(slot, 0x9e3779b1) >>> 0) & mask;
    while (tableStamps[at] === stamp && tableSlots[at] !== slot) at = (at + 1) & mask;
    if (tableStamps[at] === stamp) {
      const first = tableFirst[at] as number;
      pushes[first] = (pushes[first] ?? 0) + push;
      pushes[k] = 0;
    } else {
      tableStamps[at] = stamp;
      tableSlots[at] = slot;
      tableFirst[at] = k;
      pushes[k] = push;
    }
  }
  // The strongest CUE_COUNT pushes in one pass: a small list kept sorted by strength.
  const best: number[] = [];
  for (let k = 0; k < count; k += 1) {
    const strength = Math.abs(pushes[k] ?? 0);
    if (strength < MIN_PUSH || features.hashAt(k) === BIAS_HASH) continue;
    if (best.length === CUE_COUNT && strength <= Math.abs(pushes[best[CUE_COUNT - 1] as number] ?? 0)) continue;
    // Insertion into the short sorted list; a stronger push moves ahead of weaker ones, ties keep text order.
    let at = Math.min(best.length, CUE_COUNT - 1);
    while (at > 0 && strength > Math.abs(pushes[best[at - 1] as number] ?? 0)) {
      best[at] = best[at - 1] as number;
      at -= 1;
    }
    best[at] = k;
  }
  const cues: Cue[] = best.map((k) => ({ source: 'feature', text: features.nameAt(k), weight: Math.round((pushes[k] ?? 0) * 100) / 100 }));
  return { probability: 1 / (1 + Math.exp(-logit)), cues };
}
