/**
 * How much `analyze()` allocates over the bench corpus, and where: V8's sampling heap profiler,
 * counting objects the garbage collector has since freed (the default counts only live ones, which
 * hides the short-lived garbage that costs collection time). Prints figures; asserts nothing.
 *
 *   npm run bench:alloc [-- --top N]
 *
 * Allocation is what the learned passes' speed turned on (their weights are few; their garbage is
 * not): a change that lowers it should also show in `npm run bench:compare`.
 */
import { Session } from 'node:inspector/promises';
import { analyze } from '../src/analyze.ts';
import { benchCorpusOrSkip } from './corpus.ts';

interface SamplingNode {
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly selfSize: number;
  readonly children: readonly SamplingNode[];
}

const WARM_UP_DOCS = 100;
const SAMPLING_INTERVAL_BYTES = 32768;

const topAt = process.argv.indexOf('--top');
const top = topAt < 0 ? 15 : Number(process.argv[topAt + 1]);
if (!Number.isInteger(top) || top < 1) {
  console.error('bench: --top needs a positive whole number; usage: npm run bench:alloc -- [--top N]');
  process.exit(2);
}

const { documents } = benchCorpusOrSkip('bench:alloc');
for (const document of documents.slice(0, WARM_UP_DOCS)) analyze(document.text);

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
// The two flags are newer than Node's typings of this call.
await session.post('HeapProfiler.startSampling', {
  samplingInterval: SAMPLING_INTERVAL_BYTES,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
} as never);
for (const document of documents) analyze(document.text);
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

/** Bytes allocated in each function itself, keyed by its name and file. */
const byFunction = new Map<string, number>();
let total = 0;
const stack: SamplingNode[] = [profile.head as unknown as SamplingNode];
while (stack.length > 0) {
  const node = stack.pop() as SamplingNode;
  const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').slice(-2).join('/')}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  stack.push(...node.children);
}

const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
console.log(`analyze() over ${documents.length} documents (${(bytes / 1e6).toFixed(2)} MB): ${(total / 1e6).toFixed(0)} MB allocated (sampled every ${SAMPLING_INTERVAL_BYTES / 1024} KB), ${(total / bytes).toFixed(0)} bytes per byte of text`);
console.log(`most allocating functions (own allocations):`);
for (const [key, size] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`  ${(size / 1e6).toFixed(1).padStart(7)} MB  ${key}`);
}
