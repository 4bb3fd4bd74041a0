/**
 * Reads a fact base from a file, choosing the format by extension and, when the extension says
 * nothing (`.txt`, none), by content: a first non-blank character `{` is JSONL, anything else CSV.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseFactsCsv } from './read-facts-csv.ts';
import { parseFactsJsonl } from './read-facts-jsonl.ts';
import type { FactBaseResult } from './validate-fact.ts';

/** The two fact-base formats. */
export type FactBaseFormat = 'jsonl' | 'csv';

/** Which format `text` from `file` is in: `.jsonl`/`.ndjson`/`.json` and `.csv`/`.tsv` decide, else the content. */
export function detectFactBaseFormat(text: string, file: string): FactBaseFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson' || extension === '.json') return 'jsonl';
  if (extension === '.csv' || extension === '.tsv') return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' ? 'jsonl' : 'csv';
}

/**
 * Parses a fact base already in memory (pure: no I/O).
 *
 * @param text the file's contents
 * @param file its name, for the format and for problem reports
 * @param format force a format instead of detecting it
 */
export function parseFactBase(text: string, file: string, format?: FactBaseFormat): FactBaseResult {
  return (format ?? detectFactBaseFormat(text, file)) === 'jsonl' ? parseFactsJsonl(text, file) : parseFactsCsv(text, file);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and parses a fact-base file. Bad lines become problems and the rest is read; a file that
 * cannot be opened throws the file-system error, and one that is not UTF-8 a TypeError (rather
 * than reading "México" as "M�xico"), for the caller (the CLI) to report.
 */
export function readFactBase(path: string, format?: FactBaseFormat): FactBaseResult {
  return parseFactBase(utf8.decode(readFileSync(path)), path, format);
}
