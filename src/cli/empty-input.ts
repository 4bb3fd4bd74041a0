/**
 * A streamed input with no line at all (an empty file, a filter that let nothing through) is not
 * an error, but a run that prints nothing and exits 0 looks like a silent failure: say so.
 */
import type { CliIo } from './analyze-command.ts';

/** One line on stderr: `file` held no `items` (documents, queries), so nothing was `done`. */
export function reportEmptyInput(io: Pick<CliIo, 'stderr'>, file: string, items: string, done: string): void {
  const name = file === '-' ? 'standard input' : file;
  io.stderr.write(`argscope: ${name} holds no ${items}; nothing was ${done}\n`);
}
