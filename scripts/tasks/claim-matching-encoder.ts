/**
 * The encoder variant of the claim re-ranker: the shipped recipe (claim-matching.ts: the same
 * BM25 candidates, the same pair features with the shipped word vectors, the same listwise
 * training and calibration) on candidates whose features also carry the embedding cosines
 * (src/encoder/claim-embedding-features.ts). Only those features differ, so any gain or loss
 * against the shipped re-ranker is the encoder's doing.
 */
import { CLAIM_EMBEDDING_FEATURES_VERSION } from '../../src/encoder/claim-embedding-features.ts';
import { FactCheckEmbeddingCache } from '../../src/encoder/fact-check-embeddings.ts';
import type { SentenceEncoder } from '../../src/encoder/load-encoder.ts';
import { addClaimEmbeddings } from '../../src/encoder/match-with-encoder.ts';
import type { EncoderModelFile } from '../../src/encoder/variant-models.ts';
import { encoderStamp } from '../../src/encoder/variant-models.ts';
import { CLAIM_MATCH_FEATURES_VERSION } from '../../src/evidence/matching/claim-pair-features.ts';
import type { FactCheckIndex } from '../../src/evidence/matching/fact-check-index.ts';
import { saveModel } from '../../src/learn/model-file.ts';
import type { CandidatesOf } from './claim-matching.ts';
import { candidatesOf, mapAt5, trainReranker } from './claim-matching.ts';
import type { ClaimQuery } from './claim-matching-data.ts';

/** What to train the variant on, and what to record in its file. */
export interface ClaimMatchVariantTraining {
  /** The fact-check collection, indexed. */
  readonly index: FactCheckIndex;
  /** Queries to train on. */
  readonly train: readonly ClaimQuery[];
  /** Queries to measure MAP@5 on with and without the encoder, or null not to measure. */
  readonly dev: readonly ClaimQuery[] | null;
  /** Data folders and licence recorded in the model file. */
  readonly data: readonly string[];
  readonly licence: string;
  /** Called after each encoded chunk of queries with queries done and queries in all. */
  readonly progress?: (done: number, total: number) => void;
}

/** MAP@5 on the dev queries: BM25 alone, the shipped recipe, and the shipped recipe plus the encoder. */
export interface ClaimMatchVariantScores {
  readonly bm25: number;
  readonly withoutEncoder: number;
  readonly withEncoder: number;
}

/** Queries encoded per call: their candidates are a few thousand texts, and progress is reported after each. */
const QUERY_CHUNK = 100;

async function addEmbeddings(sets: readonly CandidatesOf[], cache: FactCheckEmbeddingCache, progress?: (done: number, total: number) => void): Promise<void> {
  for (let start = 0; start < sets.length; start += QUERY_CHUNK) {
    const chunk = sets.slice(start, start + QUERY_CHUNK);
    await addClaimEmbeddings(chunk.map(({ query, set }) => ({ text: query.text, set })), cache);
    progress?.(start + chunk.length, sets.length);
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Trains the claim re-ranker for `encoder` (and measures it on `dev` when given); returns its model file and the scores. */
export async function trainClaimMatchVariant(encoder: SentenceEncoder, t: ClaimMatchVariantTraining): Promise<{ file: EncoderModelFile; scores: ClaimMatchVariantScores | null }> {
  // The shipped word vectors: the variant's word features must be the shipped re-ranker's.
  const trainSets = await candidatesOf(t.index, t.train);
  const devSets = t.dev === null ? null : await candidatesOf(t.index, t.dev);
  // Trained before the embeddings are added (they are added in place): the comparison the scores make.
  const plain = devSets === null ? null : trainReranker(trainSets);
  const cache = new FactCheckEmbeddingCache(encoder);
  const total = trainSets.length + (devSets?.length ?? 0);
  const progress = t.progress === undefined ? undefined : (done: number): void => t.progress?.(done, total);
  await addEmbeddings(trainSets, cache, progress);
  const model = trainReranker(trainSets);
  let scores: ClaimMatchVariantScores | null = null;
  if (devSets !== null && plain !== null) {
    const withoutEncoder = mapAt5(devSets, plain);
    await addEmbeddings(devSets, cache, progress === undefined ? undefined : (done) => progress(trainSets.length + done));
    scores = { bm25: mapAt5(devSets, null), withoutEncoder, withEncoder: mapAt5(devSets, model) };
  }
  const recorded: Record<string, number> =
    scores === null
      ? {}
      : { 'clef2020-task2-dev-map@5': round(scores.withEncoder), 'clef2020-task2-dev-map@5-without-encoder': round(scores.withoutEncoder), 'clef2020-task2-dev-map@5-bm25': round(scores.bm25) };
  const file: EncoderModelFile = {
    ...saveModel(model, { task: 'claim-match', data: t.data, licence: t.licence, features: CLAIM_MATCH_FEATURES_VERSION, scores: recorded }),
    encoder: encoderStamp(encoder, CLAIM_EMBEDDING_FEATURES_VERSION),
  };
  return { file, scores };
}
