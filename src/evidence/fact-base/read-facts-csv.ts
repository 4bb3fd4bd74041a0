/**
 * The CSV fact-base format: a header row, then one fact per row, with the nested fields of the
 * JSONL format flattened into columns (see docs/fact-base.md). An empty cell means null.
 */
import { csvDelimiter, semicolonHeaderProblem, unixLines } from '../csv-text.ts';
import type { CsvRows } from '../csv-rows.ts';
import { describeRowError, readCsvRows } from '../csv-rows.ts';
import type { FactBaseResult } from './validate-fact.ts';
import { FactCollector } from './validate-fact.ts';

/** Every column the format knows, in the documented order. */
export const FACT_CSV_COLUMNS = [
  'id', 'statement', 'subject', 'value', 'unit', 'time_from', 'time_to', 'place', 'source_title', 'source_url', 'quote',
] as const;
const REQUIRED = ['id', 'statement', 'source_title'] as const;

type Row = Readonly<Record<string, string | undefined>>;

function cell(row: Row, column: string): string | null {
  const value = row[column]?.trim();
  return value === undefined || value === '' ? null : value;
}

/**
 * A number cell: plain digits, or digits with thousands separators as spreadsheets write them
 * ("1,200,000"); anything else is passed through as text so the validator names the field.
 */
function numberCell(text: string | null): number | string | null {
  if (text === null) return null;
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(plain) ? Number(plain) : text;
}

/** A CSV row in the JSONL record shape, so one validator serves both formats. */
function toRecord(row: Row): Record<string, unknown> {
  const from = cell(row, 'time_from');
  const to = cell(row, 'time_to');
  return {
    id: cell(row, 'id') ?? '',
    statement: cell(row, 'statement') ?? '',
    subject: cell(row, 'subject'),
    value: numberCell(cell(row, 'value')),
    unit: cell(row, 'unit'),
    // A single time cell is a point in time: "to" defaults to "from" (and the reverse).
    time: from === null && to === null ? null : { from: from ?? to, to: to ?? from },
    place: cell(row, 'place'),
    source: { title: cell(row, 'source_title') ?? '', url: cell(row, 'source_url') },
    quote: cell(row, 'quote'),
  };
}

/**
 * Parses a CSV fact base. A row that cannot be parsed (an unclosed quote, the wrong number of
 * cells) or does not validate is one problem with its line number; the other rows are still read.
 * A header without the required columns is one problem on line 1 and nothing is read.
 *
 * @param text the file's contents
 * @param file the name to report problems under
 */
export function parseFactsCsv(text: string, file: string): FactBaseResult {
  const collector = new FactCollector(file);
  const delimiter = csvDelimiter(text, file);
  let read: CsvRows;
  try {
    read = readCsvRows(unixLines(text), { delimiter, trim: true });
  } catch (error) {
    collector.problem(1, `cannot read the CSV header (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}); write the column names separated by commas or tabs`);
    return collector.result();
  }
  const semicolons = semicolonHeaderProblem(read.header);
  if (semicolons !== null) {
    collector.problem(1, semicolons);
    return collector.result();
  }
  const names = new Set(read.header);
  const missing = REQUIRED.filter((column) => !names.has(column));
  if (missing.length > 0) {
    // Say what the first row holds: "id;statement;..." (a semicolon export) or an empty file shows
    // at once why the columns were not found, as the fact-check reader's message does.
    const found = names.size === 0 ? 'the file is empty' : `found ${[...names].join(', ').slice(0, 120)}`;
    collector.problem(1, `the header lacks ${missing.map((m) => `"${m}"`).join(', ')} (${found}); the first row must name the columns, separated by commas or tabs (${FACT_CSV_COLUMNS.join(', ')})`);
    return collector.result();
  }
  // Rows and broken rows arrive separately; merge them by line so problems stay in file order.
  const events = [
    ...read.rows.map(({ record, line }) => ({ line, record, message: null })),
    ...read.errors.map((error) => ({ line: error.line, record: null, message: describeRowError(error, 'cell', delimiter) })),
  ].sort((a, b) => a.line - b.line);
  for (const event of events) {
    if (event.record !== null) collector.add(toRecord(event.record), event.line);
    else collector.problem(event.line, event.message ?? 'the row is not valid CSV');
  }
  return collector.result();
}
