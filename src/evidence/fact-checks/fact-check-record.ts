/**
 * One fact-check record from a JSONL line or a CSV row, checked field by field with messages a
 * user can act on. Shared by both readers so both formats report the same trouble in the same words.
 */
import { basename } from 'node:path';
import { fnv1a } from '../../learn/feature-hashing.ts';
import { isIsoDatePrefix } from '../../model/iso-date.ts';
import type { FactCheck } from '../../model/evidence-schema.ts';

/** Where in its file a record was read, so a message can send the user to it. */
export interface RecordPlace {
  /** 1-based line where the record starts (JSONL, CSV), or null. */
  readonly line: number | null;
  /**
   * 1-based position of the element holding the record in a JSON-LD file's (or page block's) list,
   * `@graph` or DataFeed, counting every element, not only ClaimReviews (1 for a lone object); or null.
   */
  readonly item: number | null;
  /** 1-based `<script type="application/ld+json">` block of an HTML page the item is in; absent elsewhere. */
  readonly block?: number;
}

/**
 * A record argscope could not read whole: skipped, the rest of the file is still read; or, when
 * `kept`, read without the field the message names (a bad date need not cost the fact-check).
 */
export interface FactCheckProblem extends RecordPlace {
  readonly file: string;
  readonly message: string;
  /** True when the record was still read; absent or false when it was skipped. */
  readonly kept?: boolean;
}

/** What reading a collection gives: the good fact-checks in file order, one problem per bad record. */
export interface FactCheckResult {
  readonly factChecks: FactCheck[];
  /** Where each fact-check was read, index for index with `factChecks` (to report ids that clash across files). */
  readonly places: RecordPlace[];
  readonly problems: FactCheckProblem[];
}

/** " line 3", " item 2" or " JSON-LD block 2 item 1": a place as messages write it after the file name. */
export function describePlace(place: RecordPlace): string {
  if (place.line !== null) return ` line ${place.line}`;
  const block = place.block === undefined ? '' : ` JSON-LD block ${place.block}`;
  return place.item !== null ? `${block} item ${place.item}` : block;
}

/** "claims.jsonl line 3: ..." or "reviews.json item 2: ...", for one line on stderr. */
export function describeProblem(problem: FactCheckProblem): string {
  return `${problem.file}${describePlace(problem)}: ${problem.message}`;
}

/**
 * The message for a date that cannot be read. The record is kept without it, in every format:
 * dropping a whole fact-check for its date lost the claim and verdict, which matter more.
 */
export function unreadableDate(field: string, value: string): string {
  return `"${field}" is not a date: "${value.slice(0, 30)}"; write it as 2020-01-31, 2020-01 or 2020; kept without a date`;
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
 * without an id gets {@link fallbackFactCheckId}. `message` says why the record cannot be read;
 * `warning`, when not null, why it is read without its date.
 */
export function factCheckFromRecord(value: unknown, file: string): { factCheck: FactCheck; warning: string | null } | { message: string } {
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
  const warning = rawDate.value !== null && date === null ? unreadableDate('date', rawDate.value) : null;
  return { factCheck: { id: id ?? fallbackFactCheckId(file, claim, fields.url), claim: claim.trim(), title: fields.title, verdict: fields.verdict, url: fields.url, date, author: fields.author }, warning };
}
