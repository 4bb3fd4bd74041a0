/**
 * A searchable collection of earlier fact-checks: a store (an SQLite file, or ':memory:' for a
 * one-off run: the same code either way) with the statistics the matcher asks of it.
 */
import type { Kysely } from 'kysely';
import type { FactCheck } from '../../model/evidence-schema.ts';
import { openDatabase } from '../../store/database.ts';
import { countFactChecks, getFactChecks, upsertFactChecks } from '../../store/fact-check-rows.ts';
import type { FieldWeights, FullTextHit } from '../../store/fts-sqlite.ts';
import { documentFrequency, searchFullText } from '../../store/fts-sqlite.ts';
import { explainDamage } from '../../store/damaged-store.ts';
import { prepareStore } from '../../store/migrate.ts';
import type { StoreTables } from '../../store/tables.ts';
import type { TextProfile } from './text-profile.ts';
import { profileText } from './text-profile.ts';

const MAX_CACHED_TERMS = 200_000;
/** 8.0 KB each, measured on the CLEF 2020 collection (85 MB for its 10,389; character 4-grams are most of it): at most ~80 MB. */
const MAX_CACHED_PROFILES = 10_000;

/** An open fact-check collection. Close it when done (a file index is only complete once closed). */
export interface FactCheckIndex {
  /** The file it lives in, or ':memory:'. */
  readonly path: string;
  /** @internal the store; for the matcher and the store's own tests. */
  readonly db: Kysely<StoreTables>;
  /** @internal per-term document frequencies, cleared whenever the collection changes. */
  readonly frequencies: Map<string, number>;
  /** @internal the collection's size, or null when it may have changed. */
  size: number | null;
  /**
   * @internal the profiles of fact-checks met as candidates, by row id, cleared whenever the
   * collection changes: the same fact-checks come up for many queries, and reading one costs as
   * much as searching for it.
   */
  readonly profiles: Map<number, CandidateProfiles>;
}

/** A fact-check's claim and title as the re-ranker compares them. */
export interface CandidateProfiles {
  readonly claim: TextProfile;
  readonly title: TextProfile | null;
}

/** Opens (or creates) the index at `path`; ':memory:' gives a fresh in-memory one. */
export async function openFactCheckIndex(path = ':memory:', options: { readonly readonly?: boolean } = {}): Promise<FactCheckIndex> {
  const readonly = options.readonly === true && path !== ':memory:';
  const db = await openDatabase(path, { readonly });
  try {
    await prepareStore(db, path, !readonly);
  } catch (error) {
    await db.destroy();
    // A damaged file can still open; its first reads (the schema, the format version) then fail.
    throw explainDamage(error, path);
  }
  return { path, db, frequencies: new Map(), size: null, profiles: new Map() };
}

/** Adds `factChecks` to the index, replacing any with the same id (so re-indexing is idempotent). */
export async function indexFactChecks(index: FactCheckIndex, factChecks: readonly FactCheck[]): Promise<void> {
  if (factChecks.length === 0) return;
  await upsertFactChecks(index.db, factChecks);
  index.frequencies.clear();
  index.profiles.clear();
  index.size = null;
}

/** How many fact-checks the index holds. */
export async function factCheckCount(index: FactCheckIndex): Promise<number> {
  index.size ??= await countFactChecks(index.db);
  return index.size;
}

/** The fact-checks with these ids (unknown ids are left out). */
export function lookUpFactChecks(index: FactCheckIndex, ids: readonly string[]): Promise<FactCheck[]> {
  return getFactChecks(index.db, ids);
}

/** Closes the index; a file index is flushed to disk. */
export async function closeFactCheckIndex(index: FactCheckIndex): Promise<void> {
  await index.db.destroy();
}

/** The `limit` best full-text hits for `terms`. */
export function searchIndex(index: FactCheckIndex, terms: readonly string[], limit: number, weights: FieldWeights): Promise<FullTextHit[]> {
  return searchFullText(index.db, terms, limit, weights);
}

/** The profiles of a hit's claim and title, read once per row while the collection is unchanged. */
export function candidateProfiles(index: FactCheckIndex, hit: Pick<FullTextHit, 'rowId' | 'claim' | 'title'>): CandidateProfiles {
  let profiles = index.profiles.get(hit.rowId);
  if (profiles === undefined) {
    const claim = profileText(hit.claim);
    // A fact-check's title restates its claim; where a collection gives none, the claim stands in
    // for it, so the re-ranker (trained on fact-checks that all have titles) does not read the
    // missing title as a mismatch: a word-for-word match without a title scored 0.39, under the
    // 0.5 floor of `analyze --claims`.
    profiles = { claim, title: hit.title === null || hit.title.trim() === '' ? claim : profileText(hit.title) };
    // As with the term frequencies: start over rather than grow without bound.
    if (index.profiles.size >= MAX_CACHED_PROFILES) index.profiles.clear();
    index.profiles.set(hit.rowId, profiles);
  }
  return profiles;
}

/** Inverse document frequency of `word` in the collection (BM25's form, always > 0). */
export async function inverseDocumentFrequency(index: FactCheckIndex, word: string): Promise<number> {
  let df = index.frequencies.get(word);
  if (df === undefined) {
    df = await documentFrequency(index.db, word);
    // A long stream of queries meets ever more words: start over rather than grow without bound.
    if (index.frequencies.size >= MAX_CACHED_TERMS) index.frequencies.clear();
    index.frequencies.set(word, df);
  }
  const n = await factCheckCount(index);
  return Math.log((n - df + 0.5) / (df + 0.5) + 1);
}
