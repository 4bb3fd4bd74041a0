/** Where the shared research data lives, and a clean skip when it does not. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `ARGSCOPE_DATA` when set, else `../shared/data` beside the project. */
export function dataDir(): string {
  const override = process.env['ARGSCOPE_DATA'];
  if (override !== undefined && override !== '') return resolve(override);
  return fileURLToPath(new URL('../../../shared/data/', import.meta.url));
}

/** The tasks that found a data folder missing in this process, in the order they did. */
const missedBy = new Set<string>();

/** True when `folder` exists under the data directory; otherwise prints why a task is skipped (and notes the task: see tasksWithoutData). */
export function hasData(folder: string, task: string): boolean {
  const path = resolve(dataDir(), folder);
  if (existsSync(path)) return true;
  console.log(`${task}: ${path} not found; skipping (set ARGSCOPE_DATA to the shared data folder)`);
  missedBy.add(task);
  return false;
}

/** The tasks that skipped all or part of their work so far because a data folder was missing. */
export function tasksWithoutData(): readonly string[] {
  return [...missedBy];
}
