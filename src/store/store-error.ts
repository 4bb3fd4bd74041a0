/**
 * A store that cannot be used as asked: a file that is not an argscope index, one written by an
 * incompatible version, a path that cannot be opened. The message names the file and the fix, so
 * an edge (the CLI, the server) can show it as one line.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}
