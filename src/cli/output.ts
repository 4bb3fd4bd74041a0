/** Where results go: standard output or `--out FILE`, written with backpressure so memory stays flat. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { fileProblem } from './check-readable.ts';
import { BrokenPipe, CliError } from './cli-error.ts';

export interface Output {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Waits for the stream to drain or fail, removing both listeners after (one write at a time may wait). */
function drainOrError(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

/** Opens `path` for writing, or wraps `stdout` when path is null; a write error becomes a one-line CliError. */
export async function openOutput(path: string | null, stdout: Writable): Promise<Output> {
  const stream = path === null ? stdout : createWriteStream(path);
  let failure: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    failure = error;
  });
  if (path !== null) {
    await Promise.race([once(stream, 'open'), once(stream, 'error')]).catch(() => undefined);
  }
  const check = (): void => {
    if (failure !== null) {
      const error = failure as NodeJS.ErrnoException;
      if (error.code === 'EPIPE') throw new BrokenPipe('output closed early');
      throw new CliError(`cannot write ${path ?? 'standard output'}: ${fileProblem(error)}; check the path, permissions and free space`);
    }
  };
  check();
  return {
    async write(text) {
      check();
      if (!stream.write(text)) await drainOrError(stream);
      check();
    },
    async close() {
      check();
      if (path !== null) {
        stream.end();
        // A failed last write (a full disk) ends in 'error', not 'finish': check() reports it.
        await Promise.race([once(stream, 'finish'), once(stream, 'error')]).catch(() => undefined);
      }
      check();
    },
  };
}
