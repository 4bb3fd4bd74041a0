/** Runs the CLI in-process with captured streams, or as a real process through bin/argscope.mjs. */
import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs `argscope ...args` in this process; `stdin` is fed as standard input. */
export async function runCli(args: readonly string[], stdin: string | Buffer = ''): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await main(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, stderrIsTty: false });
  return { code, stdout: out(), stderr: err() };
}

/** Runs the installed command as a child process, exactly as a user would. */
export function runBin(args: readonly string[], stdin = ''): CliResult {
  const result = spawnSync(process.execPath, [new URL('../../bin/argscope.mjs', import.meta.url).pathname, ...args], {
    input: stdin,
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
