/**
 * Reads a collection of earlier fact-checks from a file, choosing the reader by extension and,
 * when the extension says nothing, by content: ClaimReview JSON-LD (`.json`, `.jsonld`), an HTML
 * page with ClaimReview markup (`.html`), JSONL (`.jsonl`, `.ndjson`), CSV or TSV.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FactCheckResult } from './fact-check-record.ts';
import { parseClaimReviewHtml, parseClaimReviewJson } from './read-claim-review.ts';
import { parseFactChecksCsv } from './read-csv.ts';
import { parseFactChecksJsonl } from './read-jsonl.ts';

/** The formats a collection may be in. */
export type FactCheckFormat = 'claim-review' | 'html' | 'jsonl' | 'csv';

/** Which format `text` from `file` is in. */
export function detectFactCheckFormat(text: string, file: string): FactCheckFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.json' || extension === '.jsonld') return 'claim-review';
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.csv' || extension === '.tsv') return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'html';
  if (start.startsWith('[')) return 'claim-review';
  if (start.startsWith('{')) {
    // One JSON value over several lines is JSON-LD; a JSON object on each line is JSONL.
    const firstLine = start.slice(0, start.indexOf('\n') >>> 0);
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'claim-review';
    }
  }
  return 'csv';
}

/** Parses a collection already in memory (pure: no I/O). */
export function parseFactChecks(text: string, file: string, format: FactCheckFormat = detectFactCheckFormat(text, file)): FactCheckResult {
  switch (format) {
    case 'claim-review':
      return parseClaimReviewJson(text, file);
    case 'html':
      return parseClaimReviewHtml(text, file);
    case 'jsonl':
      return parseFactChecksJsonl(text, file);
    case 'csv':
      return parseFactChecksCsv(text, file);
  }
}

/**
 * Reads and parses a collection file. Bad records become problems and the rest is read; a file
 * that cannot be opened, or is not UTF-8, throws for the caller (the CLI) to report.
 */
export async function readFactChecks(path: string, format?: FactCheckFormat): Promise<FactCheckResult> {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  return parseFactChecks(text, path, format);
}
