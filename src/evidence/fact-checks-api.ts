/**
 * The public face of earlier fact-checks: read collections, index them, match texts against them.
 * Each function loads its module on first call, because the store (Kysely, better-sqlite3) takes a
 * few hundred milliseconds to load and `import { analyze } from 'argscope'` must not pay for it.
 */
import type { EncoderAttachOptions, EncoderMatchOptions } from '../encoder/match-with-encoder.ts';
import type { Analysis } from '../model/analysis-schema.ts';
import type { ClaimMatch, FactCheck } from '../model/evidence-schema.ts';
import type { AttachMatchesOptions } from './attach-matches.ts';
import type { FactCheckResult } from './fact-checks/fact-check-record.ts';
import type { FactCheckFormat } from './fact-checks/read-fact-checks.ts';
import type { FactCheckIndex } from './matching/fact-check-index.ts';
import type { MatchOptions } from './matching/match-claims.ts';

/**
 * Reads a collection file (ClaimReview JSON-LD or HTML, JSONL, CSV/TSV): the good fact-checks and
 * one problem per bad record, by file and line (or item).
 */
export async function readFactChecks(path: string, format?: FactCheckFormat): Promise<FactCheckResult> {
  return (await import('./fact-checks/read-fact-checks.ts')).readFactChecks(path, format);
}

/**
 * Opens (or creates) a fact-check index: an SQLite file, or ':memory:' (the default) for one run.
 * An existing file opened for writing (not `readonly`) is checked page by page first, and a
 * damaged one refused with a StoreError (about 0.2 s per 100,000 fact-checks).
 */
export async function openFactCheckIndex(path = ':memory:', options: { readonly readonly?: boolean } = {}): Promise<FactCheckIndex> {
  return (await import('./matching/fact-check-index.ts')).openFactCheckIndex(path, options);
}

/** Adds fact-checks to an index, replacing any with the same id. */
export async function indexFactChecks(index: FactCheckIndex, factChecks: readonly FactCheck[]): Promise<void> {
  return (await import('./matching/fact-check-index.ts')).indexFactChecks(index, factChecks);
}

/** Closes an index (a file index is complete on disk once closed). */
export async function closeFactCheckIndex(index: FactCheckIndex): Promise<void> {
  return (await import('./matching/fact-check-index.ts')).closeFactCheckIndex(index);
}

/** The `top` (default 5) earlier fact-checks closest to each query text, best first, parallel to `queries`. */
export async function matchClaims(index: FactCheckIndex, queries: readonly string[], options: Partial<MatchOptions> = {}): Promise<ClaimMatch[][]> {
  return (await import('./matching/match-claims.ts')).matchClaims(index, queries, options);
}

/**
 * The analysis with `matches` filled from `index`: each check-worthy unit keeps its `top`
 * (default 3) earlier fact-checks that the re-ranker finds at least `minScore` (default 0.5) likely
 * and whose claim shares at least `minCoverage` (default 0.4) of its content words with the unit.
 */
export async function attachMatches(analysis: Analysis, index: FactCheckIndex, options?: Readonly<Partial<AttachMatchesOptions>> | null): Promise<Analysis> {
  return (await import('./attach-matches.ts')).attachMatches(analysis, index, options);
}

/**
 * `matchClaims()` with a sentence encoder (from `loadEncoder`): the candidates' embeddings join
 * the re-ranker's features, and the claim re-ranker trained for the encoder
 * (`npm run train -- --encoder DIR`) orders them. Each fact-check met is encoded once per encoder
 * and index; nothing else of the index is encoded.
 * @throws EncoderError when the encoder folder has no claim re-ranker trained for it
 */
export async function matchClaimsWithEncoder(index: FactCheckIndex, queries: readonly string[], options: EncoderMatchOptions): Promise<ClaimMatch[][]> {
  return (await import('../encoder/match-with-encoder.ts')).matchClaimsWithEncoder(index, queries, options);
}

/** `attachMatches()` with a sentence encoder, matching as {@link matchClaimsWithEncoder} does. */
export async function attachMatchesWithEncoder(analysis: Analysis, index: FactCheckIndex, options: EncoderAttachOptions): Promise<Analysis> {
  return (await import('../encoder/match-with-encoder.ts')).attachMatchesWithEncoder(analysis, index, options);
}
