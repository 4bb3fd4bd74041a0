/**
 * The rows of a CSV file, read so that one broken row costs only itself.
 *
 * A quoted field may span lines (a claim with a line break in it), so a field that opens a quote
 * and never closes it reads as the start of such a field: csv-parse takes the following lines
 * into it until some later quote breaks the record ("Invalid Closing Quote") or the file ends
 * ("Quote Not Closed"), and with `skip_records_with_error` it skips that whole span, good rows and
 * all. The library cannot tell an unclosed quote from a field meant to span lines until the
 * record breaks, so the rule is: a record that breaks on a quote, or any record that breaks after
 * spanning lines, is reported on the line where it starts, and reading starts over on the line
 * after it (a fresh parse of the rest of the file, so the swallowed rows are read as rows). A
 * quoted field that spans lines and closes properly, in a row with the right number of fields, is
 * a multi-line field as before.
 */
import type { CsvError } from 'csv-parse/sync';
import { parse } from 'csv-parse/sync';

/** One row, as column name (trimmed, lower case) to cell, with the line it starts on. */
export interface CsvRow {
  readonly record: Readonly<Record<string, string | undefined>>;
  readonly line: number;
}

/** A row csv-parse could not read. */
export interface CsvRowError {
  /** The line the row starts on (for an unclosed quote: the line where the quote opens). */
  readonly line: number;
  /** The line csv-parse was on when the row broke: past `line` when a quote ran on. */
  readonly endLine: number;
  readonly code: string;
  readonly message: string;
  /** The row broke on a quote: one not closed, closed badly, or standing inside an unquoted field. */
  readonly brokenQuote: boolean;
}

export interface CsvRows {
  /** The header's column names, trimmed and in lower case; empty for an empty file. */
  readonly header: readonly string[];
  readonly rows: CsvRow[];
  readonly errors: CsvRowError[];
}

export interface CsvRowsOptions {
  readonly delimiter: string;
  /** Trim the blanks around unquoted cells. */
  readonly trim: boolean;
}

const NEWLINE = 0x0a;
/** csv-parse's code for a quote inside an unquoted field (the one quote code without the CSV_ prefix). */
const INVALID_OPENING_QUOTE = 'INVALID_OPENING_QUOTE';

/** Stops a parse at a broken multi-line record, to start over on the line after its start. */
class StartOver extends Error {
  constructor(readonly line: number) {
    super(`start over on line ${line}`);
  }
}

/** How many line breaks a record's raw text spans: not counting empty lines skipped before it, or its own line end. */
function linesSpanned(raw: string): number {
  return raw.replace(/^\n+/u, '').replace(/\n$/u, '').match(/\n/gu)?.length ?? 0;
}

/** The byte offset each line of `data` starts at, by line number (1-based; index 0 unused). */
function lineStarts(data: Buffer): number[] {
  const starts = [0, 0];
  for (let at = data.indexOf(NEWLINE); at !== -1; at = data.indexOf(NEWLINE, at + 1)) starts.push(at + 1);
  return starts;
}

/** The header: the first line with anything on it, parsed alone. Throws csv-parse's error when it is not CSV. */
function readHeader(data: Buffer, starts: readonly number[], options: CsvRowsOptions): { names: string[]; line: number } {
  for (let line = 1; line < starts.length; line += 1) {
    const text = data.subarray(starts[line], starts[line + 1] ?? data.length).toString('utf8');
    if (text.trim() === '') continue;
    const [names = []] = parse(text, { delimiter: options.delimiter, trim: true }) as string[][];
    return { names: names.map((name) => name.trim().toLowerCase()), line };
  }
  return { names: [], line: 0 };
}

/** True when a row broke on a quote that ran on past its own line (or to the end of the file): an unclosed quote. */
function quoteRanOn(error: CsvRowError): boolean {
  // A quote in the middle of an unquoted field is met outside any quoted field: not an open quote.
  return error.brokenQuote && error.code !== INVALID_OPENING_QUOTE && (error.code === 'CSV_QUOTE_NOT_CLOSED' || error.endLine > error.line);
}

/**
 * What is wrong with a row that broke on a quote, in the user's terms, naming the line the quote
 * ran on to when that is not its own; each reader adds its fix.
 */
function describeQuoteProblem(error: CsvRowError, word: string): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quote opened on this line is never closed (it ran on to the end of the file; the rows after it are still read)';
  if (quoteRanOn(error)) return `a quote opened on this line is not closed (it ran on to line ${error.endLine}; the rows after it are still read)`;
  if (error.code === INVALID_OPENING_QUOTE) return `a quote stands inside a ${word} that does not start with one`;
  return `a quoted ${word} is not closed properly`;
}

/**
 * A row with more or fewer fields than the header, and its fix: too many means a field holding the
 * delimiter went unquoted; too few, that empty fields at its end were left out.
 * @param word what the reader calls a field ("fields", or "cells" for fact bases)
 * @param delimiter the file's delimiter, to name it in the fix
 */
function describeFieldCount(error: CsvRowError, word: string, delimiter: string): string {
  const counts = /columns length is (\d+), got (\d+)/.exec(error.message);
  if (counts === null) return `the row has a different number of ${word} from the header; give every row one for each column`;
  const [, header = '', row = ''] = counts;
  const fix = Number(row) > Number(header) ? `quote ${word} that hold ${delimiter === '\t' ? 'tabs' : 'commas'}` : `give every row one for each column, empty ones too (a,,c)`;
  return `the row has ${row} ${word} but the header has ${header}; ${fix}`;
}

/** csv-parse's codes for a row with more or fewer fields than the header. */
const FIELD_COUNT_CODES = new Set(['CSV_RECORD_INCONSISTENT_COLUMNS', 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH']);

/**
 * A row csv-parse could not read, in the user's terms, with the fix: one wording for every CSV
 * reader, each naming its own unit ("field" for fact-check collections, "cell" for fact bases).
 */
export function describeRowError(error: CsvRowError, word: 'field' | 'cell', delimiter: string): string {
  if (FIELD_COUNT_CODES.has(error.code)) return describeFieldCount(error, `${word}s`, delimiter);
  if (error.brokenQuote) {
    const fix = quoteRanOn(error)
      ? `close the quote where the ${word} ends, and write a quote inside a quoted ${word} twice ("")`
      : error.code === INVALID_OPENING_QUOTE
        ? `quote the whole ${word} and write the quote inside it twice ("")`
        : `write a quote inside a quoted ${word} twice ("")`;
    return `${describeQuoteProblem(error, word)}; ${fix}`;
  }
  return `the row is not valid CSV (${error.message.split('\n')[0] ?? error.message})`;
}

/**
 * Reads `text` (Unix line ends) as CSV with a header row. Rows that cannot be read are errors
 * with their line numbers, and the rows around them are still read. Throws csv-parse's error only
 * when the header itself cannot be read.
 */
export function readCsvRows(text: string, options: CsvRowsOptions): CsvRows {
  // Bytes, not a string: starting over slices the rest of the file, and a Buffer slices without copying.
  const data = Buffer.from(text.replace(/^\uFEFF/u, ''), 'utf8');
  const starts = lineStarts(data);
  const header = readHeader(data, starts, options);
  const rows: CsvRow[] = [];
  const errors: CsvRowError[] = [];
  if (header.names.length === 0) return { header: header.names, rows, errors };
  for (let from = header.line + 1; from < starts.length; ) {
    const before = from - 1;
    const offset = starts[from] ?? data.length;
    let startOver: number | null = null;
    try {
      parse(data.subarray(offset), {
        delimiter: options.delimiter,
        columns: header.names,
        trim: options.trim,
        skip_empty_lines: true,
        raw: true,
        skip_records_with_error: true,
        // With `raw`, csv-parse hands over { record, raw }; the line count is in `info`.
        on_record: ({ record }: { record: Record<string, string> }, info) => {
          rows.push({ record, line: before + info.lines - linesSpanned(info.raw ?? '') });
          return null;
        },
        on_skip: (error: CsvError | undefined, raw: string | undefined) => {
          if (error === undefined) return undefined;
          const spanned = linesSpanned(raw ?? '');
          const endLine = before + (typeof error.lines === 'number' ? error.lines : 1);
          const line = endLine - spanned;
          // A broken quote can trip several checks on the same row: one error each.
          if (errors.at(-1)?.line !== line) {
            errors.push({ line, endLine, code: error.code, message: error.message, brokenQuote: error.code.includes('QUOTE') });
          }
          // Past a quote error the parser's idea of what is quoted is wrong, and a record that
          // spans lines may hold rows that an unclosed quote swallowed: read them again as rows.
          if (error.code.includes('QUOTE') || spanned > 0) throw new StartOver(line + 1);
          return undefined;
        },
      });
    } catch (error) {
      if (!(error instanceof StartOver)) throw error;
      startOver = error.line;
    }
    if (startOver === null) break;
    // Always forward, whatever the line count said, so a file cannot keep the loop here.
    from = Math.max(startOver, from + 1);
  }
  return { header: header.names, rows, errors };
}
