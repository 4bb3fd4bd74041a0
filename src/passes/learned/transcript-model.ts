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

/** Per-slot marks for merging repeated features (a slot seen twice in one unit is one cue). */
let stamps = new Uint32Array(0);
let firstAt = new Int32Array(0);
let stamp = 0;
/** Per-feature pushes of the unit being scored, reused across calls. */
let pushBuffer = new Float64Array(256);

/**
 * The probability of the model's second label, and the features that pushed it hardest either way.
 * `vector` is `features` hashed at the model's bits, when the caller has it already.
 */
export function scoreWithCues(model: TwoClassModel, features: FeatureSet, vector: SparseVector = features.toVector(model.bits)): { probability: number; cues: Cue[] } {
  const { weights } = model;
  if (stamps.length !== weights.length) {
    stamps = new Uint32Array(weights.length);
    firstAt = new Int32Array(weights.length);
    stamp = 0;
  }
  stamp += 1;
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  // A feature that occurs twice (a repeated word) pushes twice: pushes are summed per slot.
  const count = vector.indices.length;
  if (pushBuffer.length < count) pushBuffer = new Float64Array(count * 2);
  const pushes = pushBuffer;
  let logit = model.bias;
  for (let k = 0; k < count; k += 1) {
    const slot = vector.indices[k] as number;
    const push = (weights[slot] ?? 0) * (vector.values[k] ?? 0);
    logit += push;
    if (stamps[slot] === stamp) {
      const first = firstAt[slot] ?? k;
      pushes[first] = (pushes[first] ?? 0) + push;
      pushes[k] = 0;
    } else {
      stamps[slot] = stamp;
      firstAt[slot] = k;
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
