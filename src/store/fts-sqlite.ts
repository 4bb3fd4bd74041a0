/**
 * The full-text index, SQLite's way: an FTS5 table over the claim and title of `fact_checks`,
 * kept in step by triggers and ranked with FTS5's bm25(). Everything SQLite-specific about search
 * is in this file, so a PostgreSQL store (tsvector, ts_rank) replaces this file and nothing else.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { StoreTables } from './tables.ts';

/**
 * Porter stemming folds "shooting"/"shoot" and "migrants"/"migrant" together, and diacritics are
 * removed so "Mexico" and "México" meet; measured on CLEF 2020 task 2 dev, stemming adds ~2 points
 * of MAP@5 over plain unicode61.
 */
const TOKENIZER = 'porter unicode61 remove_diacritics 2';

/** Creates the FTS5 table and the triggers that mirror `fact_checks` into it (idempotent). */
export async function createFullTextIndex(db: Kysely<StoreTables>): Promise<void> {
  await sql
    .raw(
      `CREATE VIRTUAL TABLE IF NOT EXISTS fact_checks_fts USING fts5(claim, title, content='fact_checks', content_rowid='row_id', tokenize='${TOKENIZER}')`,
    )
    .execute(db);
  // External-content FTS5 needs the old values to delete a row, hence the 'delete' command form.
  await sql
    .raw(
      `CREATE TRIGGER IF NOT EXISTS fact_checks_fts_insert AFTER INSERT ON fact_checks BEGIN
         INSERT INTO fact_checks_fts(rowid, claim, title) VALUES (new.row_id, new.claim, new.title);
       END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER IF NOT EXISTS fact_checks_fts_delete AFTER DELETE ON fact_checks BEGIN
         INSERT INTO fact_checks_fts(fact_checks_fts, rowid, claim, title) VALUES ('delete', old.row_id, old.claim, old.title);
       END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER IF NOT EXISTS fact_checks_fts_update AFTER UPDATE ON fact_checks BEGIN
         INSERT INTO fact_checks_fts(fact_checks_fts, rowid, claim, title) VALUES ('delete', old.row_id, old.claim, old.title);
         INSERT INTO fact_checks_fts(rowid, claim, title) VALUES (new.row_id, new.claim, new.title);
       END`,
    )
    .execute(db);
}

/**
 * An FTS5 OR-query of `terms`, each a quoted string: inside quotes FTS5 reads no operators
 * (AND, NOT, NEAR, *, ^, column filters), so no user text can change the query's meaning or make
 * it a syntax error.
 */
export function orQuery(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
}

/** One full-text hit: the fact-check row with its BM25 scores (higher is better). */
export interface FullTextHit {
  readonly rowId: number;
  readonly id: string;
  readonly claim: string;
  readonly title: string | null;
  readonly verdict: string | null;
  readonly url: string | null;
  /** BM25 over claim and title with the given column weights. */
  readonly score: number;
}

/** Column weights of the combined BM25 score. */
export interface FieldWeights {
  readonly claim: number;
  readonly title: number;
}

interface HitRow {
  row_id: number;
  id: string;
  claim: string;
  title: string | null;
  verdict: string | null;
  url: string | null;
  score: number;
}

/** The `limit` best fact-checks for any of `terms` by BM25, best first; none for no terms. */
export async function searchFullText(db: Kysely<StoreTables>, terms: readonly string[], limit: number, weights: FieldWeights): Promise<FullTextHit[]> {
  if (terms.length === 0 || limit <= 0) return [];
  const match = orQuery(terms);
  // bm25() is lower-is-better; negated here so every score in argscope is higher-is-better.
  // Only the combined score: a second bm25() per column made every search three times slower
  // (it runs for every row the OR-query touches) and did not improve the re-ranked order.
  const ranked = await sql<HitRow>`
    SELECT f.row_id, f.id, f.claim, f.title, f.verdict, f.url, -bm25(fact_checks_fts, ${weights.claim}, ${weights.title}) AS score
    FROM fact_checks_fts JOIN fact_checks f ON f.row_id = fact_checks_fts.rowid
    WHERE fact_checks_fts MATCH ${match}
    ORDER BY score DESC, f.row_id
    LIMIT ${limit}`.execute(db);
  return ranked.rows.map((r) => ({
    rowId: r.row_id,
    id: r.id,
    claim: r.claim,
    title: r.title,
    verdict: r.verdict,
    url: r.url,
    score: r.score,
  }));
}

/** How many fact-checks contain `term` (after the index's own stemming), for IDF weights. */
export async function documentFrequency(db: Kysely<StoreTables>, term: string): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*) AS n FROM fact_checks_fts WHERE fact_checks_fts MATCH ${orQuery([term])}`.execute(db);
  return result.rows[0]?.n ?? 0;
}
