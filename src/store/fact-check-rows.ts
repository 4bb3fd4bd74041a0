/**
 * Reading and writing fact-checks in the store: upsert by id (indexing the same file twice
 * changes nothing), fetch, count. Portable Kysely only; full-text search is in fts-sqlite.ts.
 */
import type { Kysely } from 'kysely';
import type { FactCheck } from '../model/evidence-schema.ts';
import type { StoreTables } from './tables.ts';

/** Rows per INSERT: 8 columns x 500 stays far below SQLite's bound-parameter limit. */
const BATCH = 500;

/**
 * Inserts `factChecks`, replacing any with the same id, in one transaction. A later record with
 * the same id as an earlier one in the same call wins, as it would in separate calls.
 */
export async function upsertFactChecks(db: Kysely<StoreTables>, factChecks: readonly FactCheck[]): Promise<void> {
  const byId = new Map<string, FactCheck>();
  for (const f of factChecks) {
    byId.delete(f.id);
    byId.set(f.id, f);
  }
  const rows = [...byId.values()].map(({ id, claim, title, verdict, url, date, author }) => ({ id, claim, title, verdict, url, date, author }));
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      await trx
        .insertInto('fact_checks')
        .values(rows.slice(start, start + BATCH))
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) => ({
              claim: eb.ref('excluded.claim'),
              title: eb.ref('excluded.title'),
              verdict: eb.ref('excluded.verdict'),
              url: eb.ref('excluded.url'),
              date: eb.ref('excluded.date'),
              author: eb.ref('excluded.author'),
            }))
            // An unchanged record is left alone, so re-indexing a file does not rewrite the full-text index.
            .where((eb) =>
              eb.or(
                (['claim', 'title', 'verdict', 'url', 'date', 'author'] as const).map((column) =>
                  eb(`fact_checks.${column}`, 'is not', eb.ref(`excluded.${column}`)),
                ),
              ),
            ),
        )
        .execute();
    }
  });
}

/** The fact-checks with these ids, in no particular order; unknown ids are left out. */
export async function getFactChecks(db: Kysely<StoreTables>, ids: readonly string[]): Promise<FactCheck[]> {
  if (ids.length === 0) return [];
  const found: FactCheck[] = [];
  for (let start = 0; start < ids.length; start += BATCH) {
    found.push(...(await db.selectFrom('fact_checks').select(['id', 'claim', 'title', 'verdict', 'url', 'date', 'author']).where('id', 'in', ids.slice(start, start + BATCH)).execute()));
  }
  return found;
}

/** How many fact-checks the store holds. */
export async function countFactChecks(db: Kysely<StoreTables>): Promise<number> {
  const row = await db.selectFrom('fact_checks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
