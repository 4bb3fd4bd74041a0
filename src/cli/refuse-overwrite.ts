/**
 * Refusing `--out` when it names one of the run's input files: the output is opened before the
 * inputs are all read, and opening a file for writing empties it, so a typo would erase the input.
 */
import { stat } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

/** Throws (exit 2) when `out` is the same file as any of `inputs` (by device and inode; `-` is standard input). */
export async function refuseOverwrite(out: string | null, inputs: readonly (string | null)[]): Promise<void> {
  if (out === null) return;
  const output = await stat(out).catch(() => null);
  if (output === null) return;
  for (const file of inputs) {
    if (file === null || file === '-') continue;
    const input = await stat(file).catch(() => null);
    if (input !== null && input.dev === output.dev && input.ino === output.ino) {
      throw new CliError(`--out ${out} is an input file (${file}); writing it would erase it: choose another file`, 2);
    }
  }
}
