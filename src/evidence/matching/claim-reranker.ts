/**
 * The learned re-ranker: a logistic model over {@link claimPairFeatures}, trained on CLEF 2020
 * task 2 (scripts/tasks/claim-matching.ts) and shipped as models/claim-match.json, with the word
 * vectors of its meaning features as models/claim-match-vectors.json.
 *
 * The model is trained to order one query's candidates, so its log-odds alone say how good a
 * candidate is, not whether a better one stands beside it. Its probability of "match" therefore
 * also reads how far the candidate falls behind the query's best and whether it is the best (two
 * more weights, on {@link POOL_FEATURES}, fitted when the model is calibrated): a runner-up that
 * shares many words with the query is then not passed as a match as readily as the candidate
 * that beat it.
 */
import { readFileSync } from 'node:fs';
import type { FeatureSet, SparseVector } from '../../learn/feature-hashing.ts';
import { fnv1a } from '../../learn/feature-hashing.ts';
import type { LogisticModel } from '../../learn/logistic-regression.ts';
import type { ModelFile } from '../../learn/model-file.ts';
import { loadModel } from '../../learn/model-file.ts';
import { CLAIM_MATCH_FEATURES_VERSION } from './claim-pair-features.ts';
import type { WordVectorFile, WordVectors } from '../../learn/word-vectors.ts';
import { loadWordVectors } from '../../learn/word-vectors.ts';

/** The labels of the re-ranker: index 1 is "this fact-check checks the query's claim". */
export const CLAIM_MATCH_LABELS = ['other', 'match'] as const;

/** Loads a re-ranker from its model file, refusing one trained on other features. */
export function claimReranker(file: ModelFile): LogisticModel {
  if (file.features !== CLAIM_MATCH_FEATURES_VERSION) {
    throw new Error(`models/claim-match.json was trained on ${file.features}, but the code makes ${CLAIM_MATCH_FEATURES_VERSION}: run npm run train -- claim-matching`);
  }
  return loadModel(file);
}

let shipped: LogisticModel | null = null;

/** The shipped re-ranker, read once. */
export function shippedClaimReranker(): LogisticModel {
  shipped ??= claimReranker(JSON.parse(readFileSync(new URL('../../../models/claim-match.json', import.meta.url), 'utf8')) as ModelFile);
  return shipped;
}

let shippedVectors: WordVectors | null = null;

/** The word vectors the shipped re-ranker was trained with (models/claim-match-vectors.json), read once. */
export function shippedWordVectors(): WordVectors {
  shippedVectors ??= loadWordVectors(JSON.parse(readFileSync(new URL('../../../models/claim-match-vectors.json', import.meta.url), 'utf8')) as WordVectorFile, CLAIM_MATCH_FEATURES_VERSION);
  return shippedVectors;
}

/**
 * The second-pass features, read after every candidate of a query has its log-odds: how far the
 * candidate falls behind the best (≤ 0), and whether it is the best.
 */
export const POOL_FEATURES = ['log-odds:gap-to-best', 'log-odds:best'] as const;

/** The slots of {@link POOL_FEATURES} in a model with `bits` hash bits. */
export function poolSlots(bits: number): [number, number] {
  const [gap, best] = POOL_FEATURES.map((name) => (fnv1a(name) & ((1 << bits) - 1)) >>> 0);
  return [gap ?? 0, best ?? 0];
}

/** The model's log-odds of "match" for one candidate, before the pool features (never in `vector`). */
export function logOdds(model: LogisticModel, vector: SparseVector): number {
  const [other, match] = model.weights as [Float32Array, Float32Array];
  let z = (model.bias[1] ?? 0) - (model.bias[0] ?? 0);
  for (let k = 0; k < vector.indices.length; k += 1) {
    const slot = vector.indices[k] as number;
    z += ((match[slot] ?? 0) - (other[slot] ?? 0)) * (vector.values[k] ?? 0);
  }
  return z;
}

/** The model's probability that each candidate of one query matches, the pool features included. */
export function rerankScores(model: LogisticModel, features: readonly FeatureSet[]): number[] {
  const odds = features.map((set) => logOdds(model, set.toVector(model.bits)));
  const best = Math.max(...odds);
  const [gapWeight, bestWeight] = poolSlots(model.bits).map((slot) => (model.weights[1]?.[slot] ?? 0) - (model.weights[0]?.[slot] ?? 0));
  return odds.map((z) => 1 / (1 + Math.exp(-(z + (gapWeight ?? 0) * (z - best) + (z === best ? (bestWeight ?? 0) : 0)))));
}
