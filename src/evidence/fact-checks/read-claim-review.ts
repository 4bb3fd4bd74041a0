/**
 * Fact-checks from schema.org ClaimReview, the JSON-LD fact-checkers publish on their pages: one
 * object, a list, a `@graph`, a DataFeed of them (Google's ClaimReview feed), or an HTML page
 * whose `<script type="application/ld+json">` blocks hold them. Other objects (WebPage,
 * Organization) are passed over; a ClaimReview without `claimReviewed` is a problem, named by the
 * position of its element in the file's list (see {@link RecordPlace}).
 */
import { Parser } from 'htmlparser2';
import type { FactCheck } from '../../model/evidence-schema.ts';
import type { FactCheckProblem, FactCheckResult, RecordPlace } from './fact-check-record.ts';
import { distinctReviewIds } from './distinct-review-ids.ts';
import { fallbackFactCheckId, isoDate, unreadableDate } from './fact-check-record.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `@type` may be a string, a list, prefixed ("schema:ClaimReview") or a full IRI. */
function hasType(value: JsonObject, type: string): boolean {
  const types = Array.isArray(value['@type']) ? value['@type'] : [value['@type']];
  return types.some((t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`) || t.endsWith(`:${type}`)));
}

/** Every ClaimReview object in a JSON-LD value, in document order. */
function claimReviews(value: Json, found: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) {
    for (const item of value) claimReviews(item, found);
  } else if (isObject(value)) {
    if (hasType(value, 'ClaimReview')) found.push(value);
    else {
      for (const key of ['@graph', 'dataFeedElement', 'item', 'mainEntity', 'review'] as const) {
        const inner = value[key];
        if (inner !== undefined) claimReviews(inner, found);
      }
    }
  }
  return found;
}

/** The text of a JSON-LD value: a string, a number, `{"@value": ...}`, or the first such in a list. */
function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = text(item);
      if (found !== null) return found;
    }
    return null;
  }
  if (isObject(value)) return text(value['@value']);
  return null;
}

/** A property of an object (or of the first object of a list that has it). */
function property(value: Json | undefined, key: string): Json | undefined {
  if (Array.isArray(value)) return value.map((v) => property(v, key)).find((v) => v !== undefined && text(v) !== null);
  return isObject(value) ? value[key] : undefined;
}

/** Author names: a string, `{name}`, or a list of them, joined. */
function names(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list.map((v) => (isObject(v) ? text(v['name']) : text(v))).filter((v): v is string => v !== null);
  return found.length === 0 ? null : [...new Set(found)].join(', ');
}

/**
 * The elements a user counts in a JSON-LD value: a list's, a `@graph`'s or a DataFeed's, or the
 * value itself when it is one object. A problem's item is a position among these, so "item 5" is
 * the fifth element the user sees, whatever the elements before it are (WebPages, Organizations).
 */
function countedElements(value: Json): { elements: Json[]; rest: Json } {
  if (Array.isArray(value)) return { elements: value, rest: null };
  if (isObject(value) && !hasType(value, 'ClaimReview')) {
    const key = value['@graph'] !== undefined ? '@graph' : value['dataFeedElement'] !== undefined ? 'dataFeedElement' : null;
    if (key !== null) {
      const inner = value[key] as Json;
      // The wrapper's other keys (a second list, a mainEntity) are still read, as before; their reviews have no item.
      const { [key]: _counted, ...rest } = value;
      return { elements: Array.isArray(inner) ? inner : [inner], rest };
    }
  }
  return { elements: [value], rest: null };
}

/** Maps one ClaimReview to a fact-check, or says why it cannot; `warning` says why its date is left out. */
function toFactCheck(review: JsonObject, file: string): { factCheck: FactCheck; warning: string | null } | { message: string } {
  // A number is text for ids and ratings, but a claim is words: `"claimReviewed": 42` is an error.
  const claim = typeof review['claimReviewed'] === 'number' ? null : text(review['claimReviewed']);
  if (claim === null) {
    return { message: review['claimReviewed'] === undefined ? '"claimReviewed" is missing: a ClaimReview needs the claim it checked' : '"claimReviewed" is empty or not text' };
  }
  const url = text(review['url']) ?? (/^https?:/.test(text(review['@id']) ?? '') ? text(review['@id']) : null);
  const rating = review['reviewRating'];
  const dateField = text(review['datePublished']) !== null ? 'datePublished' : 'dateCreated';
  const published = text(review[dateField]);
  const date = published === null ? null : isoDate(published);
  return {
    warning: published !== null && date === null ? unreadableDate(dateField, published) : null,
    factCheck: {
      id: url ?? text(review['identifier']) ?? text(review['@id']) ?? fallbackFactCheckId(file, claim, null),
      claim,
      title: text(review['headline']) ?? text(review['name']),
      verdict: text(property(rating, 'alternateName')) ?? text(property(rating, 'name')),
      url,
      date,
      author: names(review['author']),
    },
  };
}

/** A parsed JSON-LD value and, for an HTML page, the 1-based number of the script block it came from. */
interface JsonLdValue {
  readonly value: Json;
  readonly block?: number;
}

/** Reads the ClaimReviews of parsed JSON-LD values into `result`; returns how many there were. */
function fromValues(values: readonly JsonLdValue[], file: string, result: FactCheckResult): number {
  let found = 0;
  const read = (element: Json, place: RecordPlace): void => {
    for (const review of claimReviews(element)) {
      found += 1;
      const mapped = toFactCheck(review, file);
      if ('message' in mapped) {
        result.problems.push({ file, ...place, message: mapped.message });
        continue;
      }
      result.factChecks.push(mapped.factCheck);
      result.places.push(place);
      if (mapped.warning !== null) result.problems.push({ file, ...place, message: mapped.warning, kept: true });
    }
  };
  for (const { value, block } of values) {
    const at = (item: number | null): RecordPlace => (block === undefined ? { line: null, item } : { line: null, item, block });
    const { elements, rest } = countedElements(value);
    elements.forEach((element, i) => read(element, at(i + 1)));
    read(rest, at(null));
  }
  // In place, element by element: a DataFeed may hold more reviews than a spread may pass as arguments.
  distinctReviewIds(result.factChecks).forEach((factCheck, i) => (result.factChecks[i] = factCheck));
  return found;
}

function notJson(file: string, error: unknown, where: string): FactCheckProblem {
  return { file, line: null, item: null, message: `${where}is not JSON (${error instanceof Error ? error.message : String(error)})` };
}

/** Parses a JSON-LD file: one ClaimReview, a list, a `@graph` or a DataFeed. */
export function parseClaimReviewJson(textOfFile: string, file: string): FactCheckResult {
  const result: FactCheckResult = { factChecks: [], places: [], problems: [] };
  let value: Json;
  try {
    value = JSON.parse(textOfFile.replace(/^\uFEFF/, '')) as Json;
  } catch (error) {
    result.problems.push(notJson(file, error, ''));
    return result;
  }
  if (fromValues([{ value }], file, result) === 0) {
    result.problems.push({ file, line: null, item: null, message: 'no ClaimReview object found (an object with "@type": "ClaimReview")' });
  }
  return result;
}

/** The contents of an HTML page's `<script type="application/ld+json">` blocks, in order. */
export function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && (attributes['type'] ?? '').trim().toLowerCase() === 'application/ld+json') current = [];
      },
      ontext(data) {
        current?.push(data);
      },
      onclosetag(name) {
        if (name === 'script' && current !== null) {
          blocks.push(current.join(''));
          current = null;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return blocks;
}

/** Parses the ClaimReviews embedded in an HTML page; a block that is not JSON is a problem. */
export function parseClaimReviewHtml(html: string, file: string): FactCheckResult {
  const result: FactCheckResult = { factChecks: [], places: [], problems: [] };
  const values: JsonLdValue[] = [];
  jsonLdBlocks(html).forEach((block, i) => {
    try {
      values.push({ value: JSON.parse(block) as Json, block: i + 1 });
    } catch (error) {
      result.problems.push(notJson(file, error, `JSON-LD block ${i + 1} `));
    }
  });
  if (fromValues(values, file, result) === 0 && result.problems.length === 0) {
    result.problems.push({ file, line: null, item: null, message: 'no ClaimReview found in the page\'s <script type="application/ld+json"> blocks' });
  }
  return result;
}
