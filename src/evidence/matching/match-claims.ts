/**
 * Matching queries against earlier fact-checks: BM25 over claim and title finds candidates, and a
 * learned re-ranker orders them by pair features (coverage, word and spelling similarity, meaning
 * through learned word vectors, word by word and as a whole, phrases, numbers, names, the poster
 * and the date of an embedded post).
 */
import type { FeatureSet } from '../../learn/feature-hashing.ts';
import type { LogisticModel } from '../../learn/logistic-regression.ts';
import type { ClaimMatch } from '../../model/evidence-schema.ts';
import type { FieldWeights, FullTextHit } from '../../store/fts-sqlite.ts';
import type { Candidate } from './claim-pair-features.ts';
import { claimPairFeatures, scoreScale } from './claim-pair-features.ts';
import { rerankScores, shippedClaimReranker, shippedWordVectors } from './claim-reranker.ts';
import { contentTerms } from './claim-text.ts';
import { searchableText } from './embedded-tweet.ts';
import type { FactCheckIndex } from './fact-check-index.ts';
import { candidateProfiles, inverseDocumentFrequency, searchIndex } from './fact-check-index.ts';
import { QueryMeaning } from './meaning-alignment.ts';
import { profileQuery } from './query-profile.ts';
import { QueryGist } from './text-gist.ts';
import type { TextProfile } from './text-profile.ts';
import type { WordVectors } from '../../learn/word-vectors.ts';

/** How to match. */
export interface MatchOptions {
  /** Matches to return per query. */
  readonly top: number;
  /** Full-text candidates the re-ranker orders (more finds more, slower). */
  readonly candidates: number;
  /** BM25 column weights of claim and title. */
  readonly weights: FieldWeights;
  /** The re-ranking model, or null for plain BM25 order. Default: the shipped model. */
  readonly reranker?: LogisticModel | null;
  /** The word vectors of the meaning features (those the re-ranker was trained with). Default: the shipped ones. */
  readonly vectors?: WordVectors | null;
}

/** The defaults of {@link matchClaims}. */
export const matchDefaults: Readonly<Omit<MatchOptions, 'reranker' | 'vectors'>> = Object.freeze({
  top: 5,
  candidates: 50,
  weights: Object.freeze({ claim: 1, title: 1 }),
});

/** One query's full-text candidates with their pair features, in BM25 order. */
export interface CandidateSet {
  readonly hits: readonly FullTextHit[];
  readonly features: readonly FeatureSet[];
}

/** Finds the full-text candidates of `text` and describes each for the re-ranker. */
export async function candidateSet(index: FactCheckIndex, text: string, options: Pick<MatchOptions, 'candidates' | 'weights' | 'vectors'> = matchDefaults): Promise<CandidateSet> {
  const hits = await searchIndex(index, contentTerms(searchableText(text)), options.candidates, options.weights);
  if (hits.length === 0) return { hits, features: [] };
  const query = profileQuery(text);
  const candidates: Candidate[] = hits.map((hit, rank) => ({ rank, score: hit.score, ...candidateProfiles(index, hit) }));
  const idf = await idfTable(index, [query.body, ...candidates.flatMap((c) => (c.title === null ? [c.claim] : [c.claim, c.title]))]);
  const scale = scoreScale(candidates);
  const vectors = options.vectors === undefined ? shippedWordVectors() : options.vectors;
  const meaning = vectors === null ? null : new QueryMeaning(query.body, vectors);
  const idfOf = (s: string): number => idf.get(s) ?? 0;
  const gist = vectors === null ? null : new QueryGist(query.body, vectors, idfOf);
  return { hits, features: candidates.map((c) => claimPairFeatures(query, c, scale, idfOf, meaning, gist)) };
}

/** IDF of every stem of the profiles, looked up once each. */
async function idfTable(index: FactCheckIndex, profiles: readonly TextProfile[]): Promise<Map<string, number>> {
  const table = new Map<string, number>();
  for (const profile of profiles) {
    for (const [s, word] of profile.stems) if (!table.has(s)) table.set(s, await inverseDocumentFrequency(index, word));
  }
  return table;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Orders one query's candidates: by the re-ranker's probability, else by BM25; ties keep BM25 order. */
export function rankCandidates(set: CandidateSet, reranker: LogisticModel | null, top: number): ClaimMatch[] {
  const scores = reranker === null ? set.hits.map((h) => h.score) : rerankScores(reranker, set.features);
  return set.hits
    .map((hit, i) => ({ hit, score: scores[i] ?? 0, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, top)
    .map(({ hit, score }) => ({ id: hit.id, score: round(score), claim: hit.claim, verdict: hit.verdict, url: hit.url }));
}

/**
 * The `top` earlier fact-checks closest to each query text, best first (an empty list when none
 * shares a word with it). The result is parallel to `queries`.
 */
export async function matchClaims(index: FactCheckIndex, queries: readonly string[], options: Partial<MatchOptions> = {}): Promise<ClaimMatch[][]> {
  const settings = { ...matchDefaults, ...options };
  const reranker = options.reranker === undefined ? shippedClaimReranker() : options.reranker;
  // BM25 order reads no feature: the word vectors need not even be loaded.
  const search = { ...settings, vectors: reranker === null ? null : options.vectors };
  const results: ClaimMatch[][] = [];
  for (const text of queries) results.push(rankCandidates(await candidateSet(index, text, search), reranker, settings.top));
  return results;
}
