/**
 * Throughput benchmark: `analyze()` with default options against wink-nlp's own `readDoc` over the
 * same fixed corpus, in one process. Prints figures; asserts nothing.
 *
 *   npm run bench [-- --limit N] [-- --profile-passes]
 *
 * The issue target is `analyze()` at no less than a third of wink's throughput, since wink's
 * tokenizer is the floor every analysis pays. MB are bytes / 1e6 of UTF-8.
 */
import { cpus } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import type { BenchDocument } from './corpus.ts';
import { benchCorpusOrSkip, utf8Bytes } from './corpus.ts';

const TARGET_RATIO = 1 / 3;
const WARM_UP_DOCS = 20;

interface Flags {
  readonly limit: number | null;
  readonly profilePasses: boolean;
}

function parseFlags(argv: readonly string[]): Flags {
  let limit: number | null = null;
  let profilePasses = false;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--profile-passes') profilePasses = true;
    else if (flag === '--limit' || flag?.startsWith('--limit=') === true) {
      const value = flag === '--limit' ? argv[(i += 1)] : flag.slice('--limit='.length);
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 1) usage(`--limit needs a positive whole number of documents, got "${value ?? ''}"`);
      limit = parsed;
    } else usage(`unknown flag "${flag ?? ''}"`);
  }
  return { limit, profilePasses };
}

function usage(problem: string): never {
  console.error(`bench: ${problem}; usage: npm run bench -- [--limit N] [--profile-passes]`);
  process.exit(2);
}

/** Peak resident set size, sampled after every document (a timer would not fire inside the loops). */
let peakRss = process.memoryUsage.rss();
function sampleRss(): void {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(2);
const fixed = (value: number, digits: number): string => value.toFixed(digits);

interface Run {
  readonly seconds: number;
  readonly perDocMs: readonly number[];
  readonly units: number;
}

/**
 * Runs `analyzeWork` and `baselineWork` over every document, timing each call. The two alternate per
 * document (and swap order every other document) so that load from other processes on a shared
 * machine falls on both alike and the ratio stays meaningful. Each returns a unit count.
 */
function measurePair(
  documents: readonly BenchDocument[],
  analyzeWork: (text: string) => number,
  baselineWork: (text: string) => number,
): [Run, Run] {
  const times: [number[], number[]] = [[], []];
  const units = [0, 0];
  const works = [analyzeWork, baselineWork];
  documents.forEach((document, index) => {
    const order = index % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const work = works[which] as (text: string) => number;
      const start = performance.now();
      units[which] = (units[which] ?? 0) + work(document.text);
      times[which]?.push(performance.now() - start);
      sampleRss();
    }
  });
  const run = (which: 0 | 1): Run => ({
    seconds: times[which].reduce((a, b) => a + b, 0) / 1000,
    perDocMs: [...times[which]].sort((a, b) => a - b),
    units: units[which] ?? 0,
  });
  return [run(0), run(1)];
}

function describe(label: string, run: Run, bytes: number, docs: number): void {
  const p50 = fixed(percentile(run.perDocMs, 50), 2);
  const p95 = fixed(percentile(run.perDocMs, 95), 2);
  console.log(`${label}: ${fixed(run.seconds, 2)} s, ${fixed(bytes / 1e6 / run.seconds, 3)} MB/s, ${fixed(docs / run.seconds, 1)} docs/s`);
  console.log(`  ms per doc: p50 ${p50}, p95 ${p95}, max ${fixed(run.perDocMs.at(-1) ?? NaN, 2)}`);
}

const flags = parseFlags(process.argv.slice(2));
let clock = performance.now();
const { dataDir, sources, documents: all } = benchCorpusOrSkip('bench');
const documents = flags.limit === null ? all : all.slice(0, flags.limit);
const bytes = documents.reduce((sum, document) => sum + utf8Bytes(document.text), 0);
const corpusMs = performance.now() - clock;
console.log(`argscope throughput: node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'}`);
console.log(`corpus: ${documents.length} docs, ${mb(bytes)} MB from ${dataDir} (built in ${fixed(corpusMs, 0)} ms)`);
for (const source of sources) {
  const chosen = documents.filter((document) => document.source === source.source);
  if (source.documents.length === 0) console.log(`  ${source.source.padEnd(12)} not found under ${dataDir}; left out`);
  if (chosen.length === 0) continue;
  const sizes = chosen.map((document) => utf8Bytes(document.text)).sort((a, b) => a - b);
  const sum = sizes.reduce((a, b) => a + b, 0);
  console.log(
    `  ${source.source.padEnd(12)} ${String(chosen.length).padStart(5)} docs ${mb(sum).padStart(6)} MB` +
      `  (${sizes[0] ?? 0}-${sizes.at(-1) ?? 0} B, median ${percentile(sizes, 50)} B)  ${source.description}`,
  );
}

// Cold start: importing analyze() builds wink's model and the gazetteer at module load, so time the
// import and the first call apart; the same document timed again warm shows what was one-off.
clock = performance.now();
const { analyze } = await import('../src/analyze.ts');
const importMs = performance.now() - clock;
const first = documents[0] as BenchDocument;
clock = performance.now();
analyze(first.text);
const firstCallMs = performance.now() - clock;
sampleRss();
console.log(`import analyze (wink model, gazetteer): ${fixed(importMs, 0)} ms`);
console.log(`first call (includes lazy loading): ${fixed(firstCallMs, 1)} ms on ${first.name} (${utf8Bytes(first.text)} B)`);

clock = performance.now();
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model);
console.log(`wink-nlp second instance (for readDoc): ${fixed(performance.now() - clock, 0)} ms`);

const winkRead = (text: string): number => nlp.readDoc(text).tokens().out().length;
const analyzeOne = (text: string): number => analyze(text).units.length;

const warmUp = documents.slice(0, WARM_UP_DOCS);
for (const document of warmUp) {
  analyzeOne(document.text);
  winkRead(document.text);
}
clock = performance.now();
analyze(first.text);
console.log(`same doc after warm-up (${warmUp.length} docs): ${fixed(performance.now() - clock, 1)} ms`);
console.log('');

// Garbage collection during the timed runs, both sides together: the two share one heap, so a
// collection of one side's garbage may fall in the other's timing; their sum is what can be known.
let gcMs = 0;
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});
gcObserver.observe({ entryTypes: ['gc'] });
const [full, wink] = measurePair(documents, analyzeOne, winkRead);
const heapAfter = process.memoryUsage().heapUsed;
// The entries are delivered only after the synchronous runs, a few turns of the event loop later
// (one setImmediate turn was not enough); a tenth of a second lets them all arrive.
await new Promise((resolve) => setTimeout(resolve, 100));
gcObserver.disconnect();
describe('analyze (default)', full, bytes, documents.length);
console.log(`  units: ${full.units}, ${fixed(full.units / full.seconds, 0)} units/s`);
describe('wink readDoc + tokens().out()', wink, bytes, documents.length);
// Same bytes on both sides, so the throughput ratio is the inverse ratio of the times.
const ratio = wink.seconds / full.seconds;
console.log(`ratio analyze/wink: ${fixed(ratio, 4)} (target: 1/3)`);
console.log(`target (>= 0.33 of wink): ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}`);
console.log(`garbage collection during the timed runs: ${fixed(gcMs / 1000, 2)} s, ${fixed((100 * gcMs) / 1000 / (full.seconds + wink.seconds), 1)}% of their time`);

if (flags.profilePasses) {
  const { profilePasses } = await import('./profile-passes.ts');
  console.log('');
  profilePasses(documents, bytes, analyze, sampleRss);
}

console.log('');
// Heap used right after the run still holds uncollected garbage; with --expose-gc, show both.
let afterGc = '';
if (typeof gc === 'function') {
  gc();
  afterGc = `, ${fixed(process.memoryUsage().heapUsed / 1e6, 0)} MB after gc`;
}
console.log(`peak RSS: ${fixed(peakRss / 1e6, 0)} MB; heap used after run: ${fixed(heapAfter / 1e6, 0)} MB${afterGc}`);
