/**
 * A damaged index found while matching or indexing, not on opening: SQLite reads pages as it
 * needs them, so damage in the middle of the file surfaced as an "internal error: database disk
 * image is malformed" (exit 70) from the middle of a run. This turns it into the store's one line.
 * (`index` meets damage on opening: the store checks a file before writing into it.)
 */
import { isDamagedStore, damagedStoreError } from '../store/damaged-store.ts';
import { CliError } from './cli-error.ts';

/** `error` as one line naming the damaged index at `path` and how to rebuild it; other errors unchanged. */
export function explainDamagedIndex(error: unknown, path: string): unknown {
  return isDamagedStore(error, path) ? new CliError(damagedStoreError(path).message) : error;
}
