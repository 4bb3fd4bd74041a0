/**
 * Two checkouts' `analyze()` on the bench corpus in one process, alternating document by document
 * (and the order every other document), timed in CPU time: on a shared machine wall time swings
 * by ±15%, which hides the few percent an optimisation is worth. Prints B's time over A's; asserts
 * nothing. Make B a worktree of the change and A one of its parent (node_modules symlinked):
 *
 *   git worktree add /tmp/base HEAD~1 && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   node --import tsx bench/compare-checkouts.ts /tmp/base . [--runs N]
 *
 * One run is not enough for a change of a few percent: two checkouts of the same commit gave B/A
 * from 0.960 to 1.038 over five runs on a loaded 2-core machine (each checkout's functions are
 * compiled apart, and one copy can be luckier with the JIT than the other), so only a median
 * well outside that band means anything. `--runs N` (default 3) repeats
 * the comparison in N fresh processes and prints each ratio and their median.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchCorpusOrSkip } from './corpus.ts';

type Analyze = (text: string) => unknown;

const CHILD = 'ARGSCOPE_COMPARE_CHILD';
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1]);
const [dirA, dirB] = runsAt === -1 ? args : args.filter((_, i) => i !== runsAt && i !== runsAt + 1);
if (dirA === undefined || dirB === undefined || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node --import tsx bench/compare-checkouts.ts CHECKOUT_A CHECKOUT_B [--runs N]');
  process.exit(2);
}
// The parent skips before starting any run: each run over no documents gave a NaN ratio.
const documents = benchCorpusOrSkip('bench:compare').documents.map((d) => d.text);
if (process.env[CHILD] === undefined) {
  // The parent only starts the runs: each child loads both checkouts afresh and prints one ratio.
  const ratios: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] as string, dirA, dirB], { env: { ...process.env, [CHILD]: '1' }, encoding: 'utf8' });
    process.stdout.write(`run ${run}: ${out}`);
    const ratio = /B\/A ([0-9.]+)/.exec(out)?.[1];
    if (ratio !== undefined) ratios.push(Number(ratio));
    else console.log(`run ${run} printed no ratio; left out of the median`);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  if (sorted.length > 0) console.log(`median B/A over ${sorted.length} runs: ${median.toFixed(3)} (range ${sorted[0]?.toFixed(3)}-${sorted.at(-1)?.toFixed(3)})`);
  process.exit(0);
}
const load = async (dir: string): Promise<Analyze> =>
  ((await import(pathToFileURL(resolve(dir, 'src/analyze.ts')).href)) as { analyze: Analyze }).analyze;
const [analyzeA, analyzeB] = [await load(dirA), await load(dirB)];
for (const text of documents.slice(0, 20)) {
  analyzeA(text);
  analyzeB(text);
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let msA = 0;
let msB = 0;
documents.forEach((text, i) => {
  for (const which of i % 2 === 0 ? ['B', 'A'] : ['A', 'B']) {
    const start = cpuMs();
    (which === 'A' ? analyzeA : analyzeB)(text);
    if (which === 'A') msA += cpuMs() - start;
    else msB += cpuMs() - start;
  }
});
console.log(`${documents.length} documents, CPU ms: A ${msA.toFixed(0)}, B ${msB.toFixed(0)}; B/A ${(msB / msA).toFixed(3)} (below 1: B is faster)`);
