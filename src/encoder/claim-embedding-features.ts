/**
 * The encoder's pair features for the claim re-ranker: how close in meaning the query is to a
 * fact-check's claim and to its title, as the cosine of their sentence embeddings. They are added
 * beside the shipped re-ranker's features (claim-pair-features.ts), which stay as they are, so a
 * re-ranker trained with them differs from the shipped one by these features alone.
 */
import type { FeatureSet } from '../learn/feature-hashing.ts';

/** The claim embedding features' version; claim-match variant models record it in their stamp. */
export const CLAIM_EMBEDDING_FEATURES_VERSION = 'claim-emb/1';

/** The features this module adds, by name. */
export const CLAIM_EMBEDDING_FEATURES = ['embedding:claim-cosine', 'embedding:title-cosine'] as const;

/** A fact-check's embeddings; `title` is null when it has no title of its own (none, or the claim again). */
export interface FactCheckEmbeddings {
  readonly claim: Float32Array;
  readonly title: Float32Array | null;
}

/** Cosine of two embeddings (the encoder's are unit length, but a zero vector must not divide by zero). */
export function embeddingCosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/**
 * Whether a fact-check's title says something its claim does not: a missing title, or one that
 * repeats the claim, is not embedded a second time.
 */
export function hasDistinctTitle(claim: string, title: string | null): title is string {
  return title !== null && title.trim() !== '' && title.trim() !== claim.trim();
}

/**
 * Adds the cosines of `query` with the fact-check's claim and title. Without a distinct title the
 * claim's cosine stands in for the title's, as the claim's profile stands in for a missing title
 * in the word features (candidateProfiles): the re-ranker is trained on fact-checks that all
 * have titles, and a missing title must not read as a mismatch.
 */
export function addClaimEmbeddingFeatures(set: FeatureSet, query: Float32Array, factCheck: FactCheckEmbeddings): void {
  const claim = embeddingCosine(query, factCheck.claim);
  set.add('embedding:claim-cosine', claim);
  set.add('embedding:title-cosine', factCheck.title === null ? claim : embeddingCosine(query, factCheck.title));
}
