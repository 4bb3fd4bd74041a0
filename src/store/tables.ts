/**
 * The store's tables as Kysely sees them. Only plain tables live here: the full-text index is
 * dialect-specific (see fts-sqlite.ts) and is reached through raw SQL in that one file.
 */
import type { Generated } from 'kysely';

/** Key-value facts about the store itself: its format version, what created it. */
export interface MetaTable {
  key: string;
  value: string;
}

/** One earlier fact-check; `row_id` is the full-text index's key, `id` the collection's. */
export interface FactChecksTable {
  row_id: Generated<number>;
  id: string;
  claim: string;
  title: string | null;
  verdict: string | null;
  url: string | null;
  date: string | null;
  author: string | null;
}

/** Every table of the store, for `Kysely<StoreTables>`. */
export interface StoreTables {
  argscope_meta: MetaTable;
  fact_checks: FactChecksTable;
}
