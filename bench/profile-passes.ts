/**
 * `--profile-passes`: times each pass of the default pipeline over the corpus.
 *
 * Rather than rebuild `analyze()`'s context here (which would drift from src/analyze.ts), this wraps
 * the `run` of each pass object in `DEFAULT_PIPELINE` for the duration of one extra run of the real
 * `analyze()`, then puts the originals back. What `analyze()` does outside its passes (parsing,
 * options, assembling the result) is the remainder; parsing alone is also timed on its own.
 */
import type { analyze } from '../src/analyze.ts';
import { parseInput } from '../src/parse/parse-input.ts';
import type { AnalysisContext } from '../src/pipeline/context.ts';
import { DEFAULT_PIPELINE } from '../src/pipeline/presets.ts';
import type { BenchDocument } from './corpus.ts';

/** Runs `analyze` over `documents` once with every pass timed, and prints a table, slowest first. */
export function profilePasses(
  documents: readonly BenchDocument[],
  bytes: number,
  analyzeText: typeof analyze,
  afterEach: () => void,
): void {
  const passes = DEFAULT_PIPELINE.passes;
  const totals = passes.map(() => 0);
  const originals = passes.map((pass) => pass.run);
  passes.forEach((pass, index) => {
    const original = originals[index];
    if (original === undefined) return;
    pass.run = (context: AnalysisContext): void => {
      const start = performance.now();
      original.call(pass, context);
      totals[index] = (totals[index] ?? 0) + performance.now() - start;
    };
  });
  let total = 0;
  try {
    for (const document of documents) {
      const start = performance.now();
      analyzeText(document.text);
      total += performance.now() - start;
      afterEach();
    }
  } finally {
    passes.forEach((pass, index) => {
      const original = originals[index];
      if (original !== undefined) pass.run = original;
    });
  }

  let parseMs = 0;
  for (const document of documents) {
    const start = performance.now();
    parseInput(document.text, 'auto');
    parseMs += performance.now() - start;
  }

  const inPasses = totals.reduce((a, b) => a + b, 0);
  const rows = passes.map((pass, index) => ({ name: pass.name, ms: totals[index] ?? 0 }));
  rows.sort((a, b) => b.ms - a.ms);
  rows.push({ name: '(outside passes)', ms: total - inPasses });
  console.log(`passes (one timed run of analyze(): ${(total / 1000).toFixed(2)} s, ${(bytes / 1e3 / total).toFixed(3)} MB/s)`);
  console.log(`  ${'pass'.padEnd(18)} ${'ms'.padStart(9)} ${'share'.padStart(7)} ${'MB/s alone'.padStart(11)}`);
  for (const row of rows) {
    const share = `${((100 * row.ms) / total).toFixed(1)}%`;
    const alone = row.ms > 0 ? (bytes / 1e3 / row.ms).toFixed(2) : '-';
    console.log(`  ${row.name.padEnd(18)} ${row.ms.toFixed(1).padStart(9)} ${share.padStart(7)} ${alone.padStart(11)}`);
  }
  console.log(`  of which parseInput alone (separate loop): ${parseMs.toFixed(1)} ms`);
  const slowest = rows.filter((row) => !row.name.startsWith('(')).slice(0, 3);
  console.log(`slowest passes: ${slowest.map((row) => row.name).join(', ')}`);
}
