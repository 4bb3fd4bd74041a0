/** Refusing an input path before any work starts: missing, unreadable, or a directory. */
import { stat } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

const PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EDQUOT: 'the disk quota is used up',
};

/** The reason a file-system error gives, as a user reads it (the code itself when it is a rare one). */
export function fileProblem(error: NodeJS.ErrnoException): string {
  return PROBLEMS[error.code ?? ''] ?? error.code ?? error.message;
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

/**
 * Refuses "-" where a command reads a named file only (a fact base, fact-check collections): they
 * are read more than once, or beside a text that standard input already carries, and "cannot read
 * -: no such file" would not say why.
 */
export function refuseStandardInput(file: string, what: string): void {
  if (file === '-') throw new CliError(`${what} are read from files, not standard input (-); save them to a file and name it`);
}
