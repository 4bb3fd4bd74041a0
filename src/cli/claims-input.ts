/**
 * `--claims` for `analyze` and `match`: one index file made by `argscope index`, or collection files
 * (ClaimReview, JSONL, CSV) indexed in memory for this run, bad records reported and skipped.
 */
import type { Writable } from 'node:stream';
import type { FactCheckIndex } from '../evidence/matching/fact-check-index.ts';
import { IdsAcrossFiles } from '../evidence/fact-checks/ids-across-files.ts';
import { CliError } from './cli-error.ts';
import { openIndexOrExplain } from './open-index.ts';
import { checkCollectionReadable, isSqliteFile, readCollection } from './read-collections.ts';

/** A file name an index is given (checks.db, checks.sqlite), never a collection's. */
const INDEX_NAME = /\.(db|db3|sqlite|sqlite3)$/iu;

/**
 * The index to match against, and how many problems building it reported (records skipped, or kept
 * without a bad date): any of them makes the exit code 1, so scripts notice.
 */
export async function loadClaims(files: readonly string[], stderr: Writable): Promise<{ index: FactCheckIndex; reported: number }> {
  for (const file of files) await checkCollectionReadable(file);
  const indexes = [];
  for (const file of files) {
    if (await isSqliteFile(file)) indexes.push(file);
    // An index whose first bytes were overwritten is no longer SQLite to look at, and read as a
    // collection it was "not valid UTF-8", with iconv for the fix: its name says what was meant.
    else if (INDEX_NAME.test(file)) {
      throw new CliError(`--claims ${file} is not an SQLite file, so not an argscope index (one damaged at its start, or another kind of file); give the file argscope index --db wrote, or collection files (JSONL, CSV, ClaimReview)`);
    }
  }
  if (indexes.length > 0) {
    if (files.length > 1) throw new CliError(`--claims ${indexes[0]} is an index file: give it alone, or index all the collections into it first with argscope index`, 2);
    return { index: await openIndexOrExplain(indexes[0] as string, true), reported: 0 };
  }
  const { closeFactCheckIndex, factCheckCount, indexFactChecks } = await import('../evidence/matching/fact-check-index.ts');
  const index = await openIndexOrExplain(':memory:', false);
  try {
    let skipped = 0;
    let reported = 0;
    const ids = new IdsAcrossFiles();
    for (const file of files) {
      const { factChecks, problems } = await readCollection(file, stderr, ids);
      skipped += problems.filter((problem) => problem.kept !== true).length;
      reported += problems.length;
      await indexFactChecks(index, factChecks);
    }
    if ((await factCheckCount(index)) === 0) {
      throw new CliError(`--claims ${files.join(', ')} holds no usable fact-checks${skipped > 0 ? ` (${skipped} record(s) skipped, see above)` : ''}; see the README for the formats`);
    }
    return { index, reported };
  } catch (error) {
    await closeFactCheckIndex(index);
    throw error;
  }
}
