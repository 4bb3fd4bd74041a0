/** What the two CSV readers (fact-check collections, fact bases) do alike before csv-parse reads a file. */

/** The delimiter: tab for .tsv, comma for .csv, else whichever of the two the header line has more of. */
export function csvDelimiter(text: string, file: string): string {
  if (/\.tsv$/i.test(file)) return '\t';
  if (/\.csv$/i.test(file)) return ',';
  const header = text.slice(0, text.indexOf('\n') >>> 0);
  return (header.match(/\t/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

/**
 * The text with Windows line ends made plain: csv-parse counts a quoted cell's CRLF as two lines,
 * so every line number after such a cell (spreadsheets write both) would be off by one.
 */
export function unixLines(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

/**
 * What to do about a header that is one column holding semicolons: a spreadsheet's "CSV" in a
 * locale whose decimal mark is the comma. Refused rather than read, since its numbers ("1,5")
 * would then be misread; null for any other header.
 */
export function semicolonHeaderProblem(header: readonly string[]): string | null {
  const [only] = header;
  if (header.length !== 1 || only === undefined || !only.includes(';')) return null;
  return `the columns are separated by semicolons (${only.slice(0, 120)}); argscope reads commas or tabs: export the file as comma-separated CSV, or as tab-separated .tsv`;
}
