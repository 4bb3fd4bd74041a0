/**
 * The CSV fact-base format: a header row, then one fact per row, with the nested fields of the
 * JSONL format flattened into columns (see docs/fact-base.md). An empty cell means null.
 */
import { parse } from 'csv-parse/sync';
import { csvDelimiter, unixLines } from '../csv-text.ts';
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

/** csv-parse's error in the user's terms, with the fix. */
function csvErrorMessage(code: string, message: string): string {
  const cells = /columns length is (\d+), got (\d+)/.exec(message);
  if (code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && cells !== null) {
    return `has ${cells[2]} cells but the header has ${cells[1]}; quote cells that hold commas`;
  }
  if (code.includes('QUOTE')) return 'has a misplaced or unclosed quote; quote whole cells and double any quote inside one ("")';
  return `is not valid CSV (${message})`;
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
  const skipped: { line: number; message: string }[] = [];
  let records: { record: Row; info: { lines: number }; raw: string }[];
  try {
    records = parse(unixLines(text), {
      bom: true,
      delimiter,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        // One problem per line: a broken quote can trip several checks on the same row.
        const line = typeof error?.lines === 'number' ? error.lines : 0;
        if (error !== undefined && !skipped.some((s) => s.line === line)) {
          skipped.push({ line, message: csvErrorMessage(error.code, error.message) });
        }
        return undefined;
      },
    }) as { record: Row; info: { lines: number }; raw: string }[];
  } catch (error) {
    collector.problem(1, `cannot read the CSV (${error instanceof Error ? error.message : String(error)})`);
    return collector.result();
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = parse(header, { trim: true, to_line: 1, delimiter }) as string[][];
  const names = new Set((columns[0] ?? []).map((name) => name.toLowerCase()));
  const missing = REQUIRED.filter((column) => !names.has(column));
  if (missing.length > 0) {
    // Say what the first row holds: "id;statement;..." (a semicolon export) or an empty file shows
    // at once why the columns were not found, as the fact-check reader's message does.
    const found = names.size === 0 || header.trim() === '' ? 'the file is empty' : `found ${[...names].join(', ').slice(0, 120)}`;
    collector.problem(1, `the header lacks ${missing.map((m) => `"${m}"`).join(', ')} (${found}); the first row must name the columns, separated by commas or tabs (${FACT_CSV_COLUMNS.join(', ')})`);
    return collector.result();
  }
  // Records and skipped rows arrive separately; merge them by line so problems stay in file order.
  const events = [
    // info.lines is where a row ends; a quoted cell with line breaks would put the row's problems
    // (and "already used on line N") on its last line, so count back to the line it starts on.
    ...records.map(({ record, info, raw }) => ({ line: info.lines - (raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g)?.length ?? 0), record, message: null })),
    ...skipped.map(({ line, message }) => ({ line, record: null, message })),
  ].sort((a, b) => a.line - b.line);
  for (const event of events) {
    if (event.record !== null) collector.add(toRecord(event.record), event.line);
    else collector.problem(event.line, `the row ${event.message ?? 'is not valid CSV'}`);
  }
  return collector.result();
}
