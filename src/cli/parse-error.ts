/** node's parseArgs messages are long and mention internals; this keeps the part a user needs. */

/**
 * One line for a parseArgs error. A value that starts with a dash ("--top -1") is read by parseArgs
 * as a missing value, so the message says how to pass one, and the option's own check then judges it.
 */
export function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    // "--top -1": parseArgs calls a value after the option that starts with a dash ambiguous.
    return message.includes('ambiguous') ? `option ${option} needs a value; one starting with "-" is written ${option}=-1` : `option ${option} needs a value`;
  }
  return message.split('\n')[0] ?? message;
}
