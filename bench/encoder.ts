/**
 * `npm run bench:encoder [-- DIR | --minilm-like]`: how long a sentence encoder takes to load and how many
 * sentences a second it encodes at several batch sizes, on ClaimBuster sentences from the shared
 * data, then units a second of analyzeUnitsWithEncoder against analyzeUnits. Without DIR it
 * measures a tiny generated encoder (16 dimensions, no attention): the fixed costs of the code
 * path, not of a real model; `--minilm-like` generates random weights of all-MiniLM-L6-v2's size
 * (bench/minilm-like-encoder.ts) for the speed of a real model when none is at hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeUnits } from '../src/analyze.ts';
import { analyzeUnitsWithEncoder } from '../src/encoder/analyze-with-encoder.ts';
import { loadEncoder } from '../src/encoder/load-encoder.ts';
import { loadVariantModels } from '../src/encoder/variant-models.ts';
import { hasData } from '../scripts/learning/data-dir.ts';
import { CLAIMBUSTER_FOLDER, loadClaimBusterDebates } from '../scripts/tasks/checkworthiness-data.ts';
import { makeTinyEncoder } from '../test/encoder/tiny-encoder.ts';
import { commonWords, writeMiniLmLikeEncoder } from './minilm-like-encoder.ts';
import { trainTinyVariants } from '../test/encoder/trained-encoder.ts';

const SENTENCES = 2000;
const argument = process.argv[2];
// The sentences to encode come from the shared data; without it, skip as the other benches do.
if (!hasData(CLAIMBUSTER_FOLDER, 'bench:encoder')) process.exit(0);
const debates = loadClaimBusterDebates();
const sentences = debates.flatMap((d) => d.sentences).slice(0, SENTENCES);
const texts = sentences.map((s) => s.text);
/** A folder the user gave, or one generated here (and removed at the end). */
const given = argument === undefined || argument === '--minilm-like' ? undefined : argument;
const dir =
  given !== undefined
    ? resolve(process.env['INIT_CWD'] ?? process.cwd(), given)
    : argument === '--minilm-like'
      ? writeMiniLmLikeEncoder(mkdtempSync(join(tmpdir(), 'argscope-minilm-like-')), commonWords(debates.flatMap((d) => d.sentences.map((s) => s.text)), 20_000))
      : makeTinyEncoder({ dimension: 16 });

let started = performance.now();
const encoder = await loadEncoder(dir);
console.log(`encoder ${argument ?? '(tiny, generated)'}: ${encoder.dimension} dimensions, loaded in ${((performance.now() - started) / 1000).toFixed(2)} s`);

for (const batchSize of [1, 8, 32, 64]) {
  const batched = await loadEncoder(dir, { batchSize });
  await batched.encode(texts.slice(0, 64)); // warm-up
  started = performance.now();
  await batched.encode(texts);
  const seconds = (performance.now() - started) / 1000;
  console.log(`batch ${String(batchSize).padStart(2)}: ${(texts.length / seconds).toFixed(0)} sentences/s (${texts.length} ClaimBuster sentences in ${seconds.toFixed(2)} s)`);
  await batched.dispose();
}

if (given === undefined) await trainTinyVariants(encoder);
const trained = await loadVariantModels(encoder).then(
  () => true,
  (error: unknown) => {
    console.log(`no encoder-variant models (${error instanceof Error ? error.message : String(error)}); skipping the analysis comparison`);
    return false;
  },
);
if (trained) {
  const units = sentences.map((s) => ({ text: s.text, speaker: s.speaker }));
  analyzeUnits(units.slice(0, 50)); // warm-up: loads wink and the models
  started = performance.now();
  analyzeUnits(units);
  const plain = (performance.now() - started) / 1000;
  started = performance.now();
  await analyzeUnitsWithEncoder(units, { encoder });
  const withEncoder = (performance.now() - started) / 1000;
  console.log(`analyzeUnits: ${(units.length / plain).toFixed(0)} units/s; analyzeUnitsWithEncoder: ${(units.length / withEncoder).toFixed(0)} units/s`);
}
await encoder.dispose();
if (given === undefined) rmSync(dir, { recursive: true, force: true });
