/**
 * Memory of docs mode: streams JSONL corpora of two sizes through the real CLI
 * (`argscope analyze --input docs`) and prints peak RSS for each. Flat memory means the larger
 * corpus peaks about where the smaller one does. Prints figures; asserts nothing.
 *
 *   npm run bench:memory [-- --sizes 5,25]   (MB of JSONL per run)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCorpusOrSkip } from './corpus.ts';

const SAMPLE_MS = 50;

function sizesFrom(argv: readonly string[]): number[] {
  const at = argv.indexOf('--sizes');
  const value = at >= 0 ? argv[at + 1] : undefined;
  return (value ?? '5,25').split(',').map(Number).filter((n) => n > 0);
}

/** Writes `megabytes` of JSONL by cycling through the corpus with fresh ids. */
function writeCorpus(path: string, texts: readonly string[], megabytes: number): number {
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i += 1) {
    const line = `${JSON.stringify({ id: `d${i}`, text: texts[i % texts.length] })}\n`;
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  writeFileSync(path, lines.join(''));
  return lines.length;
}

/** Peak resident set size of a running process so far, in MB (Linux /proc), or null. */
function peakRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

function runDocsMode(input: string): Promise<{ seconds: number; peakMb: number | null; code: number | null }> {
  const bin = fileURLToPath(new URL('../bin/argscope.mjs', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'analyze', '--input', 'docs', input, '--out', '/dev/null'], { stdio: 'inherit' });
  let peak: number | null = null;
  const timer = setInterval(() => {
    const now = child.pid === undefined ? null : peakRss(child.pid);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  }, SAMPLE_MS);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peak, code });
    });
  });
}

const texts = benchCorpusOrSkip('bench:memory').documents.map((d) => d.text);
const dir = mkdtempSync(join(tmpdir(), 'argscope-memory-'));
try {
  console.log('docs mode memory: argscope analyze --input docs FILE --out /dev/null');
  for (const megabytes of sizesFrom(process.argv.slice(2))) {
    const input = join(dir, `corpus-${megabytes}mb.jsonl`);
    const documents = writeCorpus(input, texts, megabytes);
    const actualMb = statSync(input).size / 1e6;
    const { seconds, peakMb, code } = await runDocsMode(input);
    const peak = peakMb === null ? 'n/a (no /proc)' : `${peakMb.toFixed(0)} MB`;
    console.log(
      `  ${actualMb.toFixed(1).padStart(6)} MB, ${String(documents).padStart(6)} docs: ${seconds.toFixed(1)} s, ` +
        `${(actualMb / seconds).toFixed(2)} MB/s end to end, peak RSS ${peak}${code === 0 ? '' : `, exit ${code}`}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
