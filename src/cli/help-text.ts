/**
 * The help texts: each command's usage, options and example are written once, here; `argscope
 * COMMAND --help` (or `argscope help COMMAND`) prints that command's part, and `argscope --help`
 * is composed from all of them, so the two cannot drift apart.
 */
import { OUTPUT_FORMATS } from '../serialize/serialize.ts';
import { defaults } from '../pipeline/options.ts';
import { MAX_TOP } from './evidence-options.ts';
import { formatSize } from './read-input.ts';
import type { HelpTopic } from './help-topics.ts';
import { HELP_TOPICS } from './help-topics.ts';

/** A usage line (or an option) and its description, wrapped to the terminal width when printed. */
type Entry = readonly [left: string, description: string];

interface CommandHelp {
  readonly summary: string;
  readonly usage: readonly Entry[];
  readonly options: readonly Entry[];
  readonly examples: readonly string[];
  /** What exit code 1 means for this command; null for one that reads no input. */
  readonly badInput: string | null;
}

const progress = (when: string): Entry => [
  '--progress',
  `report progress on stderr${when} (default: when stderr is a terminal; --no-progress turns it off)`,
];
const debug: Entry = ['--debug', 'add stack traces to errors'];

const ANALYZE: CommandHelp = {
  summary: 'read the argument of one text, or of one document per line of a JSONL file',
  usage: [
    ['argscope analyze FILE|- [options]', 'analyse one text (- reads standard input)'],
    ['argscope analyze --input docs FILE.jsonl', 'analyse one document per line, JSONL out'],
  ],
  options: [
    [
      '--input MODE',
      'auto (default: by extension, then by content), text, markdown, html, transcript ("NAME: utterance" lines), ' +
        'units (JSONL {"text","speaker"?} per line, one unit each), docs (JSONL {"id","text","targets"?,"date"?} per line; ' +
        '"date" resolves predictions with --facts, like --date)',
    ],
    ['--format FORMAT', `${OUTPUT_FORMATS[0]} (default), ${OUTPUT_FORMATS.slice(1).join(', ')}`],
    ['--out FILE', 'write the result to FILE instead of standard output'],
    ['--target T', 'a stance target; repeat for several (default: the most salient entities)'],
    ['--max-size SIZE', `largest document accepted, e.g. 5MB (default ${formatSize(defaults.maxLength)})`],
    ['--max-units N', `most units a document may have (default ${defaults.maxUnits.toLocaleString('en-US')})`],
    ['--threshold X', `check-worthiness threshold, 0..1 (default ${defaults.checkworthyThreshold})`],
    ['--pretty', 'indent JSON output'],
    progress(' in docs mode'),
    [
      '--facts FILE',
      'judge factual claims against a fact base (JSONL or CSV, see docs/fact-base.md): supported, contradicted, misleading ' +
        'or unverified, each citing its facts',
    ],
    ['--date DATE', 'when the text was written (e.g. 2021-07); facts dated later resolve predictions (with --facts)'],
    [
      '--claims FILE',
      'attach earlier fact-checks to check-worthy claims: an index made by argscope index, or ClaimReview/JSONL/CSV files ' +
        '(repeat for several)',
    ],
    ['--top K', `most earlier fact-checks per claim, with --claims (default 3, at most ${MAX_TOP})`],
    [
      '--encoder DIR',
      'add the embeddings of a local sentence encoder (ONNX, transformers.js layout) to check-worthiness and fact/opinion, ' +
        'and with --claims to the matching of earlier fact-checks (nothing is downloaded); train for it first with\n' +
        'npm run train -- --encoder DIR',
    ],
    debug,
  ],
  examples: [
    'argscope analyze examples/op-ed.txt --format md',
    'cat post.txt | argscope analyze - --facts facts.csv --claims checks.db',
    'argscope analyze --input docs corpus.jsonl --out analyses.jsonl',
  ],
  badInput: 'bad input (in docs and units mode: some lines were skipped)',
};

const SCHEMA: CommandHelp = {
  summary: 'print the JSON Schema of the analysis that argscope analyze writes',
  usage: [['argscope schema', 'print the JSON Schema of the analysis']],
  options: [],
  examples: ['argscope schema > analysis.schema.json'],
  badInput: null,
};

const INDEX: CommandHelp = {
  summary: 'keep earlier fact-checks in an SQLite file for argscope match and analyze --claims',
  usage: [
    [
      'argscope index CLAIMS... --db FILE',
      'index earlier fact-checks (ClaimReview JSON-LD or HTML, JSONL, CSV) into an SQLite file; re-indexing updates by id',
    ],
  ],
  options: [
    ['--db FILE', 'the index file to create, or to add to (required)'],
    progress(''),
    debug,
  ],
  examples: ['argscope index snopes.jsonl politifact.csv pages/*.html --db checks.db'],
  badInput: 'bad input (some records were skipped or kept without a date, or a file held none), or a damaged index',
};

const MATCH: CommandHelp = {
  summary: 'rank earlier fact-checks against each query text',
  usage: [
    [
      'argscope match --claims CLAIMS --input QUERIES.jsonl [options]',
      'the K (default 5) closest fact-checks for each {"id","text"} line; CLAIMS is an index file or collection files ' +
        '(repeat --claims for several)',
    ],
  ],
  options: [
    ['--claims FILE', 'an index made by argscope index, or ClaimReview/JSONL/CSV files (repeat for several; required)'],
    ['--input FILE', 'the queries, one {"id","text"} JSON object per line; - reads standard input (required)'],
    ['--top K', `most matches per query (default 5, at most ${MAX_TOP})`],
    ['--out FILE', 'write the matches (JSONL) to FILE instead of standard output'],
    [
      '--encoder DIR',
      're-rank with the embeddings of a local sentence encoder, by the claim re-ranker trained for it with\n' +
        'npm run train -- --encoder DIR claim-matching',
    ],
    progress(''),
    debug,
  ],
  examples: [
    'argscope match --claims checks.db --input posts.jsonl --top 5 > matches.jsonl',
    'echo \'{"id": 1, "text": "the moon landing was fake"}\' |\n    argscope match --claims snopes.jsonl --input -',
  ],
  badInput: 'bad input (some query lines or collection records were skipped), or a damaged index',
};

const HELPS: Readonly<Record<HelpTopic, CommandHelp>> = { analyze: ANALYZE, schema: SCHEMA, index: INDEX, match: MATCH };

const OPTION_COLUMN = 18;
const USAGE_COLUMN = 36;
/** Help is printed for an 80-column terminal, the width most terminals open at. */
export const HELP_WIDTH = 80;

/**
 * `text` in lines of at most `width` characters, broken at spaces (a longer word keeps a line of
 * its own); a newline in `text` starts a line, so a command to copy is never split.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

/** Entries as aligned columns; a left side too long for its column puts its description below it. */
function columns(entries: readonly Entry[], width: number): string[] {
  const indent = ' '.repeat(2 + width);
  return entries.flatMap(([left, description]) => {
    const [first = '', ...more] = wrap(description, HELP_WIDTH - indent.length);
    const head = first === '' ? [`  ${left}`] : left.length < width ? [`  ${left.padEnd(width)}${first}`] : [`  ${left}`, `${indent}${first}`];
    return [...head, ...more.map((line) => `${indent}${line}`)];
  });
}

const exitCodes = (badInput: string | null): string =>
  wrap(`Exit codes: 0 ok,${badInput === null ? '' : ` 1 ${badInput},`} 2 bad command line, 70 internal error (please report it with the input).`, HELP_WIDTH).join('\n');

/** `argscope COMMAND --help`: what the command does, its usage, its options, an example. */
export function commandHelp(topic: HelpTopic): string {
  const help = HELPS[topic];
  return [
    ...wrap(`argscope ${topic}: ${help.summary}.`, HELP_WIDTH),
    '',
    'Usage:',
    ...columns(help.usage, USAGE_COLUMN),
    ...(help.options.length > 0 ? ['', 'Options:', ...columns(help.options, OPTION_COLUMN)] : []),
    '',
    help.examples.length === 1 ? 'Example:' : 'Examples:',
    ...help.examples.map((example) => `  ${example}`),
    '',
    exitCodes(help.badInput),
  ].join('\n');
}

/** `argscope --help`: every command's usage and options, composed from the per-command helps. */
export function globalHelp(): string {
  const optionSections = HELP_TOPICS.filter((topic) => HELPS[topic].options.length > 0).flatMap((topic) => [
    '',
    `Options of ${topic}:`,
    ...columns(HELPS[topic].options, OPTION_COLUMN),
  ]);
  return [
    'argscope: read an argument: thesis, claims, premises, support and attack,',
    'checkable facts.',
    '',
    'Usage:',
    ...columns(
      HELP_TOPICS.flatMap((topic) => HELPS[topic].usage),
      USAGE_COLUMN,
    ),
    ...columns(
      [
        ['argscope help COMMAND', 'the same as argscope COMMAND --help'],
        ['argscope --help | --version', ''],
      ],
      USAGE_COLUMN,
    ),
    ...optionSections,
    '',
    exitCodes(ANALYZE.badInput),
  ].join('\n');
}
