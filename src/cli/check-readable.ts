/** Refusing an input path before any work starts: missing, unreadable, or a directory. */
import { stat } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

/** The reason a file-system error gives, as a user reads it. */
export function fileProblem(error: NodeJS.ErrnoException): string {
  return error.code === 'ENOENT' ? 'no such file' : error.code === 'EACCES' ? 'permission denied' : (error.code ?? error.message);
}

/**
 * Throws a one-line CliError (exit 1) when `file` cannot be read or is a directory. `name` is how
 * the messages call the file ("--facts facts.jsonl"), `expected` what to give instead of a folder.
 */
export async function checkReadable(file: string, expected: string, name = file): Promise<void> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${name}: ${fileProblem(error)}; check the path`);
  });
  if (info.isDirectory()) throw new CliError(`${name} is a directory; give ${expected}`);
}
