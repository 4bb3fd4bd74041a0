/**
 * The store's schema and its version. A store records the format it was written in; a file from
 * an incompatible version, or an SQLite file argscope did not make, is refused with a message
 * that says what to do, instead of failing later on a missing column.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { createFullTextIndex } from './fts-sqlite.ts';
import { StoreError } from './store-error.ts';
import type { StoreTables } from './tables.ts';
import { storeName } from './database.ts';

/** The store format this code reads and writes; bump it when a table changes incompatibly. */
export const STORE_VERSION = '1';

const KIND = 'argscope-store';

async function tableNames(db: Kysely<StoreTables>): Promise<string[]> {
  const result = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db);
  return result.rows.map((r) => r.name);
}

async function meta(db: Kysely<StoreTables>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('argscope_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Refuses a database that is not an argscope store of this version. */
async function checkVersion(db: Kysely<StoreTables>, path: string): Promise<void> {
  const rebuild = 'rebuild it with argscope index FILES... --db NEW_FILE';
  if ((await meta(db, 'kind')) !== KIND) throw new StoreError(`${storeName(path)} is an SQLite file but not an argscope index; give the file argscope index --db wrote`);
  const version = await meta(db, 'version');
  if (version !== STORE_VERSION) {
    throw new StoreError(`${storeName(path)} is an argscope index of format ${version ?? 'unknown'}, but this argscope reads format ${STORE_VERSION}; ${rebuild}`);
  }
}

/**
 * Creates the tables in an empty database, or checks an existing one. `writable: false` only
 * checks (a read-only index must already be complete).
 */
export async function prepareStore(db: Kysely<StoreTables>, path: string, writable: boolean): Promise<void> {
  const tables = await tableNames(db);
  if (tables.length > 0 || !writable) {
    if (!tables.includes('argscope_meta')) {
      throw new StoreError(
        tables.length === 0 ? `${storeName(path)} is empty; build it first with argscope index FILES... --db ${path}` : `${storeName(path)} is an SQLite file but not an argscope index; give the file argscope index --db wrote`,
      );
    }
    await checkVersion(db, path);
    return;
  }
  await db.transaction().execute(async (trx) => {
    await trx.schema.createTable('argscope_meta').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
    await trx.schema
      .createTable('fact_checks')
      .addColumn('row_id', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('claim', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('verdict', 'text')
      .addColumn('url', 'text')
      .addColumn('date', 'text')
      .addColumn('author', 'text')
      .execute();
    await createFullTextIndex(trx);
    await trx
      .insertInto('argscope_meta')
      .values([
        { key: 'kind', value: KIND },
        { key: 'version', value: STORE_VERSION },
      ])
      .execute();
  });
}
