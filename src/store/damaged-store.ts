/**
 * A store file that is damaged: truncated, or bytes overwritten in it. SQLite says "database disk
 * image is malformed" (SQLITE_CORRUPT), or, when the header's first bytes survive but its fields
 * do not, "file is not a database" (SQLITE_NOTADB); argscope passed these on bare, or called the
 * file "not an argscope index". The user's next step is to rebuild it, so the message says that.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StoreError } from './store-error.ts';

const SQLITE_HEADER = 'SQLite format 3\0';

const sqliteCode = (error: unknown): string => String((error as { code?: unknown } | null)?.code ?? '');

/** True when `error` is SQLite finding the file's pages damaged (also SQLITE_CORRUPT_VTAB and the other extended codes). */
export function isCorruptionError(error: unknown): boolean {
  return sqliteCode(error).startsWith('SQLITE_CORRUPT');
}

/** True when `path` starts as an SQLite file does: SQLITE_NOTADB then means a damaged header, not another kind of file. */
export function hasSqliteHeader(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, buffer, 0, buffer.length, 0) === buffer.length && buffer.toString('latin1') === SQLITE_HEADER;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** True when `error`, met using the store at `path`, means the file is damaged. */
export function isDamagedStore(error: unknown, path: string): boolean {
  return isCorruptionError(error) || (sqliteCode(error) === 'SQLITE_NOTADB' && path !== ':memory:' && hasSqliteHeader(path));
}

/** The one line for a damaged store: what is wrong and how to get a good index again. */
export function damagedStoreError(path: string): StoreError {
  return new StoreError(`${path} is damaged (truncated or overwritten: SQLite cannot read it); delete it and rebuild it with argscope index FILES... --db ${path}`);
}

/** `error` as a {@link damagedStoreError} when it means the store at `path` is damaged; otherwise `error` unchanged. */
export function explainDamage(error: unknown, path: string): unknown {
  return isDamagedStore(error, path) ? damagedStoreError(path) : error;
}
