/** `argscope analyze`: one text, pre-segmented units, or a stream of documents. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { ZodType } from 'zod';
import { InputRejectedError } from '../analyze.ts';
import type { AnalyzeOptions } from '../pipeline/options.ts';
import { serialize } from '../serialize/serialize.ts';
import { toJson } from '../serialize/to-json.ts';
import { CliError } from './cli-error.ts';
import { refuseOverwrite } from './refuse-overwrite.ts';
import type { Analyzers } from './encoder-option.ts';
import { analyzersFor } from './encoder-option.ts';
import { withEvidence } from './evidence-option.ts';
import { readLines } from './jsonl-lines.ts';
import type { DocLine, UnitLine } from './jsonl-records.ts';
import type { CliOptions, InputMode } from './options.ts';
import { openOutput } from './output.ts';
import { formatSize, readInput } from './read-input.ts';
import { reportEmptyInput } from './empty-input.ts';
import { ProgressReporter } from './progress.ts';

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** The text format for a file: its extension decides, then the content (`auto`). */
function modeFor(file: string, input: InputMode): InputMode {
  if (input !== 'auto') return input;
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  if (/\.x?html?$/i.test(file)) return 'html';
  if (/\.jsonl$/i.test(file)) throw new CliError(`${file} is JSONL: say --input docs (a document per line) or --input units (a unit per line)`, 2);
  return 'auto';
}

function analyzeOptions(options: CliOptions): Partial<AnalyzeOptions> {
  return { targets: options.targets, maxLength: options.maxSize, maxUnits: options.maxUnits, checkworthyThreshold: options.threshold };
}

async function openLines(file: string, io: CliIo): Promise<Readable> {
  if (file === '-') return io.stdin;
  const info = await stat(file).catch(() => null);
  if (info === null) throw new CliError(`cannot read ${file}: no such file; check the path`);
  if (info.isDirectory()) throw new CliError(`${file} is a directory; give a JSONL file (or - for standard input)`);
  return createReadStream(file);
}

const inputName = (file: string): string => (file === '-' ? 'standard input' : file);

function reportLine(io: CliIo, file: string, number: number, problem: string): void {
  io.stderr.write(`argscope: ${inputName(file)} line ${number}: ${problem}; line skipped\n`);
}

/** The valid records of a JSONL input with their line numbers; bad lines are reported and counted. */
async function* validLines<T>(
  file: string,
  input: Readable,
  schema: ZodType<T>,
  options: CliOptions,
  io: CliIo,
  counts: { skipped: number },
): AsyncGenerator<{ number: number; record: T; bytes: number }> {
  // zod costs a quarter of a second to load; only the JSONL modes need it.
  const { parseLine } = await import('./jsonl-records.ts');
  for await (const line of readLines(input, options.maxSize)) {
    const result = parseLine<T>(line, schema, options.maxSize);
    if ('problem' in result) {
      reportLine(io, file, result.number, result.problem);
      counts.skipped += 1;
    } else {
      yield { number: result.number, record: result.record, bytes: line.bytes?.length ?? 0 };
    }
  }
}

/** Why one document failed, in one line: its size, or an internal error to report. */
function documentProblem(error: unknown): string {
  if (error instanceof InputRejectedError) return error.message;
  if (error instanceof RangeError) return `the analysis is too large to write (${error.message}); split the document`;
  return `internal error (${error instanceof Error ? error.message : String(error)}); please report it`;
}

/** `--input docs`: streams one analysis per line as JSONL; returns how many lines were skipped. */
async function analyzeDocs(file: string, options: CliOptions, io: CliIo, analyzers: Analyzers): Promise<number> {
  if (options.format !== 'json') throw new CliError('--input docs writes JSONL, one analysis per line: use --format json (the default)', 2);
  await refuseOverwrite(options.out, [file]);
  const { DocLineSchema } = await import('./jsonl-records.ts');
  const counter = { skipped: 0 };
  // The input is opened before the output, so a mistyped input path cannot empty an old result file.
  const records = validLines<DocLine>(file, await openLines(file, io), DocLineSchema, options, io, counter);
  const output = await openOutput(options.out, io.stdout);
  const progress = new ProgressReporter(io.stderr, options.progress);
  for await (const { number, record, bytes } of records) {
    const { id, text, targets, date } = record;
    let json: string;
    try {
      const perDocument = { id: String(id), targets: targets ?? options.targets, ...(date === undefined ? {} : { textDate: date }) };
      json = toJson(await analyzers.text(text, { ...analyzeOptions(options), ...perDocument }));
    } catch (error) {
      // A damaged --claims index is no one document's fault and would fail them all: stop with its line.
      if (error instanceof CliError) throw error;
      // One document must not stop the others: report it like a malformed line and go on.
      reportLine(io, file, number, documentProblem(error));
      counter.skipped += 1;
      continue;
    }
    await output.write(`${json}\n`);
    progress.tick(bytes);
  }
  await output.close();
  progress.done(counter.skipped);
  if (progress.count === 0 && counter.skipped === 0) reportEmptyInput(io, file, 'documents', 'analysed');
  return counter.skipped;
}

/** `--input units`: the valid lines become one document whose units map 1:1 to them. */
async function analyzeUnitLines(file: string, options: CliOptions, io: CliIo, analyzers: Analyzers): Promise<number> {
  await refuseOverwrite(options.out, [file]);
  const { UnitLineSchema } = await import('./jsonl-records.ts');
  const counter = { skipped: 0 };
  const units: UnitLine[] = [];
  let total = 0;
  for await (const { record, bytes } of validLines<UnitLine>(file, await openLines(file, io), UnitLineSchema, options, io, counter)) {
    total += bytes;
    if (total > options.maxSize) {
      throw new CliError(`${inputName(file)}: the units add up to over the ${formatSize(options.maxSize)} limit; pass --max-size with a larger limit or split the file`);
    }
    units.push(record);
  }
  if (units.length === 0) throw new CliError(`${inputName(file)} has no valid unit lines; each line should be {"text": "...", "speaker": "..."}`);
  const analysis = await rejectAsCliError(inputName(file), () => analyzers.units(units, analyzeOptions(options)));
  const output = await openOutput(options.out, io.stdout);
  await output.write(withNewline(serialize(analysis, options.format, options.pretty)));
  await output.close();
  return counter.skipped;
}

/** Runs an analysis, turning a refusal of the whole input into a one-line user error. */
async function rejectAsCliError<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InputRejectedError) throw new CliError(`${name}: ${error.message}`);
    throw error;
  }
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Runs `analyze`; returns the exit code. */
export async function runAnalyze(options: CliOptions, io: CliIo): Promise<number> {
  const file = options.files[0] as string;
  const mode = modeFor(file, options.input);
  // Before any input is read: a bad --encoder folder is a wrong command line, and the evidence
  // (fact base, fact-check index) is loaded once for every analysis of the run.
  await refuseOverwrite(options.out, [file, options.facts, ...options.claims]);
  const evidence = await withEvidence(await analyzersFor(options), options, io);
  try {
    const skipped = await analyzeInput(file, mode, options, io, evidence.analyzers);
    return skipped + evidence.skipped > 0 ? 1 : 0;
  } finally {
    await evidence.close();
  }
}

/** Analyses the input in its mode; returns how many input lines were skipped. */
async function analyzeInput(file: string, mode: InputMode, options: CliOptions, io: CliIo, analyzers: Analyzers): Promise<number> {
  if (mode === 'docs') return await analyzeDocs(file, options, io, analyzers);
  if (mode === 'units') return await analyzeUnitLines(file, options, io, analyzers);
  await refuseOverwrite(options.out, [file]);
  const { name, text } = await readInput(file, options.maxSize, io.stdin);
  if (text.trim() === '') throw new CliError(`${name} is empty; there is nothing to analyse`);
  const analysis = await rejectAsCliError(name, () => analyzers.text(text, { ...analyzeOptions(options), format: mode }));
  let serialized: string;
  try {
    serialized = serialize(analysis, options.format, options.pretty);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`${name}: the analysis is too large to write; split the text`);
    throw error;
  }
  const output = await openOutput(options.out, io.stdout);
  await output.write(withNewline(serialized));
  await output.close();
  // An input with nothing to read (a code block, a page of links) still gets its empty report,
  // but a run that found nothing says so where the user looks, not only inside the output.
  if (analysis.diagnostics.some((d) => d.rule === 'input/no-prose')) {
    io.stderr.write(`argscope: ${name} has no prose to analyse (only markup, code or labels); the report is empty\n`);
  }
  return 0;
}
