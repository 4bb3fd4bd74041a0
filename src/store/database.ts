/**
 * Opening the store: a Kysely instance over better-sqlite3, on a file or on ':memory:' (the
 * one-off index of a single run takes the same code path as a persistent one). better-sqlite3 is
 * a native module, so it is loaded only when a store is opened, never by `analyze()`.
 */
import { statSync } from 'node:fs';
import { Kysely, SqliteDialect } from 'kysely';
import type { StoreTables } from './tables.ts';
import { StoreError } from './store-error.ts';
import { damagedStoreError, isDamagedStore } from './damaged-store.ts';
import { refuseDamagedStore } from './check-before-write.ts';

/** How to open a store. */
export interface OpenStoreOptions {
  /** Open without write access (matching against an index file someone else built). */
  readonly readonly?: boolean;
}

/** The path as messages name it. */
export function storeName(path: string): string {
  return path === ':memory:' ? 'the in-memory index' : path;
}

function openError(path: string, error: unknown): StoreError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const reason = /directory does not exist/i.test(message)
    ? 'cannot open it: the folder does not exist'
    : code === 'SQLITE_CANTOPEN'
      ? 'cannot open it (check that the folder exists and is writable)'
      : /does not exist/i.test(message)
        ? 'no such file; check the path'
        : message;
  return new StoreError(`${storeName(path)}: ${reason}`);
}

/**
 * Opens (creating when allowed) the SQLite database at `path`; throws a {@link StoreError} when it
 * cannot be opened, is not an SQLite file, or (opened for writing) is damaged anywhere in it.
 */
export async function openDatabase(path: string, options: OpenStoreOptions = {}): Promise<Kysely<StoreTables>> {
  const { default: Database } = await import('better-sqlite3');
  let sqlite;
  try {
    sqlite = new Database(path, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
    // A file that is not SQLite opens fine and fails at its first read: read now, to say so here.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    sqlite?.close();
    if (path !== ':memory:' && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true) {
      throw new StoreError(`${path} is a directory; give the path of an index file, such as checks.db`);
    }
    if (isDamagedStore(error, path)) throw damagedStoreError(path);
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new StoreError(`${storeName(path)} is not an SQLite file, so not an argscope index; give the file argscope index --db wrote`);
    }
    throw openError(path, error);
  }
  if (!options.readonly && path !== ':memory:') {
    // Before anything is written (the journal mode below included): a damaged file must stay as
    // it was, so the user can still rebuild it or recover from it.
    try {
      refuseDamagedStore(sqlite, path);
    } catch (error) {
      sqlite.close();
      throw error;
    }
  }
  if (!options.readonly) {
    // WAL lets a reader match while an indexer writes; NORMAL sync is safe with WAL and much faster.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  return new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: sqlite }) });
}
