/**
 * The command lines of `argscope index` and `argscope match` (earlier fact-checks), apart from the
 * analyze options: their flags are their own.
 */
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';
import { describeParseError } from './parse-error.ts';
import { helpPointer } from './help-topics.ts';
import { PROGRESS_OPTIONS, progressWanted } from './progress-flag.ts';

/** `argscope index CLAIMS... --db FILE`. */
export interface IndexOptions {
  readonly command: 'index';
  readonly files: readonly string[];
  readonly db: string;
  readonly progress: boolean;
}

/** `argscope match --claims CLAIMS --input QUERIES.jsonl [--top K] [--encoder DIR]`. */
export interface MatchCommandOptions {
  readonly command: 'match';
  readonly claims: readonly string[];
  readonly input: string;
  readonly top: number;
  /** A local sentence-encoder folder whose claim re-ranker orders the candidates, or null for the shipped one. */
  readonly encoder: string | null;
  readonly out: string | null;
  readonly maxSize: number;
  readonly progress: boolean;
}

export type EvidenceOptions = IndexOptions | MatchCommandOptions | { readonly command: 'help'; readonly topic: 'index' | 'match' };

/** Most matches a query may ask for: more is a full dump of the index, not matching. */
export const MAX_TOP = 1000;
/** Longest query line accepted (a query is a post or a claim, not a document). */
export const MAX_QUERY_BYTES = 1_000_000;

function parse(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`${describeParseError(error)}; see ${helpPointer(argv)}`, 2);
  }
}

const common = {
  ...PROGRESS_OPTIONS,
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Parses `argv` (starting with `index` or `match`); throws a CliError with exit code 2 when wrong. */
export function parseEvidenceCommandLine(argv: readonly string[], stderrIsTty: boolean): EvidenceOptions {
  const command = argv.find((a) => a !== '--debug');
  if (command === 'index') {
    const { values, positionals } = parse(argv, { ...common, db: { type: 'string' } });
    if (values['help'] === true) return { command: 'help', topic: 'index' };
    const files = positionals.slice(1);
    if (typeof values['db'] !== 'string' || values['db'] === '') throw new CliError('index needs --db FILE: the index file to create or add to', 2);
    if (files.length === 0) throw new CliError('index needs at least one file of fact-checks (ClaimReview JSON-LD or HTML, JSONL or CSV)', 2);
    return { command: 'index', files, db: values['db'], progress: progressWanted(argv, stderrIsTty) };
  }
  const { values, positionals } = parse(argv, {
    ...common,
    claims: { type: 'string', multiple: true, default: [] },
    input: { type: 'string' },
    top: { type: 'string' },
    out: { type: 'string' },
    encoder: { type: 'string' },
  });
  if (values['help'] === true) return { command: 'help', topic: 'match' };
  if (positionals.length > 1) throw new CliError(`match takes no file arguments (got ${positionals.slice(1).join(' ')}); give the queries with --input FILE.jsonl`, 2);
  const claims = values['claims'] as string[];
  if (claims.length === 0) throw new CliError('match needs --claims FILE: fact-checks (JSONL, CSV, ClaimReview) or an index from argscope index', 2);
  if (typeof values['input'] !== 'string' || values['input'] === '') throw new CliError('match needs --input FILE.jsonl (or - for standard input): one {"id", "text"} query per line', 2);
  const top = values['top'] === undefined ? 5 : Number(values['top']);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new CliError(`--top must be a whole number from 1 to ${MAX_TOP}, not "${String(values['top'])}"`, 2);
  const encoder = values['encoder'];
  if (typeof encoder === 'string' && encoder.trim() === '') throw new CliError('--encoder needs a folder, e.g. --encoder models/all-MiniLM-L6-v2', 2);
  return {
    command: 'match',
    claims,
    input: values['input'],
    top,
    encoder: typeof encoder === 'string' ? encoder : null,
    out: typeof values['out'] === 'string' ? values['out'] : null,
    maxSize: MAX_QUERY_BYTES,
    progress: progressWanted(argv, stderrIsTty),
  };
}
