/**
 * Fact-checks from CSV (or TSV): a header row naming the columns id, claim, title, verdict, url,
 * date, author (any order, any case; only claim is required, other columns are ignored), then
 * one fact-check a row. Quoted fields may hold commas, quotes ("") and line breaks; a quote left
 * open costs only its own row (the rule is in ../csv-rows.ts).
 */
import { csvDelimiter, semicolonHeaderProblem, unixLines } from '../csv-text.ts';
import type { CsvRows } from '../csv-rows.ts';
import { describeRowError, readCsvRows } from '../csv-rows.ts';
import type { FactCheckProblem, FactCheckResult } from './fact-check-record.ts';
import { factCheckFromRecord } from './fact-check-record.ts';
import { RepeatedIds } from './repeated-ids.ts';

/** The columns argscope reads. */
export const FACT_CHECK_COLUMNS = ['id', 'claim', 'title', 'verdict', 'url', 'date', 'author'] as const;

/** Parses CSV text; a row without a claim, or that is malformed, is a problem, the rest is read. */
export function parseFactChecksCsv(text: string, file: string): FactCheckResult {
  const problems: FactCheckProblem[] = [];
  const factChecks: FactCheckResult['factChecks'] = [];
  const places: FactCheckResult['places'] = [];
  const delimiter = csvDelimiter(text, file);
  let read: CsvRows;
  try {
    read = readCsvRows(unixLines(text), { delimiter, trim: false });
  } catch (error) {
    // Only an unreadable header gets here; row errors are reported one by one below.
    const message = `the header is not valid CSV (${(error as Error).message.split('\n')[0] ?? ''}); write the column names separated by commas or tabs`;
    return { factChecks, places, problems: [{ file, line: 1, item: null, message }] };
  }
  const { header, rows, errors } = read;
  const semicolons = semicolonHeaderProblem(header);
  if (semicolons !== null) return { factChecks, places, problems: [{ file, line: 1, item: null, message: semicolons }] };
  if (!header.includes('claim')) {
    const found = header.length === 0 ? 'the file is empty' : `found ${header.join(', ')}`;
    return { factChecks, places, problems: [{ file, line: 1, item: null, message: `the header has no "claim" column (${found}); the columns are ${FACT_CHECK_COLUMNS.join(', ')}` }] };
  }
  for (const error of errors) problems.push({ file, line: error.line, item: null, message: describeRowError(error, 'field', delimiter) });
  const ids = new RepeatedIds();
  for (const { record, line } of rows) {
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
