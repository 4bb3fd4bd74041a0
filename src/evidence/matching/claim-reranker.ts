/**
 * The learned re-ranker: a logistic model over {@link claimPairFeatures}, trained on CLEF 2020
 * task 2 (scripts/tasks/claim-matching.ts) and shipped as models/claim-match.json.
 */
import { readFileSync } from 'node:fs';
import type { FeatureSet } from '../../learn/feature-hashing.ts';
import type { LogisticModel } from '../../learn/logistic-regression.ts';
import { predict } from '../../learn/logistic-regression.ts';
import type { ModelFile } from '../../learn/model-file.ts';
import { loadModel } from '../../learn/model-file.ts';
import { CLAIM_MATCH_FEATURES_VERSION } from './claim-pair-features.ts';

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

/** The model's probability that each candidate matches. */
export function rerankScores(model: LogisticModel, features: readonly FeatureSet[]): number[] {
  return features.map((set) => predict(model, set.toVector(model.bits))[1] ?? 0);
}
