/** The command line: flags, their defaults and the help text. */
import { parseArgs } from 'node:util';
import type { OutputFormat } from '../serialize/serialize.ts';
import { OUTPUT_FORMATS } from '../serialize/serialize.ts';
import { defaults } from '../pipeline/options.ts';
import { isIsoDatePrefix } from '../model/iso-date.ts';
import { CliError } from './cli-error.ts';
import { describeParseError } from './parse-error.ts';
import { MAX_TOP } from './evidence-options.ts';
import { PROGRESS_OPTIONS, progressWanted } from './progress-flag.ts';
import { parseSize } from './read-input.ts';
import type { HelpTopic } from './help-topics.ts';
import { helpPointer, isHelpTopic } from './help-topics.ts';

export const INPUT_MODES = ['auto', 'text', 'markdown', 'html', 'transcript', 'units', 'docs'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

export interface CliOptions {
  readonly command: 'analyze' | 'schema' | 'help' | 'version';
  /** With `help`: the command whose help to print, or null for the help of them all. */
  readonly helpTopic: HelpTopic | null;
  readonly files: readonly string[];
  readonly input: InputMode;
  readonly format: OutputFormat;
  readonly out: string | null;
  readonly targets: readonly string[];
  readonly maxSize: number;
  readonly maxUnits: number;
  readonly threshold: number;
  readonly pretty: boolean;
  readonly progress: boolean;
  readonly debug: boolean;
  /** A local sentence-encoder folder whose embeddings feed check-worthiness (and kind, and with --claims the claim re-ranker), or null. */
  readonly encoder: string | null;
  /** A fact base (JSONL or CSV) to judge factual claims against, or null. */
  readonly facts: string | null;
  /** Earlier fact-checks: an index file made by `argscope index`, or collection files. */
  readonly claims: readonly string[];
  /** Most earlier fact-checks attached to one claim. */
  readonly top: number;
  /** When the text was written (ISO 8601 date or prefix), so later facts can resolve predictions. */
  readonly date: string | null;
}

const COMMANDS = new Set(['analyze', 'schema', 'help', 'version']);

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`, 2);
}

/** The command named by `argscope help COMMAND`, or null for plain `argscope help`. */
function helpTopicOf(words: readonly string[]): HelpTopic | null {
  const [topic, ...extra] = words;
  if (topic === undefined) return null;
  if (!isHelpTopic(topic)) throw new CliError(`there is no command "${topic}"; the commands are analyze, schema, index and match (see argscope --help)`, 2);
  if (extra.length > 0) throw new CliError(`help takes one command, not ${words.length} (${words.join(' ')}); e.g. argscope help ${topic}`, 2);
  return topic;
}

function unknownCommand(word: string): string {
  const looksLikeFile = /[./\\]/.test(word) || word === '-';
  return looksLikeFile ? `unknown command "${word}"; did you mean: argscope analyze ${word}` : `unknown command "${word}"; the commands are analyze, schema, index and match (see argscope --help)`;
}

/** `argscope schema` has no options but --debug (and --help): anything else on its line is a mistake. */
function refuseSchemaArguments(argv: readonly string[], rest: readonly string[]): void {
  if (rest.length > 0) throw new CliError(`schema takes no arguments (got ${rest.join(' ')}); see argscope schema --help`, 2);
  const flag = argv.find((arg) => arg.startsWith('-') && arg !== '--debug');
  if (flag !== undefined) throw new CliError(`schema takes no options (got ${flag}); it prints the JSON Schema of the analysis, see argscope schema --help`, 2);
}

/** Parses argv (without node and the script) into options, or throws a CliError with exit code 2. */
export function parseCommandLine(argv: readonly string[], stderrIsTty: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: 'string', default: 'auto' },
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        target: { type: 'string', multiple: true, default: [] },
        'max-size': { type: 'string' },
        'max-units': { type: 'string' },
        threshold: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        ...PROGRESS_OPTIONS,
        debug: { type: 'boolean', default: false },
        encoder: { type: 'string' },
        // Repeatable only to refuse a second one (below): parseArgs would keep the last silently.
        facts: { type: 'string', multiple: true, default: [] },
        claims: { type: 'string', multiple: true, default: [] },
        top: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${describeParseError(error)}; see ${helpPointer(argv)}`, 2);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  // "argscope analyze --help" is about analyze: its help, before any other check of its arguments
  // (and so before standard input is read).
  if (values.help) {
    // "argscope nope --help" names no command: say so, as "argscope help nope" does.
    if (first !== undefined && first !== 'help' && !isHelpTopic(first)) throw new CliError(unknownCommand(first), 2);
    return { ...base(), command: 'help', helpTopic: isHelpTopic(first) ? first : first === 'help' ? helpTopicOf(rest) : null };
  }
  if (first === 'help') return { ...base(), command: 'help', helpTopic: helpTopicOf(rest) };
  if (values.version) return { ...base(), command: 'version' };
  if (first === undefined) {
    // Flags alone ("argscope --format md") are a mistake, not a request for help.
    if (argv.length > 0) throw new CliError('no command given; did you mean: argscope analyze FILE ' + argv.join(' '), 2);
    return { ...base(), command: 'help' };
  }
  if (!COMMANDS.has(first)) throw new CliError(unknownCommand(first), 2);
  // schema takes nothing: "schema --format md" would otherwise print JSON as if md were honoured.
  if (first === 'schema') refuseSchemaArguments(argv, rest);
  const maxSize = values['max-size'] === undefined ? defaults.maxLength : parseSize(values['max-size']);
  if (maxSize === null || maxSize <= 0) throw new CliError(`--max-size must be a size such as 5MB or 800kB, not "${values['max-size']}"`, 2);
  const maxUnits = values['max-units'] === undefined ? defaults.maxUnits : Number(values['max-units']);
  if (!Number.isInteger(maxUnits) || maxUnits <= 0) throw new CliError(`--max-units must be a whole number above 0, not "${values['max-units']}"`, 2);
  const threshold = values.threshold === undefined ? defaults.checkworthyThreshold : Number(values.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new CliError(`--threshold must be a number from 0 to 1, not "${values.threshold}"`, 2);
  }
  if (values.encoder !== undefined && values.encoder.trim() === '') throw new CliError('--encoder needs a folder, e.g. --encoder models/all-MiniLM-L6-v2', 2);
  const top = values.top === undefined ? 3 : Number(values.top);
  // Capped as `argscope match` caps it: a thousand matches per claim is no reading aid.
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new CliError(`--top must be a whole number from 1 to ${MAX_TOP}, not "${values.top}"`, 2);
  if (values.date !== undefined && !isIsoDatePrefix(values.date)) {
    throw new CliError(`--date must be an ISO 8601 date or its start, such as 2021, 2021-07 or 2021-07-14, not "${values.date}"`, 2);
  }
  // One fact base per run: "--facts a.jsonl --facts b.jsonl" used to judge against b alone while
  // looking like a.jsonl was read too (--claims, by contrast, takes several files).
  if (values.facts.length > 1) throw new CliError(`--facts takes one fact base, not ${values.facts.length} (${values.facts.join(', ')}); put the facts in one file, each id used once`, 2);
  const facts = values.facts[0];
  if (facts !== undefined && facts.trim() === '') throw new CliError('--facts needs a file, e.g. --facts facts.jsonl', 2);
  // An option that only shapes what another adds would be silently ignored without it.
  if (values.top !== undefined && values.claims.length === 0) throw new CliError('--top sets how many earlier fact-checks each claim gets, so it needs --claims FILE', 2);
  if (values.date !== undefined && facts === undefined) throw new CliError('--date lets facts dated after the text resolve its predictions, so it needs --facts FILE', 2);
  if (values.target.some((t) => t.trim() === '')) throw new CliError('--target must not be empty; give the target\'s words, e.g. --target "the Taliban"', 2);
  const command = first as CliOptions['command'];
  if (command === 'analyze' && rest.length === 0) throw new CliError('analyze needs a file to read, or - for standard input', 2);
  if (command === 'analyze' && rest.length > 1) throw new CliError(`analyze reads one file at a time (got ${rest.length}); for many documents use --input docs`, 2);
  return {
    command,
    helpTopic: null,
    files: rest,
    input: oneOf(values.input, INPUT_MODES, 'input'),
    format: oneOf(values.format, OUTPUT_FORMATS, 'format'),
    out: values.out ?? null,
    targets: values.target,
    maxSize,
    maxUnits,
    threshold,
    pretty: values.pretty,
    progress: progressWanted(argv, stderrIsTty),
    debug: values.debug,
    encoder: values.encoder ?? null,
    facts: facts ?? null,
    claims: values.claims,
    top,
    date: values.date ?? null,
  };
}

function base(): CliOptions {
  return {
    command: 'help',
    helpTopic: null,
    files: [],
    input: 'auto',
    format: 'json',
    out: null,
    targets: [],
    maxSize: defaults.maxLength,
    maxUnits: defaults.maxUnits,
    threshold: defaults.checkworthyThreshold,
    pretty: false,
    progress: false,
    debug: false,
    encoder: null,
    facts: null,
    claims: [],
    top: 3,
    date: null,
  };
}
