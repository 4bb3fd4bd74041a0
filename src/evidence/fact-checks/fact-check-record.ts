/**
 * One fact-check record from a JSONL line or a CSV row, checked field by field with messages a
 * user can act on. Shared by both readers so both formats report the same trouble in the same words.
 */
import { basename } from 'node:path';
import { fnv1a } from '../../learn/feature-hashing.ts';
import { isIsoDatePrefix } from '../../model/iso-date.ts';
import type { FactCheck } from '../../model/evidence-schema.ts';

/** A record argscope could not read: skipped, the rest of the file is still read. */
export interface FactCheckProblem {
  readonly file: string;
  /** 1-based line where the record starts (JSONL, CSV), or null. */
  readonly line: number | null;
  /** 1-based position among the ClaimReview objects of a JSON-LD file or page, or null. */
  readonly item: number | null;
  readonly message: string;
}

/** What reading a collection gives: the good fact-checks in file order, one problem per bad record. */
export interface FactCheckResult {
  readonly factChecks: FactCheck[];
  readonly problems: FactCheckProblem[];
}

/** "claims.jsonl line 3: ..." or "reviews.json item 2: ...", for one line on stderr. */
export function describeProblem(problem: FactCheckProblem): string {
  const place = problem.line !== null ? ` line ${problem.line}` : problem.item !== null ? ` item ${problem.item}` : '';
  return `${problem.file}${place}: ${problem.message}`;
}

const ISO_PREFIX = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?=$|T|\s)/;

/**
 * A date as an ISO 8601 prefix: "2020-01-31", "2020-01-31T09:00:00Z" (the fact-checker's own
 * calendar date is kept, not shifted to UTC), "2020-01", "2020", or an English date such as
 * "January 31, 2020"; null when it cannot be read.
 */
export function isoDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_PREFIX.exec(trimmed);
  if (iso !== null) {
    const date = iso.slice(1).filter((part) => part !== undefined).join('-');
    return isIsoDatePrefix(date) ? date : null;
  }
  if (!/[a-z]/i.test(trimmed) || !/\d{4}/.test(trimmed)) return null;
  const parsed = Date.parse(`${trimmed} UTC`);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

const OPTIONAL_TEXT = ['title', 'verdict', 'url', 'author'] as const;

/** A string field: missing, null or blank is null; another type is a message. */
function optionalText(record: Record<string, unknown>, field: string): { value: string | null } | { message: string } {
  const value = record[field];
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string') return { message: `"${field}" must be a string, not ${JSON.stringify(value).slice(0, 30)}` };
  return { value: value.trim() === '' ? null : value.trim() };
}

/**
 * The id of a fact-check its file gave none: the file's name and a hash of its claim and URL. It
 * stays the same whatever path the file is given by and wherever the record moves in the file,
 * so indexing the file again updates the record instead of adding a copy (a line number would
 * shift with every edit above it); two records with the same claim and URL are one fact-check.
 */
export function fallbackFactCheckId(file: string, claim: string, url: string | null): string {
  return `${basename(file)}#${fnv1a(`${claim.trim()}\n${url ?? ''}`).toString(16).padStart(8, '0')}`;
}

/**
 * Checks one record `{id?, claim, title?, verdict?, url?, date?, author?}` of `file`; a record
 * without an id gets {@link fallbackFactCheckId}.
 */
export function factCheckFromRecord(value: unknown, file: string): { factCheck: FactCheck } | { message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { message: `expected a JSON object, not ${JSON.stringify(value)?.slice(0, 30)}` };
  const record = value as Record<string, unknown>;
  const claim = record['claim'];
  if (claim === undefined || claim === null) return { message: '"claim" is missing: every fact-check needs the claim it checked' };
  if (typeof claim !== 'string') return { message: `"claim" must be a string, not ${JSON.stringify(claim).slice(0, 30)}` };
  if (claim.trim() === '') return { message: '"claim" is empty' };
  const rawId = record['id'];
  let id: string | null;
  if (rawId === undefined || rawId === null) id = null;
  else if (typeof rawId === 'string') id = rawId.trim() === '' ? null : rawId.trim();
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else return { message: `"id" must be a string or a number, not ${JSON.stringify(rawId).slice(0, 30)}` };
  const fields: Record<(typeof OPTIONAL_TEXT)[number], string | null> = { title: null, verdict: null, url: null, author: null };
  for (const field of OPTIONAL_TEXT) {
    const result = optionalText(record, field);
    if ('message' in result) return result;
    fields[field] = result.value;
  }
  const rawDate = optionalText(record, 'date');
  if ('message' in rawDate) return rawDate;
  const date = rawDate.value === null ? null : isoDate(rawDate.value);
  if (rawDate.value !== null && date === null) return { message: `"date" is not a date: "${rawDate.value.slice(0, 30)}"; write it as 2020-01-31, 2020-01 or 2020` };
  return { factCheck: { id: id ?? fallbackFactCheckId(file, claim, fields.url), claim: claim.trim(), title: fields.title, verdict: fields.verdict, url: fields.url, date, author: fields.author } };
}
