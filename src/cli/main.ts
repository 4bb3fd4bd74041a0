/** The CLI's entry: parses the command line, runs the command, turns user errors into one line. */
import { readFileSync } from 'node:fs';
import type { CliIo } from './analyze-command.ts';
import { BrokenPipe, CliError } from './cli-error.ts';
import { commandHelp, globalHelp } from './help-text.ts';
import { parseCommandLine } from './options.ts';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo & { readonly stderrIsTty: boolean }): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const command = argv.find((arg) => arg !== '--debug');
    if (command === 'index' || command === 'match') return await (await import('./evidence-command.ts')).runEvidenceCommand(argv, io);
    const options = parseCommandLine(argv, io.stderrIsTty);
    switch (options.command) {
      case 'help':
        io.stdout.write(`${options.helpTopic === null ? globalHelp() : commandHelp(options.helpTopic)}\n`);
        return 0;
      case 'version':
        io.stdout.write(`${version()}\n`);
        return 0;
      case 'schema':
        io.stdout.write(`${JSON.stringify((await import('../model/json-schema.ts')).analysisJsonSchema(), null, 2)}\n`);
        return 0;
      case 'analyze':
        // Loaded here, not at the top: the pipeline (wink's model, the gazetteer, the trained
        // models) takes a second or more to load, which --help and --version should not pay.
        return await (await import('./analyze-command.ts')).runAnalyze(options, io);
    }
  } catch (error) {
    if (error instanceof BrokenPipe) return 0;
    if (error instanceof CliError) {
      io.stderr.write(`argscope: ${error.message}\n`);
      if (debug && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`argscope: internal error: ${message}; please report it with the input that caused it${debug ? '' : ' (add --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return 70;
  }
}
