/**
 * `--progress` and `--no-progress`: progress lines are on by default only when stderr is a
 * terminal, so a user there needs a way to turn them off as well as on (node's parseArgs has no
 * negated booleans on Node 20). The last of the two given wins, as in most command-line tools.
 */
export const PROGRESS_OPTIONS = {
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
} as const;

/** Whether to report progress, from the command line and whether stderr is a terminal. */
export function progressWanted(argv: readonly string[], stderrIsTty: boolean): boolean {
  // Only options count: after "--" every argument is a file name, even one spelt "--no-progress".
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  const on = options.lastIndexOf('--progress');
  const off = options.lastIndexOf('--no-progress');
  return on === -1 && off === -1 ? stderrIsTty : on > off;
}
