/**
 * Two checkouts' `analyze()` on the bench corpus in one process, alternating document by document
 * (and the order every other document), timed in CPU time: on a shared machine wall time swings
 * by ±15%, which hides the few percent an optimisation is worth. Prints B's time over A's; asserts
 * nothing. Make B a worktree of the change and A one of its parent (node_modules symlinked):
 *
 *   git worktree add /tmp/base HEAD~1 && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   node --import tsx bench/compare-checkouts.ts /tmp/base .
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { interleave, loadSources, resolveDataDir } from './corpus.ts';

type Analyze = (text: string) => unknown;

const [dirA, dirB] = process.argv.slice(2);
if (dirA === undefined || dirB === undefined) {
  console.error('usage: node --import tsx bench/compare-checkouts.ts CHECKOUT_A CHECKOUT_B');
  process.exit(2);
}
const dataDir = resolveDataDir();
if (!existsSync(dataDir)) {
  console.log('compare-checkouts: ../shared/data not found; skipping (set ARGSCOPE_DATA to its path)');
  process.exit(0);
}
const load = async (dir: string): Promise<Analyze> =>
  ((await import(pathToFileURL(resolve(dir, 'src/analyze.ts')).href)) as { analyze: Analyze }).analyze;
const [analyzeA, analyzeB] = [await load(dirA), await load(dirB)];
const documents = interleave(loadSources(dataDir)).map((d) => d.text);
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
