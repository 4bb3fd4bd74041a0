/**
 * Refusing a fact-check collection or fact base that is not text: a spreadsheet saved as .xlsx or
 * .ods, or text in UTF-16 (a spreadsheet's "Unicode text"). Read as UTF-8 they were "not valid
 * UTF-8" with iconv from windows-1252 for the fix, or a header of binary garbage: wrong advice.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError } from './cli-error.ts';
import { notTextKind } from './read-input.ts';

/** Enough of a file to tell: a zip's (xlsx, ods) headers hold NUL bytes from its first bytes on. */
const SNIFF_BYTES = 4096;

/** Throws a one-line CliError (exit 1) naming `name` when `file` starts like UTF-16 or holds NUL bytes near its start. */
export async function refuseBinary(file: string, name: string): Promise<void> {
  const handle = await open(file, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const kind = notTextKind(head);
  if (kind === 'utf-16') throw new CliError(`${name} is UTF-16 text; convert it to UTF-8 first, e.g. iconv -f utf-16 -t utf-8 ${file} > utf8-${basename(file)}`);
  if (kind === 'binary') throw new CliError(`${name} looks like a binary file (it contains NUL bytes); a spreadsheet (.xlsx, .ods) must be saved as CSV (UTF-8) first`);
}
