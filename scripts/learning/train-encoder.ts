/**
 * `npm run train -- --encoder DIR [--measure]`: trains the encoder variants of check-worthiness
 * and fact/opinion on the shared data with DIR's embeddings and writes them to DIR/argscope/,
 * where `argscope analyze --encoder DIR` finds them.
 */
import { resolve } from 'node:path';
import { EncoderError } from '../../src/encoder/encoder-error.ts';
import { checkEncoderFolder } from '../../src/encoder/encoder-folder.ts';
import { loadEncoder } from '../../src/encoder/load-encoder.ts';
import { writeVariantModels } from '../../src/encoder/variant-models.ts';
import { hasData } from './data-dir.ts';

const USAGE = 'usage: npm run train -- --encoder DIR [--measure]';

/** Runs the command with `args` (after `npm run train --`); resolves to the exit code. */
export async function trainForEncoder(args: readonly string[]): Promise<number> {
  const at = args.indexOf('--encoder');
  const given = args[at + 1];
  if (at < 0 || given === undefined || given.startsWith('--')) {
    console.error(`train: --encoder needs a folder; ${USAGE}`);
    return 2;
  }
  // npm runs scripts from the package folder; a relative DIR means the caller's folder.
  const dir = resolve(process.env['INIT_CWD'] ?? process.cwd(), given);
  try {
    // The folder first: a typo should not wait for, or be hidden by, the data check.
    checkEncoderFolder(dir);
    // Loaded only now: the training code brings wink-nlp and the data readers with it.
    const [{ CLAIMBUSTER_FOLDER, CLAIMBUSTER_LICENCE, CLEF_FOLDER, CLEF_LICENCE, loadClaimBusterDebates, loadClefDebates }, { trainEncoderVariants }] = await Promise.all([
      import('../tasks/checkworthiness-data.ts'),
      import('../tasks/encoder-variants.ts'),
    ]);
    if (!hasData(CLEF_FOLDER, 'encoder variants') || !hasData(CLAIMBUSTER_FOLDER, 'encoder variants')) return 1;
    const started = performance.now();
    const encoder = await loadEncoder(dir);
    console.log(`encoder: ${dir}, ${encoder.dimension} dimensions, fingerprint ${encoder.fingerprint}`);
    const measure = args.includes('--measure');
    const files = await trainEncoderVariants(encoder, {
      clef: loadClefDebates(),
      claimBuster: loadClaimBusterDebates(),
      data: [CLAIMBUSTER_FOLDER, CLEF_FOLDER],
      licence: `${CLAIMBUSTER_LICENCE}; ${CLEF_LICENCE}`,
      measure,
      progress: (done, total) => {
        const seconds = (performance.now() - started) / 1000;
        console.log(`encoded ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} sentences (${seconds.toFixed(0)} s)`);
      },
    });
    for (const path of writeVariantModels(dir, files)) console.log(`wrote ${path}`);
    for (const file of Object.values(files)) {
      const scores = Object.entries(file.scores).map(([metric, value]) => `${metric} ${value.toFixed(3)}`);
      console.log(`${file.task}: ${scores.length > 0 ? scores.join('; ') : 'not measured (add --measure; compare with MODELS.md)'}`);
    }
    await encoder.dispose();
    console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (!(error instanceof EncoderError)) throw error;
    console.error(`train: ${error.message}`);
    return 2;
  }
}
