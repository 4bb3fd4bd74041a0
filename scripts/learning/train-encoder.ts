/**
 * `npm run train -- --encoder DIR [--measure] [TASK...]`: trains the encoder variants of
 * check-worthiness and fact/opinion (task `checkworthiness`) and of the claim re-ranker (task
 * `claim-matching`) on the shared data with DIR's embeddings and writes them to DIR/argscope/,
 * where `argscope analyze --encoder DIR` and `argscope match --encoder DIR` find them. Without a
 * TASK it trains both.
 */
import { resolve } from 'node:path';
import { EncoderError } from '../../src/encoder/encoder-error.ts';
import { checkEncoderFolder } from '../../src/encoder/encoder-folder.ts';
import type { SentenceEncoder } from '../../src/encoder/load-encoder.ts';
import { loadEncoder } from '../../src/encoder/load-encoder.ts';
import type { EncoderModelFile, VariantTask } from '../../src/encoder/variant-models.ts';
import { writeVariantModels } from '../../src/encoder/variant-models.ts';
import { hasData } from './data-dir.ts';

const USAGE = 'usage: npm run train -- --encoder DIR [--measure] [checkworthiness] [claim-matching]';

/** The tasks that can be named, and the variant files each trains. */
const TASK_NAMES = ['checkworthiness', 'claim-matching'] as const;
type TaskName = (typeof TASK_NAMES)[number];

type VariantFiles = Partial<Record<VariantTask, EncoderModelFile>>;
type Progress = (done: number, total: number, what: string) => void;

/** Check-worthiness and fact/opinion on ClaimBuster and CheckThat!; null when their data is missing. */
async function trainUnitVariants(encoder: SentenceEncoder, measure: boolean, progress: Progress): Promise<VariantFiles | null> {
  // Loaded only now: the training code brings wink-nlp and the data readers with it.
  const [{ CLAIMBUSTER_FOLDER, CLAIMBUSTER_LICENCE, CLEF_FOLDER, CLEF_LICENCE, loadClaimBusterDebates, loadClefDebates }, { trainEncoderVariants }] = await Promise.all([
    import('../tasks/checkworthiness-data.ts'),
    import('../tasks/encoder-variants.ts'),
  ]);
  if (!hasData(CLEF_FOLDER, 'encoder variants') || !hasData(CLAIMBUSTER_FOLDER, 'encoder variants')) return null;
  return await trainEncoderVariants(encoder, {
    clef: loadClefDebates(),
    claimBuster: loadClaimBusterDebates(),
    data: [CLAIMBUSTER_FOLDER, CLEF_FOLDER],
    licence: `${CLAIMBUSTER_LICENCE}; ${CLEF_LICENCE}`,
    measure,
    progress: (done, total) => progress(done, total, 'sentences'),
  });
}

/** The claim re-ranker on CLEF 2020 task 2 (train split; dev too with `measure`); null when its data is missing. */
async function trainClaimVariant(encoder: SentenceEncoder, measure: boolean, progress: Progress): Promise<VariantFiles | null> {
  const [data, { clefIndex }, { trainClaimMatchVariant }, { closeFactCheckIndex }] = await Promise.all([
    import('../tasks/claim-matching-data.ts'),
    import('../tasks/claim-matching.ts'),
    import('../tasks/claim-matching-encoder.ts'),
    import('../../src/evidence/matching/fact-check-index.ts'),
  ]);
  if (!hasData(data.CLAIM_RETRIEVAL_FOLDER, 'claim-matching encoder variant')) return null;
  const { index } = await clefIndex();
  try {
    const { file, scores } = await trainClaimMatchVariant(encoder, {
      index,
      train: data.loadClaimQueries('train'),
      dev: measure ? data.loadClaimQueries('dev') : null,
      data: [data.CLAIM_RETRIEVAL_FOLDER],
      licence: data.CLAIM_RETRIEVAL_LICENCE,
      progress: (done, total) => progress(done, total, 'queries with their candidates'),
    });
    if (scores !== null) {
      console.log(
        `claim-match: CLEF 2020 task 2 dev MAP@5 with the encoder ${scores.withEncoder.toFixed(3)}, without it ${scores.withoutEncoder.toFixed(3)} ` +
          `(the shipped recipe on the same candidates), BM25 alone ${scores.bm25.toFixed(3)}`,
      );
    }
    return { 'claim-match': file };
  } finally {
    await closeFactCheckIndex(index);
  }
}

/** The tasks named in `args` (every task when none is), or the name that is not a task. */
function tasksOf(args: readonly string[], dirAt: number): TaskName[] | string {
  const named = args.filter((arg, i) => i !== dirAt && !arg.startsWith('--'));
  const unknown = named.find((name) => !(TASK_NAMES as readonly string[]).includes(name));
  if (unknown !== undefined) return unknown;
  return named.length === 0 ? [...TASK_NAMES] : (named as TaskName[]);
}

/** Runs the command with `args` (after `npm run train --`); resolves to the exit code. */
export async function trainForEncoder(args: readonly string[]): Promise<number> {
  const at = args.indexOf('--encoder');
  const given = args[at + 1];
  if (at < 0 || given === undefined || given.startsWith('--')) {
    console.error(`train: --encoder needs a folder; ${USAGE}`);
    return 2;
  }
  const tasks = tasksOf(args, at + 1);
  if (typeof tasks === 'string') {
    console.error(`train: no encoder variant for "${tasks}"; the tasks are ${TASK_NAMES.join(' and ')}; ${USAGE}`);
    return 2;
  }
  // npm runs scripts from the package folder; a relative DIR means the caller's folder.
  const dir = resolve(process.env['INIT_CWD'] ?? process.cwd(), given);
  try {
    // The folder first: a typo should not wait for, or be hidden by, the data check.
    checkEncoderFolder(dir);
    const started = performance.now();
    const measure = args.includes('--measure');
    const progress: Progress = (done, total, what) => {
      const seconds = (performance.now() - started) / 1000;
      console.log(`encoded ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what} (${seconds.toFixed(0)} s)`);
    };
    const encoder = await loadEncoder(dir);
    try {
      console.log(`encoder: ${dir}, ${encoder.dimension} dimensions, fingerprint ${encoder.fingerprint}`);
      const files: VariantFiles = {};
      for (const task of tasks) {
        const trained = task === 'checkworthiness' ? await trainUnitVariants(encoder, measure, progress) : await trainClaimVariant(encoder, measure, progress);
        if (trained === null) return 1;
        Object.assign(files, trained);
      }
      for (const path of writeVariantModels(dir, files)) console.log(`wrote ${path}`);
      for (const file of Object.values(files)) {
        const scores = Object.entries(file.scores).map(([metric, value]) => `${metric} ${value.toFixed(3)}`);
        console.log(`${file.task}: ${scores.length > 0 ? scores.join('; ') : 'not measured (add --measure; compare with MODELS.md)'}`);
      }
    } finally {
      await encoder.dispose();
    }
    console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (!(error instanceof EncoderError)) throw error;
    console.error(`train: ${error.message}`);
    return 2;
  }
}
