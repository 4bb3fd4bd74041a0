/** The earlier-fact-check commands, `index` and `match`, loaded only when one of them runs. */
import type { CliIo } from './analyze-command.ts';
import { parseEvidenceCommandLine } from './evidence-options.ts';
import { commandHelp } from './help-text.ts';

/** Runs `index` or `match` from `argv`; resolves to the exit code. */
export async function runEvidenceCommand(argv: readonly string[], io: CliIo & { readonly stderrIsTty: boolean }): Promise<number> {
  const options = parseEvidenceCommandLine(argv, io.stderrIsTty);
  switch (options.command) {
    case 'help':
      io.stdout.write(`${commandHelp(options.topic)}\n`);
      return 0;
    case 'index':
      return (await import('./index-command.ts')).runIndex(options, io);
    case 'match':
      return (await import('./match-command.ts')).runMatch(options, io);
  }
}
