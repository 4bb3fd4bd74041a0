/**
 * Reading fact-check collections for the CLI: a file that cannot be read is one clear line (exit
 * 1), a bad record inside it is reported by file and line (or item) and skipped.
 */
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { FactCheckResult } from '../evidence/fact-checks/fact-check-record.ts';
import { describeProblem } from '../evidence/fact-checks/fact-check-record.ts';
import type { IdsAcrossFiles } from '../evidence/fact-checks/ids-across-files.ts';
import { readFactChecks } from '../evidence/fact-checks/read-fact-checks.ts';
import { checkReadable, refuseStandardInput } from './check-readable.ts';
import { CliError } from './cli-error.ts';
import { refuseBinary } from './refuse-binary.ts';

const SQLITE_HEADER = 'SQLite format 3\0';

/** Refuses a path that is missing or a directory (or "-"), before any work starts. */
export async function checkCollectionReadable(file: string): Promise<void> {
  refuseStandardInput(file, 'fact-check collections');
  await checkReadable(file, 'a file of fact-checks');
}

/** True when `file` is an SQLite database (an index), by its first bytes. */
export async function isSqliteFile(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return bytesRead === buffer.length && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    await handle.close();
  }
}

/**
 * Reads one collection file of a run, writing each bad record's problem to `stderr` as one line;
 * `ids` holds the ids of the run's earlier files, so one reusing them for other claims is reported.
 */
export async function readCollection(file: string, stderr: Writable, ids: IdsAcrossFiles): Promise<FactCheckResult> {
  await checkCollectionReadable(file);
  await refuseBinary(file, file);
  let result: FactCheckResult;
  try {
    result = await readFactChecks(file);
  } catch (error) {
    if (error instanceof TypeError) throw new CliError(`${file} is not valid UTF-8; convert it first, e.g. iconv -f windows-1252 -t utf-8 ${file} > fixed.txt`);
    throw error;
  }
  result = ids.keepFirst(result, file);
  for (const problem of result.problems) stderr.write(`argscope: ${describeProblem(problem)}${problem.kept === true ? '' : '; skipped'}\n`);
  return result;
}
