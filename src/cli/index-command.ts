/** `argscope index CLAIMS... --db FILE`: reads fact-check collections into a persistent index. */
import { realpath } from 'node:fs/promises';
import { IdsAcrossFiles } from '../evidence/fact-checks/ids-across-files.ts';
import type { FactCheck } from '../model/evidence-schema.ts';
import type { CliIo } from './analyze-command.ts';
import { CliError } from './cli-error.ts';
import { CountProgress } from './count-progress.ts';
import { explainDamagedIndex } from './damaged-index.ts';
import type { IndexOptions } from './evidence-options.ts';
import { openIndexOrExplain } from './open-index.ts';
import { checkCollectionReadable, readCollection } from './read-collections.ts';

/** Fact-checks written per transaction: big enough to be fast, small enough to show progress. */
const BATCH = 5000;

const plural = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** Refuses `--db` naming one of the inputs: the index would overwrite the collection. */
async function refuseInputAsDb(files: readonly string[], db: string): Promise<void> {
  const target = await realpath(db).catch(() => null);
  if (target === null) return;
  for (const file of files) {
    if ((await realpath(file).catch(() => null)) === target) throw new CliError(`--db ${db} is one of the input files; choose another file for the index`, 2);
  }
}

/** Runs `index`; returns the exit code (1 when problems were reported: records skipped or kept without a date, or a file with none). */
export async function runIndex(options: IndexOptions, io: CliIo): Promise<number> {
  for (const file of options.files) await checkCollectionReadable(file);
  await refuseInputAsDb(options.files, options.db);
  const { indexFactChecks, factCheckCount, closeFactCheckIndex } = await import('../evidence/matching/fact-check-index.ts');
  const index = await openIndexOrExplain(options.db, false);
  const progress = new CountProgress(io.stderr, options.progress, 'fact-checks indexed');
  let skipped = 0;
  let keptWithProblem = 0;
  let emptyFiles = 0;
  const ids = new IdsAcrossFiles();
  try {
    for (const file of options.files) {
      const { factChecks, problems } = await readCollection(file, io.stderr, ids);
      // A file with no record at all (empty, or a CSV header alone) is most likely the wrong file:
      // "indexed 0" with exit 0 would let a script carry on as if it had been indexed.
      if (factChecks.length === 0 && problems.length === 0) {
        io.stderr.write(`argscope: ${file} holds no fact-checks (an empty file, or a header with no rows); check that it is the collection you meant\n`);
        emptyFiles += 1;
      }
      const skippedHere = problems.filter((problem) => problem.kept !== true).length;
      skipped += skippedHere;
      keptWithProblem += problems.length - skippedHere;
      for (let start = 0; start < factChecks.length; start += BATCH) {
        const batch: FactCheck[] = factChecks.slice(start, start + BATCH);
        await indexFactChecks(index, batch);
        progress.add(batch.length);
      }
    }
    const size = await factCheckCount(index);
    const reported = [
      skipped > 0 ? `${plural(skipped, 'record')} skipped` : '',
      keptWithProblem > 0 ? `${plural(keptWithProblem, 'record')} kept without a date` : '',
      emptyFiles > 0 ? `${plural(emptyFiles, 'file')} with no fact-checks` : '',
    ].filter((part) => part !== '');
    const skippedText = reported.length > 0 ? `, ${reported.join(', ')} (see above)` : ', none skipped';
    io.stderr.write(
      `argscope: indexed ${plural(progress.total, 'fact-check')} from ${plural(options.files.length, 'file')}${skippedText} in ${progress.seconds().toFixed(1)} s; ${options.db} holds ${plural(size, 'fact-check')}\n`,
    );
  } catch (error) {
    throw explainDamagedIndex(error, index.path);
  } finally {
    await closeFactCheckIndex(index);
  }
  return skipped + keptWithProblem + emptyFiles > 0 ? 1 : 0;
}
