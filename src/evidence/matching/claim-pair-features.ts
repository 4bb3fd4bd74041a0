/**
 * Features of a (query, fact-check) pair for the re-ranker: the full-text score relative to the
 * other candidates, how much of each text the other covers (weighted by how rare the words are),
 * IDF-weighted word cosine and character 4-gram cosine, shared two-word phrases, whether numbers,
 * names and media agree, whether the fact-check names the poster and dates the story to the
 * post's time, how close in meaning the words each text lacks come to the other's (through
 * word vectors learned from the collection, meaning-alignment.ts), and how close the two texts'
 * gists are in those vectors (text-gist.ts). Only agreement between the two
 * texts is described, never the fact-check alone, so the model cannot learn which fact-checks a
 * training collection happened to pair with queries.
 *
 * There are no "ranked first / 2-3 / 4-10" indicators: with them the model mostly copied the
 * BM25 order, and without them the pairwise-trained model is better (CV MAP@5 0.882 vs 0.878).
 */
import { FeatureSet } from '../../learn/feature-hashing.ts';
import { gramCosine } from './char-grams.ts';
import type { QueryMeaning } from './meaning-alignment.ts';
import type { QueryProfile } from './query-profile.ts';
import { signatureAgreement } from './query-profile.ts';
import type { QueryGist } from './text-gist.ts';
import type { TextProfile } from './text-profile.ts';

/** Bumped whenever a feature changes: a model only works with the features it was trained on. */
export const CLAIM_MATCH_FEATURES_VERSION = 'claim-match-features/5';

/** A candidate as the re-ranker sees it. */
export interface Candidate {
  /** 0-based position in the full-text ranking. */
  readonly rank: number;
  /** Its full-text (BM25) score. */
  readonly score: number;
  readonly claim: TextProfile;
  readonly title: TextProfile | null;
}

/** The best full-text score among one query's candidates, to put each candidate's in proportion. */
export interface ScoreScale {
  readonly score: number;
}

/** Inverse document frequency of a stem (looked up through the word it came from). */
export type IdfOf = (stem: string, word: string) => number;

/** The best of the candidates' scores (a tiny positive number when none is, to divide safely). */
export function scoreScale(candidates: readonly Pick<Candidate, 'score'>[]): ScoreScale {
  return { score: Math.max(1e-9, ...candidates.map((c) => c.score)) };
}

/** The IDF-weighted share of `from`'s stems that `to` also has. */
function coverage(from: TextProfile, to: TextProfile, idf: IdfOf): number {
  let total = 0;
  let shared = 0;
  for (const [s, word] of from.stems) {
    const weight = idf(s, word);
    total += weight;
    if (to.stems.has(s)) shared += weight;
  }
  return total === 0 ? 0 : shared / total;
}

/** Cosine of the two texts' stem sets, each stem weighted by its IDF (TF-IDF with binary TF). */
function idfCosine(a: TextProfile, b: TextProfile, idf: IdfOf): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [s, word] of a.stems) {
    const weight = idf(s, word) ** 2;
    normA += weight;
    if (b.stems.has(s)) dot += weight;
  }
  for (const [s, word] of b.stems) normB += idf(s, word) ** 2;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** The IDF of the rarest stem of `from` that `to` lacks, over 10 (a rare unmatched word argues against a match). */
function rarestMissing(from: TextProfile, to: TextProfile, idf: IdfOf): number {
  let rarest = 0;
  for (const [s, word] of from.stems) if (!to.stems.has(s)) rarest = Math.max(rarest, idf(s, word));
  return rarest / 10;
}

function countShared(a: Iterable<string>, b: { has(x: string): boolean }): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

function union(a: TextProfile, b: TextProfile | null): TextProfile {
  if (b === null) return a;
  return {
    stems: new Map([...b.stems, ...a.stems]),
    bigrams: new Set([...a.bigrams, ...b.bigrams]),
    numbers: new Set([...a.numbers, ...b.numbers]),
    names: new Set([...a.names, ...b.names]),
    media: a.media || b.media,
    grams: new Set([...a.grams, ...b.grams]),
  };
}

/** Adds the agreement features of `query` and one side of the fact-check under `prefix`. */
function agreement(features: FeatureSet, prefix: string, query: TextProfile, side: TextProfile, idf: IdfOf): void {
  features.add(`${prefix}:query-covered`, coverage(query, side, idf));
  features.add(`${prefix}:covered-by-query`, coverage(side, query, idf));
  features.add(`${prefix}:rarest-missing`, rarestMissing(side, query, idf));
  const sharedBigrams = countShared(side.bigrams, query.bigrams);
  features.add(`${prefix}:bigrams-shared`, Math.min(sharedBigrams, 4) / 4);
  features.add(`${prefix}:bigrams-covered`, side.bigrams.size === 0 ? 0 : sharedBigrams / side.bigrams.size);
  features.add(`${prefix}:idf-cosine`, idfCosine(query, side, idf));
  features.add(`${prefix}:char-cosine`, gramCosine(query.grams, side.grams));
}

/**
 * Adds how close in meaning the query's words that `side` lacks come to its words, and with
 * `both` the reverse too (nothing where no word needs aligning).
 */
function meaningAgreement(features: FeatureSet, prefix: string, meaning: QueryMeaning, side: TextProfile, idf: IdfOf, both: boolean): void {
  const queryAligned = meaning.queryAligned(side, idf);
  if (queryAligned !== null) features.add(`${prefix}:query-aligned`, queryAligned);
  if (!both) return;
  const sideAligned = meaning.sideAligned(side, idf);
  if (sideAligned !== null) features.add(`${prefix}:candidate-aligned`, sideAligned);
}

/**
 * The features of one candidate for one query. The query's body is compared word by word; its
 * signature (poster, date) only through {@link signatureAgreement}, so the model weighs the two
 * apart. Without `meaning` (the query's words with their vectors) the meaning features are left
 * out, as in a model trained before them, and so are the gist cosines without `gist`.
 */
export function claimPairFeatures(queryProfile: QueryProfile, candidate: Candidate, scale: ScoreScale, idf: IdfOf, meaning: QueryMeaning | null, gist: QueryGist | null): FeatureSet {
  const query = queryProfile.body;
  const features = new FeatureSet();
  features.add('bias');
  features.add('bm25:relative', candidate.score / scale.score);
  // The log of the score against the best's, not the log of the score: the same within a query,
  // but BM25 scores shrink with the collection (a collection of two has IDFs near zero), and a
  // listwise model weighs the log heavily, so the absolute log made a match's probability fall
  // with the collection's size.
  features.add('bm25:log-to-best', (Math.log1p(Math.max(0, candidate.score)) - Math.log1p(scale.score)) / 4);
  features.add('bm25:gap-to-best', (scale.score - candidate.score) / 10);
  features.add('rank:inverse', 1 / (candidate.rank + 1));
  agreement(features, 'claim', query, candidate.claim, idf);
  if (candidate.title !== null) agreement(features, 'title', query, candidate.title, idf);
  const both = union(candidate.claim, candidate.title);
  agreement(features, 'both', query, both, idf);
  if (meaning !== null) {
    // The query's side for claim and title apart (in CV they add ~0.1 point), both sides for the two together.
    meaningAgreement(features, 'claim', meaning, candidate.claim, idf, false);
    if (candidate.title !== null) meaningAgreement(features, 'title', meaning, candidate.title, idf, false);
    meaningAgreement(features, 'both', meaning, both, idf, true);
  }
  if (gist !== null) {
    for (const [prefix, side] of [['claim', candidate.claim], ['title', candidate.title], ['both', both]] as const) {
      const similarity = side === null ? null : gist.cosine(side);
      if (similarity !== null) features.add(`${prefix}:lsa-mean-cosine`, similarity);
    }
  }

  const numbersShared = countShared(both.numbers, query.numbers);
  if (both.numbers.size > 0 || query.numbers.size > 0) {
    features.add('numbers:shared', Math.min(numbersShared, 3) / 3);
    features.add('numbers:candidate-unmatched', both.numbers.size === 0 ? 0 : (both.numbers.size - numbersShared) / both.numbers.size);
    if (both.numbers.size > 0 && numbersShared === 0) features.add('numbers:disagree');
  }
  const namesShared = countShared(candidate.claim.names, query.stems);
  if (candidate.claim.names.size > 0) {
    features.add('names:candidate-covered', namesShared / candidate.claim.names.size);
    if (namesShared === 0) features.add('names:none-shared');
  }
  if (query.names.size > 0) features.add('names:query-covered', countShared(query.names, both.stems) / query.names.size);
  signatureAgreement(features, queryProfile, both);
  features.add(`media:${query.media ? 'query' : 'no-query'}-${both.media ? 'candidate' : 'no-candidate'}`);
  return features;
}
