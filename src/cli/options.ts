/** The command line: flags, their defaults and the help text. */
import { parseArgs } from 'node:util';
import type { OutputFormat } from '../serialize/serialize.ts';
import { OUTPUT_FORMATS } from '../serialize/serialize.ts';
import { defaults } from '../pipeline/options.ts';
import { CliError } from './cli-error.ts';
import { formatSize, parseSize } from './read-input.ts';

export const INPUT_MODES = ['auto', 'text', 'markdown', 'html', 'transcript', 'units', 'docs'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

export interface CliOptions {
  readonly command: 'analyze' | 'schema' | 'help' | 'version';
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
}

export const HELP = `argscope: read an argument: thesis, claims, premises, support and attack, checkable facts.

Usage:
  argscope analyze FILE|- [options]      analyse one text (- reads standard input)
  argscope analyze --input docs FILE.jsonl   analyse one document per line, JSONL out
  argscope schema                         print the JSON Schema of the analysis
  argscope --help | --version

Options:
  --input MODE      auto (default: by extension, then by content), text, markdown, html,
                    transcript ("NAME: utterance" lines), units (JSONL {"text","speaker"?}
                    per line, one unit each), docs (JSONL {"id","text","targets"?} per line)
  --format FORMAT   json (default), md, argdown, aif, html
  --out FILE        write the result to FILE instead of standard output
  --target T        a stance target; repeat for several (default: the most salient entities)
  --max-size SIZE   largest document accepted, e.g. 5MB (default ${formatSize(defaults.maxLength)})
  --max-units N     most units a document may have (default ${defaults.maxUnits.toLocaleString('en-US')})
  --threshold X     check-worthiness threshold, 0..1 (default ${defaults.checkworthyThreshold})
  --pretty          indent JSON output
  --progress        report progress on stderr in docs mode (default: when stderr is a terminal)
  --debug           add stack traces to errors

Exit codes: 0 ok, 1 bad input (in docs and units mode: some lines were skipped), 2 bad command line,
70 internal error (please report it with the input).`;

/** node's parseArgs messages are long and mention internals; keep the part a user needs. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) return `option ${option} needs a value`;
  return message.split('\n')[0] ?? message;
}

const COMMANDS = new Set(['analyze', 'schema', 'help', 'version']);

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`, 2);
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
        progress: { type: 'boolean' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${describeParseError(error)}; see argscope --help`, 2);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (values.help) return { ...base(), command: 'help' };
  if (values.version) return { ...base(), command: 'version' };
  if (first === undefined) {
    // Flags alone ("argscope --format md") are a mistake, not a request for help.
    if (argv.length > 0) throw new CliError('no command given; did you mean: argscope analyze FILE ' + argv.join(' '), 2);
    return { ...base(), command: 'help' };
  }
  if (!COMMANDS.has(first)) {
    const looksLikeFile = /[./\\]/.test(first) || first === '-';
    throw new CliError(
      looksLikeFile ? `unknown command "${first}"; did you mean: argscope analyze ${first}` : `unknown command "${first}"; the commands are analyze and schema (see argscope --help)`,
      2,
    );
  }
  const maxSize = values['max-size'] === undefined ? defaults.maxLength : parseSize(values['max-size']);
  if (maxSize === null || maxSize <= 0) throw new CliError(`--max-size must be a size such as 5MB or 800kB, not "${values['max-size']}"`, 2);
  const maxUnits = values['max-units'] === undefined ? defaults.maxUnits : Number(values['max-units']);
  if (!Number.isInteger(maxUnits) || maxUnits <= 0) throw new CliError(`--max-units must be a whole number above 0, not "${values['max-units']}"`, 2);
  const threshold = values.threshold === undefined ? defaults.checkworthyThreshold : Number(values.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new CliError(`--threshold must be a number from 0 to 1, not "${values.threshold}"`, 2);
  }
  if (values.target.some((t) => t.trim() === '')) throw new CliError('--target must not be empty; give the target\'s words, e.g. --target "the Taliban"', 2);
  const command = first as CliOptions['command'];
  if (command === 'analyze' && rest.length === 0) throw new CliError('analyze needs a file to read, or - for standard input', 2);
  if (command === 'analyze' && rest.length > 1) throw new CliError(`analyze reads one file at a time (got ${rest.length}); for many documents use --input docs`, 2);
  return {
    command,
    files: rest,
    input: oneOf(values.input, INPUT_MODES, 'input'),
    format: oneOf(values.format, OUTPUT_FORMATS, 'format'),
    out: values.out ?? null,
    targets: values.target,
    maxSize,
    maxUnits,
    threshold,
    pretty: values.pretty,
    progress: values.progress ?? stderrIsTty,
    debug: values.debug,
  };
}

function base(): CliOptions {
  return {
    command: 'help',
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
  };
}
