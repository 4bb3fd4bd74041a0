/**
 * Two-class models over the transcript features (check-worthiness, fact or opinion): loading one
 * with a check that it was trained on the features the code makes, and scoring a unit with the
 * features that moved the score most, for (positive weight) or against (negative) the second label.
 */
import type { Cue } from '../../model/analysis-schema.ts';
import type { FeatureSet, SparseVector } from '../../learn/feature-hashing.ts';
import type { LogisticModel } from '../../learn/logistic-regression.ts';
import { predict } from '../../learn/logistic-regression.ts';
import type { ModelFile } from '../../learn/model-file.ts';
import { loadModel } from '../../learn/model-file.ts';
import { TRANSCRIPT_FEATURES_VERSION } from './checkworthiness-features.ts';

const CUE_COUNT = 4;
/** Pushes smaller than this do not explain anything. */
const MIN_PUSH = 0.005;

/** Loads a two-class model trained on the transcript features, refusing one made by other features. */
export function transcriptModel(file: ModelFile): LogisticModel {
  if (file.features !== TRANSCRIPT_FEATURES_VERSION) {
    throw new Error(`model for ${file.task} was trained on ${file.features}, but the code makes ${TRANSCRIPT_FEATURES_VERSION}: run npm run train`);
  }
  return loadModel(file);
}

/** Per-slot marks for merging repeated features (a slot seen twice in one unit is one cue). */
let stamps = new Uint32Array(0);
let firstAt = new Int32Array(0);
let stamp = 0;

/**
 * The probability of the model's second label, and the features that pushed it hardest either way.
 * `vector` is `features` hashed at the model's bits, when the caller has it already.
 */
export function scoreWithCues(model: LogisticModel, features: FeatureSet, vector: SparseVector = features.toVector(model.bits)): { probability: number; cues: Cue[] } {
  const probability = predict(model, vector)[1] ?? 0;
  const one = model.weights[1] as Float32Array;
  const zero = model.weights[0] as Float32Array;
  const size = one.length;
  if (stamps.length !== size) {
    stamps = new Uint32Array(size);
    firstAt = new Int32Array(size);
    stamp = 0;
  }
  stamp += 1;
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  // The logit of label 1 against label 0 moves by the difference of the two rows; a feature that
  // occurs twice (a repeated word) pushes twice, so pushes are summed per slot.
  const count = vector.indices.length;
  const pushes = new Float64Array(count);
  for (let k = 0; k < count; k += 1) {
    const slot = vector.indices[k] as number;
    const push = ((one[slot] ?? 0) - (zero[slot] ?? 0)) * (vector.values[k] ?? 0);
    if (stamps[slot] === stamp) {
      const first = firstAt[slot] ?? k;
      pushes[first] = (pushes[first] ?? 0) + push;
    } else {
      stamps[slot] = stamp;
      firstAt[slot] = k;
      pushes[k] = push;
    }
  }
  const names = features.featureNames();
  const cues: Cue[] = [];
  const taken = new Set<number>();
  while (cues.length < CUE_COUNT) {
    let best = -1;
    for (let k = 0; k < count; k += 1) {
      if (taken.has(k) || names[k] === 'bias') continue;
      if (best < 0 || Math.abs(pushes[k] ?? 0) > Math.abs(pushes[best] ?? 0)) best = k;
    }
    if (best < 0 || Math.abs(pushes[best] ?? 0) < MIN_PUSH) break;
    taken.add(best);
    cues.push({ source: 'feature', text: names[best] ?? '', weight: Math.round((pushes[best] ?? 0) * 100) / 100 });
  }
  return { probability, cues };
}
