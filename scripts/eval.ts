/**
 * `npm run eval`: scores every task on dev data or by cross-validation, prints them beside the
 * published references, and writes docs/benchmarks.md (left alone when a task found no data).
 * `npm run eval -- TASK...` scores only those tasks and writes nothing; add `--write` to replace
 * just their rows in docs/benchmarks.md (a full run takes about 10 minutes; the verdicts alone
 * take seconds).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchmarksUpdate } from './learning/benchmarks-document.ts';
import { tasksWithoutData } from './learning/data-dir.ts';
import type { Score } from './learning/task.ts';
import { TASKS } from './tasks/index.ts';

const write = process.argv.includes('--write');
const only = process.argv.slice(2).filter((arg) => arg !== '--write');
const BENCHMARKS = new URL('../docs/benchmarks.md', import.meta.url);
/** Each scored task's rows, in its order: a block that `--write` puts where the task's old rows stood. */
const blocks: Score[][] = [];
for (const task of TASKS) {
  if (only.length > 0 && !only.includes(task.name)) continue;
  const started = performance.now();
  const rows = await task.evaluate();
  for (const row of rows) {
    const goal = row.goal === null ? '' : `  goal ${row.goal}${row.value > row.goal ? ' met' : ' NOT met'}`;
    console.log(`${row.task}: ${row.value.toFixed(3)}  ${row.metric}  | reference: ${row.reference}${goal}`);
  }
  console.log(`(${task.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (rows.length > 0) blocks.push([...rows]);
}

const run = { only, write, blocks, skipped: tasksWithoutData(), date: new Date().toISOString().slice(0, 10) };
const { text, message } = benchmarksUpdate(run, existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '');
if (text !== null) writeFileSync(BENCHMARKS, text);
if (message !== null) console.log(message);
