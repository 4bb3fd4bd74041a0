/**
 * Fact-checks from CSV (or TSV): a header row naming the columns id, claim, title, verdict, url,
 * date, author (any order, any case; only claim is required, other columns are ignored), then
 * one fact-check a row. Quoted fields may hold commas, quotes ("") and line breaks.
 */
import { parse } from 'csv-parse/sync';
import { csvDelimiter, unixLines } from '../csv-text.ts';
import type { FactCheckProblem, FactCheckResult } from './fact-check-record.ts';
import { factCheckFromRecord } from './fact-check-record.ts';
import { RepeatedIds } from './repeated-ids.ts';

/** The columns argscope reads. */
export const FACT_CHECK_COLUMNS = ['id', 'claim', 'title', 'verdict', 'url', 'date', 'author'] as const;

interface Row {
  readonly record: Record<string, string>;
  readonly info: { readonly lines: number };
  readonly raw: string;
}

/** csv-parse's errors say what the parser saw; these say what to fix. */
function csvMessage(error: { code?: string; message: string }): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `${/got \d+/.exec(error.message)?.[0]?.replace('got', 'has') ?? 'has a different number of'} fields, unlike the header; quote fields that contain the delimiter`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a quoted field is not closed properly; write a quote inside a quoted field twice ("")';
    default:
      return error.message.split('\n')[0] ?? error.message;
  }
}

/** Parses CSV text; a row without a claim, or that is malformed, is a problem, the rest is read. */
export function parseFactChecksCsv(text: string, file: string): FactCheckResult {
  const problems: FactCheckProblem[] = [];
  const factChecks: FactCheckResult['factChecks'] = [];
  const places: FactCheckResult['places'] = [];
  let header: string[] = [];
  let rows: Row[];
  try {
    rows = parse(unixLines(text), {
      bom: true,
      delimiter: csvDelimiter(text, file),
      columns: (names: string[]) => (header = names.map((name) => name.trim().toLowerCase())),
      info: true,
      raw: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error !== undefined) problems.push({ file, line: typeof error.lines === 'number' ? error.lines : null, item: null, message: csvMessage(error) });
      },
    }) as Row[];
  } catch (error) {
    // Only an unreadable header gets here; row errors are skipped one by one above.
    return { factChecks, places, problems: [{ file, line: 1, item: null, message: csvMessage(error as Error) }] };
  }
  if (!header.includes('claim')) {
    const found = header.length === 0 ? 'the file is empty' : `found ${header.join(', ')}`;
    return { factChecks, places, problems: [{ file, line: 1, item: null, message: `the header has no "claim" column (${found}); the columns are ${FACT_CHECK_COLUMNS.join(', ')}` }] };
  }
  const ids = new RepeatedIds();
  for (const { record, info, raw } of rows) {
    // info.lines is where the row ends; count back over the line breaks inside it.
    const line = info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    const fields: Record<string, string> = {};
    for (const column of FACT_CHECK_COLUMNS) if (record[column] !== undefined) fields[column] = record[column];
    const checked = factCheckFromRecord(fields, file);
    const problem = 'message' in checked ? checked.message : ids.check(checked.factCheck, line);
    if (problem !== null) problems.push({ file, line, item: null, message: problem });
    else if ('factCheck' in checked) {
      factChecks.push(checked.factCheck);
      places.push({ line, item: null });
      if (checked.warning !== null) problems.push({ file, line, item: null, message: checked.warning, kept: true });
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { factChecks, places, problems };
}
