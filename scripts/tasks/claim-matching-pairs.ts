/**
 * Pairwise training of the claim re-ranker. Each query has about one relevant fact-check among
 * 50 candidates, and what matters is only that it outranks the others of the same query: trained
 * pointwise ("is this a match?") the model learned mostly how high BM25 had ranked a candidate and
 * added nothing to BM25's order. So each example is the difference between the features of a
 * relevant candidate and one irrelevant candidate of the same query (RankNet with a linear model),
 * and both orders are given so the model has no reason to learn a bias. Its log-odds are then
 * made probabilities again by claim-matching-calibration.ts.
 */
import type { SparseVector } from '../../src/learn/feature-hashing.ts';
import type { Example } from '../../src/learn/logistic-regression.ts';
import type { CandidateSet } from '../../src/evidence/matching/match-claims.ts';

/** A query's candidates with which of them are relevant. */
export interface LabelledCandidates {
  readonly relevant: readonly boolean[];
  readonly set: CandidateSet;
}

/** `a - b` as one sparse vector (slots may repeat; their values add up). */
function difference(a: SparseVector, b: SparseVector): SparseVector {
  const indices = new Uint32Array(a.indices.length + b.indices.length);
  const values = new Float32Array(indices.length);
  indices.set(a.indices);
  values.set(a.values);
  indices.set(b.indices, a.indices.length);
  for (let k = 0; k < b.values.length; k += 1) values[a.indices.length + k] = -(b.values[k] ?? 0);
  return { indices, values };
}

/**
 * Label 1 for "relevant minus irrelevant", 0 for the reverse, every relevant-irrelevant pair of a
 * query; a query with several relevant fact-checks counts as much as one with a single one.
 * (Weighting pairs by the irrelevant candidate's BM25 rank, as LambdaRank does, did not help.)
 */
export function pairwiseExamples(queries: readonly LabelledCandidates[], bits: number): Example[] {
  const examples: Example[] = [];
  for (const { relevant, set } of queries) {
    const vectors = set.features.map((f) => f.toVector(bits));
    const positives = vectors.filter((_, i) => relevant[i] === true);
    const negatives = vectors.filter((_, i) => relevant[i] !== true);
    const weight = 1 / positives.length;
    for (const positive of positives) {
      for (const negative of negatives) {
        examples.push({ vector: difference(positive, negative), label: 1, weight });
        examples.push({ vector: difference(negative, positive), label: 0, weight });
      }
    }
  }
  return examples;
}
