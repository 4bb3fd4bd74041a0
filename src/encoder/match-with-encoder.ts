/**
 * Claim matching with an encoder: BM25 finds the candidates and the shipped features describe
 * them exactly as without one; the encoder then embeds each query and its candidates (each
 * fact-check once per run, fact-check-embeddings.ts), the embedding cosines join the features,
 * and the claim re-ranker trained for the encoder orders them. Nothing outside the candidates is
 * encoded, so a large index costs no more than a small one.
 */
import type { LogisticModel } from '../learn/logistic-regression.ts';
import type { Analysis } from '../model/analysis-schema.ts';
import type { ClaimMatch } from '../model/evidence-schema.ts';
import type { AttachMatchesOptions } from '../evidence/attach-matches.ts';
import { attachMatchesWith } from '../evidence/attach-matches.ts';
import { splitEmbeddedTweet } from '../evidence/matching/embedded-tweet.ts';
import type { FactCheckIndex } from '../evidence/matching/fact-check-index.ts';
import type { CandidateSet, MatchOptions } from '../evidence/matching/match-claims.ts';
import { candidateSet, matchDefaults, rankCandidates } from '../evidence/matching/match-claims.ts';
import { addClaimEmbeddingFeatures } from './claim-embedding-features.ts';
import { loadClaimMatchVariant } from './claim-match-variant.ts';
import type { FactCheckEmbeddingCache } from './fact-check-embeddings.ts';
import { factCheckEmbeddingCache } from './fact-check-embeddings.ts';
import type { SentenceEncoder } from './load-encoder.ts';

/** The options of `matchClaims()` plus the encoder; the re-ranker defaults to the one trained for it. */
export type EncoderMatchOptions = Readonly<Partial<Omit<MatchOptions, 'reranker'>>> & { readonly encoder: SentenceEncoder; readonly reranker?: LogisticModel };

/** The options of `attachMatches()` plus the encoder. */
export type EncoderAttachOptions = Readonly<Partial<AttachMatchesOptions>> & { readonly encoder: SentenceEncoder };

/** A query's text and its candidates, whose features get the embedding cosines. */
export interface QueryCandidates {
  readonly text: string;
  readonly set: CandidateSet;
}

/** Queries whose candidates are encoded in one call: enough to batch well, few enough to hold their embeddings. */
const QUERIES_PER_CALL = 64;

/**
 * Adds the embedding cosines to every candidate's features, in place, encoding the queries and
 * the fact-checks the cache lacks in one call. The query is embedded without an embedded post's
 * signature: the poster and date are features of their own, and are not the claim.
 */
export async function addClaimEmbeddings(queries: readonly QueryCandidates[], cache: FactCheckEmbeddingCache): Promise<void> {
  const found = queries.filter((q) => q.set.hits.length > 0);
  if (found.length === 0) return;
  const { extra, factChecks } = await cache.embed(
    found.map((q) => splitEmbeddedTweet(q.text).body),
    found.flatMap((q) => q.set.hits),
  );
  let at = 0;
  found.forEach((q, i) => {
    const query = extra[i] as Float32Array;
    q.set.features.forEach((features, k) => addClaimEmbeddingFeatures(features, query, factChecks[at + k] as (typeof factChecks)[number]));
    at += q.set.hits.length;
  });
}

/**
 * `matchClaims()` with the encoder: the `top` earlier fact-checks closest to each query, best
 * first, parallel to `queries`. Needs a claim re-ranker trained for the encoder
 * (`npm run train -- --encoder DIR`) unless `reranker` is given.
 * @throws EncoderError when the encoder folder has no claim re-ranker trained for it
 */
export async function matchClaimsWithEncoder(index: FactCheckIndex, queries: readonly string[], options: EncoderMatchOptions): Promise<ClaimMatch[][]> {
  const { encoder, reranker: given, ...rest } = options;
  const settings = { ...matchDefaults, ...rest };
  const reranker = given ?? (await loadClaimMatchVariant(encoder));
  const cache = factCheckEmbeddingCache(encoder, index);
  const results: ClaimMatch[][] = [];
  for (let start = 0; start < queries.length; start += QUERIES_PER_CALL) {
    const batch: QueryCandidates[] = [];
    for (const text of queries.slice(start, start + QUERIES_PER_CALL)) batch.push({ text, set: await candidateSet(index, text, settings) });
    await addClaimEmbeddings(batch, cache);
    for (const { set } of batch) results.push(rankCandidates(set, reranker, settings.top));
  }
  return results;
}

/**
 * `attachMatches()` with the encoder: each check-worthy unit keeps the earlier fact-checks the
 * encoder's claim re-ranker finds likely (same filters and defaults as `attachMatches()`).
 * @throws EncoderError when the encoder folder has no claim re-ranker trained for it
 */
export function attachMatchesWithEncoder(analysis: Analysis, index: FactCheckIndex, options: EncoderAttachOptions): Promise<Analysis> {
  const { encoder, ...filters } = options;
  return attachMatchesWith(analysis, (texts, top) => matchClaimsWithEncoder(index, texts, { encoder, top }), filters);
}
