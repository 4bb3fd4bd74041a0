/** `argscope analyze`: one text, pre-segmented units, or a stream of documents. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { analyze, analyzeUnits, InputRejectedError } from '../analyze.ts';
import type { AnalyzeOptions } from '../pipeline/options.ts';
import { serialize } from '../serialize/serialize.ts';
import { toJson } from '../serialize/to-json.ts';
import { CliError } from './cli-error.ts';
import { readLines } from './jsonl-lines.ts';
import type { DocLine, UnitLine } from './jsonl-records.ts';
import type { CliOptions, InputMode } from './options.ts';
import { openOutput } from './output.ts';
import { readInput } from './read-input.ts';
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
  return { targets: options.targets, maxLength: options.maxSize, checkworthyThreshold: options.threshold };
}

async function openLines(file: string, io: CliIo): Promise<Readable> {
  if (file === '-') return io.stdin;
  const info = await stat(file).catch(() => null);
  if (info === null) throw new CliError(`cannot read ${file}: no such file; check the path`);
  if (info.isDirectory()) throw new CliError(`${file} is a directory; give a JSONL file (or - for standard input)`);
  return createReadStream(file);
}

function reportLine(io: CliIo, file: string, number: number, problem: string): void {
  io.stderr.write(`argscope: ${file === '-' ? 'standard input' : file} line ${number}: ${problem}; line skipped\n`);
}

/** `--input docs`: streams one analysis per line as JSONL; returns how many lines were skipped. */
async function analyzeDocs(file: string, options: CliOptions, io: CliIo): Promise<number> {
  if (options.format !== 'json') throw new CliError('--input docs writes JSONL, one analysis per line: use --format json (the default)', 2);
  const output = await openOutput(options.out, io.stdout);
  const progress = new ProgressReporter(io.stderr, options.progress);
  // zod costs a quarter of a second to load; only the JSONL modes need it.
  const { DocLineSchema, parseLine } = await import('./jsonl-records.ts');
  let skipped = 0;
  for await (const line of readLines(await openLines(file, io), options.maxSize)) {
    const result = parseLine<DocLine>(line, DocLineSchema, options.maxSize);
    if ('problem' in result) {
      reportLine(io, file, result.number, result.problem);
      skipped += 1;
      continue;
    }
    const { id, text, targets } = result.record;
    const analysis = analyze(text, { ...analyzeOptions(options), id: String(id), targets: targets ?? options.targets });
    await output.write(`${toJson(analysis)}\n`);
    progress.tick(line.bytes?.length ?? 0);
  }
  await output.close();
  progress.done(skipped);
  return skipped;
}

/** `--input units`: the valid lines become one document whose units map 1:1 to them. */
async function analyzeUnitLines(file: string, options: CliOptions, io: CliIo): Promise<number> {
  const units: UnitLine[] = [];
  const { UnitLineSchema, parseLine } = await import('./jsonl-records.ts');
  let skipped = 0;
  for await (const line of readLines(await openLines(file, io), options.maxSize)) {
    const result = parseLine<UnitLine>(line, UnitLineSchema, options.maxSize);
    if ('problem' in result) {
      reportLine(io, file, result.number, result.problem);
      skipped += 1;
    } else {
      units.push(result.record);
    }
  }
  if (units.length === 0) throw new CliError(`${file === '-' ? 'standard input' : file} has no valid unit lines; each line should be {"text": "...", "speaker": "..."}`);
  const analysis = analyzeUnits(units, analyzeOptions(options));
  const output = await openOutput(options.out, io.stdout);
  await output.write(withNewline(serialize(analysis, options.format, options.pretty)));
  await output.close();
  return skipped;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Runs `analyze`; returns the exit code. */
export async function runAnalyze(options: CliOptions, io: CliIo): Promise<number> {
  const file = options.files[0] as string;
  const mode = modeFor(file, options.input);
  if (mode === 'docs') return (await analyzeDocs(file, options, io)) > 0 ? 1 : 0;
  if (mode === 'units') return (await analyzeUnitLines(file, options, io)) > 0 ? 1 : 0;
  const { name, text } = await readInput(file, options.maxSize, io.stdin);
  if (text.trim() === '') throw new CliError(`${name} is empty; there is nothing to analyse`);
  let analysis;
  try {
    analysis = analyze(text, { ...analyzeOptions(options), format: mode });
  } catch (error) {
    if (error instanceof InputRejectedError) throw new CliError(`${name}: ${error.message}`);
    throw error;
  }
  const output = await openOutput(options.out, io.stdout);
  await output.write(withNewline(serialize(analysis, options.format, options.pretty)));
  await output.close();
  return 0;
}
