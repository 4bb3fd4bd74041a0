/**
 * The commands that have a help of their own, and where a wrong command line points. Apart from
 * the help texts so the option parsers can use it: the texts import the parsers' limits.
 */

export const HELP_TOPICS = ['analyze', 'schema', 'index', 'match'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export function isHelpTopic(word: string | undefined): word is HelpTopic {
  return (HELP_TOPICS as readonly (string | undefined)[]).includes(word);
}

/** Where a wrong command line is pointed: the named command's help, else the help of them all. */
export function helpPointer(argv: readonly string[]): string {
  const command = argv.find((arg) => arg !== '--debug');
  return isHelpTopic(command) ? `argscope ${command} --help` : 'argscope --help';
}
