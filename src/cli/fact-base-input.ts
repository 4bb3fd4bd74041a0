/**
 * `analyze --facts FILE`: reads the fact base for the analysis. A file that cannot be read is one
 * line and exit 1; a bad line inside it is reported by file and line and skipped, the rest is used.
 */
import type { Writable } from 'node:stream';
import type { Fact } from '../model/evidence-schema.ts';
import { checkReadable, fileProblem, refuseStandardInput } from './check-readable.ts';
import { CliError } from './cli-error.ts';
import { refuseBinary } from './refuse-binary.ts';

/** The facts of `file`, and how many of its lines were skipped (each reported on `stderr`). */
export async function loadFactBase(file: string, stderr: Writable): Promise<{ facts: Fact[]; skipped: number }> {
  refuseStandardInput(file, 'fact bases (--facts)');
  await checkReadable(file, 'a fact base file (JSONL or CSV, see docs/fact-base.md)', `--facts ${file}`);
  await refuseBinary(file, `--facts ${file}`);
  const { readFactBase } = await import('../evidence/fact-base/read-fact-base.ts');
  let result;
  try {
    result = readFactBase(file);
  } catch (error) {
    if (error instanceof TypeError) throw new CliError(`--facts ${file} is not valid UTF-8; convert it first, e.g. iconv -f windows-1252 -t utf-8 ${file} > facts.utf8.jsonl`);
    if ((error as NodeJS.ErrnoException).code !== undefined) throw new CliError(`cannot read --facts ${file}: ${fileProblem(error as NodeJS.ErrnoException)}; check the path`);
    throw error;
  }
  const { facts, problems } = result;
  for (const problem of problems) stderr.write(`argscope: ${problem.file} line ${problem.line}: ${problem.message}\n`);
  if (facts.length === 0) {
    throw new CliError(`--facts ${file} has no usable facts${problems.length > 0 ? ` (${problems.length} line(s) skipped, see above)` : ''}; see docs/fact-base.md for the format`);
  }
  return { facts, skipped: problems.length };
}
