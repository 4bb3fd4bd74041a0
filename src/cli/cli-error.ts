/**
 * A user error: one line on stderr, a non-zero exit, no stack trace. Exit 2 for a wrong command
 * line, 1 for bad input.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** The reader of our output went away (`argscope … | head`): stop quietly, as Unix tools do. */
export class BrokenPipe extends Error {
  override readonly name = 'BrokenPipe';
}
