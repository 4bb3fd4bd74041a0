/**
 * Time expressions normalised to ISO-like ranges: years ("in 2021"), decades and their parts
 * ("the 90s", "early 00s"), centuries, months and dates ("March 3, 2019", "2020-03-03"), parts of
 * years ("mid-2021"), and ranges built from two of them ("between 2007 and 2015", "the 90s and
 * early 00s" → 1990-2004). Relative times ("last year") need a reference date and are left out.
 */
import type { TimeExpression } from '../model/analysis-schema.ts';
import type { Token } from '../nlp/tokenize.ts';
import { startsWithCapital } from '../nlp/letter-case.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';
import { PEOPLE_NOUNS, UNIT_WORDS } from './quantity-units.ts';

const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
/** Words before a bare number that make it a year: "in 2021", "the 2025 budget", "since 1964". */
const YEAR_CONTEXT = new Set([
  'in', 'since', 'by', 'from', 'between', 'until', 'till', 'through', 'during', 'of', 'before', 'after', 'the',
  'early', 'late', 'mid', 'year', 'summer', 'winter', 'spring', 'fall', 'autumn', 'around', 'circa', 'c.', 'its',
  'their', 'our', 'this', "'s", 'to', 'and', 'or', 'than',
]);
/**
 * Context words that also stand before counts ("more than 1500 people", "a crowd of 2000 people",
 * "between 1500 and 2000 people", "the 1500 volunteers"): after them, a number followed by a noun
 * is a count, not a year.
 */
const COUNT_CONTEXT = new Set(['the', 'of', 'from', 'between', 'around', 'circa', 'c.', 'to', 'and', 'or', 'than']);
const PARTS: Readonly<Record<string, readonly [number, number]>> = { early: [0, 4], mid: [3, 6], late: [6, 9] };
const MONTH_PARTS: Readonly<Record<string, readonly [number, number]>> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
const CENTURY_PARTS: Readonly<Record<string, readonly [number, number]>> = { early: [1, 33], mid: [34, 66], late: [67, 100] };
const RANGE_JOINERS = new Set(['and', 'to', '-', '–', '—', 'through', 'until', 'till', 'thru']);

/** A matched expression over tokens `[first, end)`. */
interface TimeMatch {
  readonly first: number;
  readonly end: number;
  readonly from: string;
  readonly to: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const year = (n: number): string => String(n).padStart(4, '0');

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function asInt(token: Token | undefined): number | null {
  if (token === undefined || token.type !== 'number' || !/^\d+$/.test(token.value)) return null;
  return Number(token.value);
}

/** A two-digit decade: 30-90 read as the 1900s, 00-20 as the 2000s (what "the 90s", "the 00s" mean today). */
function decadeBase(value: string): number | null {
  const digits = /^'?(\d{2}|\d{4})s$/.exec(value)?.[1];
  if (digits === undefined) return null;
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n >= 30 ? 1900 + n : 2000 + n;
}

function partOf(word: string | undefined): readonly [number, number] | null {
  return word === undefined ? null : (PARTS[word] ?? null);
}

/** The noun after a number, or after the second number of a range ("1500 and 2000 people"). */
function countedNounAfter(tokens: readonly Token[], i: number, end: number): Token | undefined {
  let k = i + 1;
  if (RANGE_JOINERS.has(tokens[k]?.normal ?? '') && asInt(tokens[k + 1]) !== null) k += 2;
  const token = k < end ? tokens[k] : undefined;
  return token?.pos === 'NOUN' ? token : undefined;
}

/** True for a month's name written as one ("June", "Sept."), not the modal "may" or an auxiliary. */
export function isMonthName(token: Token | undefined): boolean {
  return token !== undefined && token.pos !== 'AUX' && startsWithCapital(token.value) && MONTHS.has(withoutFinalStop(token.normal));
}

const isModernYear = (token: Token | undefined): boolean => {
  const n = asInt(token);
  return n !== null && token?.value.length === 4 && n >= 1900 && n <= 2100;
};

/**
 * Two modern years joined by a range word are a time span even when a noun follows
 * ("From 2010 to 2015 prices rose"), unless the noun is people ("between 1950 and 2000 people").
 */
function pairsWithYear(tokens: readonly Token[], i: number, end: number): boolean {
  if (!isModernYear(tokens[i])) return false;
  const forward = RANGE_JOINERS.has(tokens[i + 1]?.normal ?? '') && isModernYear(tokens[i + 2]) && i + 2 < end;
  const backward = RANGE_JOINERS.has(tokens[i - 1]?.normal ?? '') && isModernYear(tokens[i - 2]);
  if (!forward && !backward) return false;
  const noun = tokens[forward ? i + 3 : i + 1];
  return noun === undefined || !PEOPLE_NOUNS.has(noun.normal);
}

/**
 * After "a", a modern year before a noun that ends its phrase ("a 2022 survey of…", "in a 2019
 * report,"). A count there is a measure or a compound modifier: "a 2000 dollar bonus", "a 2000 km
 * trip", "a 2000 word essay", "a 2000 person rally", where another noun follows or the noun is a
 * unit or people.
 */
function yearBeforeNoun(tokens: readonly Token[], i: number, end: number): boolean {
  const n = asInt(tokens[i]) ?? 0;
  const after = i + 1 < end ? tokens[i + 1] : undefined;
  if (n < 1900 || n > 2100 || after?.pos !== 'NOUN' || after.normal.endsWith('s')) return false;
  if (PEOPLE_NOUNS.has(after.normal) || UNIT_WORDS.matchAt(tokens, i + 1, end) !== null) return false;
  const third = i + 2 < end ? tokens[i + 2] : undefined;
  return third === undefined || (third.pos !== 'NOUN' && third.pos !== 'PROPN');
}

function isYear(tokens: readonly Token[], i: number, end: number): boolean {
  const n = asInt(tokens[i]);
  if (n === null || tokens[i]?.value.length !== 4 || n < 1000 || n > 2199) return false;
  const before = tokens[i - 1];
  const after = i + 1 < end ? tokens[i + 1] : undefined;
  if ((before?.normal === 'a' || before?.normal === 'an') && yearBeforeNoun(tokens, i, end)) return true;
  if (before !== undefined && (YEAR_CONTEXT.has(before.normal) || MONTHS.has(before.normal))) {
    // "the 2025 budget" is a year, "the 1500 volunteers" a count: the range decides after "the".
    if (before.normal === 'the' && n >= 1900 && n <= 2100) return true;
    if (pairsWithYear(tokens, i, end)) return true;
    return !COUNT_CONTEXT.has(before.normal) || countedNounAfter(tokens, i, end) === undefined;
  }
  if (after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.normal === 'to') return true;
  // "1964 and …" is handled above; a noun after a bare number makes it a count ("1500 people").
  return after.pos !== 'NOUN' && after.pos !== 'PROPN' && n >= 1900 && n <= 2100;
}

const ORDINAL_WORDS = new Map<string, number>(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
    'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'].map((w, i) => [w, i + 1]),
);

/** "19th century", "nineteenth century", "twenty-first century" at token `i`: the century and the end index. */
function centuryAt(tokens: readonly Token[], i: number, end: number): { number: number; end: number } | null {
  const token = tokens[i];
  if (token === undefined) return null;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(token.normal)?.[1];
  let number = digits === undefined ? ORDINAL_WORDS.get(token.normal) : Number(digits);
  let next = i + 1;
  if (token.normal === 'twenty' && tokens[i + 1]?.normal === '-' && ORDINAL_WORDS.has(tokens[i + 2]?.normal ?? '')) {
    number = 20 + (ORDINAL_WORDS.get(tokens[i + 2]?.normal ?? '') ?? 0);
    next = i + 3;
  }
  if (number === undefined || next >= end || tokens[next]?.normal !== 'century') return null;
  return { number, end: next + 1 };
}

/** "early", "mid" or "late" at the start of a word ("mid-1990s"); startsWith, not a regular expression, as it runs on every token. */
function hasPartPrefix(normal: string): boolean {
  return normal.startsWith('early') || normal.startsWith('mid') || normal.startsWith('late');
}

/**
 * Every time expression starts with a digit, a decade ("'90s"), a month name or early/mid/late;
 * checking that first lets almost every token skip the time patterns.
 */
function canStartTime(token: Token): boolean {
  const first = token.value.charCodeAt(0);
  if ((first >= 48 && first <= 57) || token.value[0] === "'" || token.value[0] === '’' || token.type === 'decade') return true;
  // Set lookups and string prefixes only: this runs on every token.
  return MONTHS.has(withoutFinalStop(token.normal)) || ORDINAL_WORDS.has(token.normal) || token.normal === 'twenty' || hasPartPrefix(token.normal);
}

/** `normal` without a final full stop ("Sept." is a month): `replace(/\.$/, '')`, without a regular expression run and a string made for every token. */
function withoutFinalStop(normal: string): string {
  return normal.endsWith('.') ? normal.slice(0, -1) : normal;
}

/** The time expression starting at token `i`, if any. */
function matchAt(tokens: readonly Token[], i: number, end: number): TimeMatch | null {
  const token = tokens[i] as Token;
  if (!canStartTime(token)) return null;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  const month = token.pos !== 'AUX' && startsWithCapital(token.value) ? MONTHS.get(withoutFinalStop(token.normal)) : undefined;
  if (month !== undefined) {
    const day = asInt(next);
    if (day !== null && day >= 1 && day <= 31 && next?.value.length !== 4) {
      const yearIndex = tokens[i + 2]?.normal === ',' ? i + 3 : i + 2;
      const y = yearIndex < end ? asInt(tokens[yearIndex]) : null;
      if (y !== null && tokens[yearIndex]?.value.length === 4) {
        const date = `${year(y)}-${pad(month)}-${pad(day)}`;
        return { first: i, end: yearIndex + 1, from: date, to: date };
      }
      return null;
    }
    const y = asInt(next);
    if (y !== null && next?.value.length === 4) {
      return { first: i, end: i + 2, from: `${year(y)}-${pad(month)}`, to: `${year(y)}-${pad(month)}` };
    }
  }
  const day = asInt(token);
  const dayMonth = next === undefined ? undefined : MONTHS.get(next.normal);
  if (day !== null && day >= 1 && day <= 31 && dayMonth !== undefined && startsWithCapital(next?.value ?? '')) {
    const y = i + 2 < end ? asInt(tokens[i + 2]) : null;
    if (y !== null && tokens[i + 2]?.value.length === 4) {
      const date = `${year(y)}-${pad(dayMonth)}-${pad(day)}`;
      return { first: i, end: i + 3, from: date, to: date };
    }
  }
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(token.value);
  if (iso !== null) {
    const [, y, m, d] = iso;
    const month = Number(m);
    if (month >= 1 && month <= 12) {
      if (d === undefined) return { first: i, end: i + 1, from: `${y}-${m}`, to: `${y}-${m}` };
      if (Number(d) >= 1 && Number(d) <= daysIn(Number(y), month)) return { first: i, end: i + 1, from: `${y}-${m}-${d}`, to: `${y}-${m}-${d}` };
    }
  }
  const span = /^(\d{4})[-–](\d{2}|\d{4})$/.exec(token.value);
  if (span !== null) {
    const first = Number(span[1]);
    const second = (span[2] ?? '').length === 2 ? Math.floor(first / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (second > first && first >= 1000 && second <= 2199) return { first: i, end: i + 1, from: year(first), to: year(second) };
  }
  const partDecade = /^(early|mid|late)-('?\d{2}s|\d{4}s)$/.exec(token.normal);
  const partDecadeBase = partDecade === null ? null : decadeBase(partDecade[2] ?? '');
  if (partDecade !== null && partDecadeBase !== null) {
    const [lo, hi] = PARTS[partDecade[1] ?? ''] ?? [0, 9];
    return { first: i, end: i + 1, from: year(partDecadeBase + lo), to: year(partDecadeBase + hi) };
  }
  const partYear = /^(early|mid|late)-(\d{4})$/.exec(token.normal);
  const partWord = partYear?.[1] ?? (MONTH_PARTS[token.normal] !== undefined ? token.normal : undefined);
  if (partYear !== null) {
    const [lo, hi] = MONTH_PARTS[partYear[1] as string] as readonly [number, number];
    const y = Number(partYear[2]);
    return { first: i, end: i + 1, from: `${year(y)}-${pad(lo)}`, to: `${year(y)}-${pad(hi)}` };
  }
  const part = partOf(partWord);
  const decadeIndex = part !== null ? i + 1 : i;
  const decadeToken = decadeIndex < end ? tokens[decadeIndex] : undefined;
  const base = decadeToken?.type === 'decade' ? decadeBase(decadeToken.value) : null;
  if (base !== null) {
    const [lo, hi] = part ?? [0, 9];
    return { first: i, end: decadeIndex + 1, from: year(base + lo), to: year(base + hi) };
  }
  const century = centuryAt(tokens, decadeIndex, end);
  if (century !== null) {
    // The 19th century is 1801-1900; its early, mid and late parts are read as thirds.
    const startYear = (century.number - 1) * 100;
    const [lo, hi] = CENTURY_PARTS[partWord ?? ''] ?? [1, 100];
    return { first: i, end: century.end, from: year(startYear + lo), to: year(startYear + hi) };
  }
  if (part !== null && next !== undefined && isYear(tokens, i + 1, end)) {
    const y = Number(next.value);
    const [lo, hi] = MONTH_PARTS[partWord ?? ''] as readonly [number, number];
    return { first: i, end: i + 2, from: `${year(y)}-${pad(lo)}`, to: `${year(y)}-${pad(hi)}` };
  }
  if (isYear(tokens, i, end)) return { first: i, end: i + 1, from: token.value, to: token.value };
  return null;
}

/** The later of two ISO-like bounds, filled out so "2004" compares with "2004-03". */
function upper(bound: string): string {
  if (bound.length === 4) return `${bound}-12-31`;
  if (bound.length === 7) return `${bound}-${pad(daysIn(Number(bound.slice(0, 4)), Number(bound.slice(5, 7))))}`;
  return bound;
}

/** The earlier bound filled out to a day: "2004" → "2004-01-01". */
function lower(bound: string): string {
  if (bound.length === 4) return `${bound}-01-01`;
  if (bound.length === 7) return `${bound}-01`;
  return bound;
}

function dayAfter(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return Number.isNaN(day.getTime()) ? date : day.toISOString().slice(0, 10);
}

/** Joins "between A and B", "from A to B", "A-B" and "A and B" into one range when B is later. */
function mergeRanges(tokens: readonly Token[], matches: TimeMatch[]): TimeMatch[] {
  const merged: TimeMatch[] = [];
  for (const match of matches) {
    const previous = merged.at(-1);
    const joiner = tokens[match.first - 1];
    // "and" joins two times into one range only after "between" or when they touch ("the 90s and
    // early 00s"); "in 1999 and 2004" names two years, not the years between them.
    const joins =
      joiner !== undefined &&
      RANGE_JOINERS.has(joiner.normal) &&
      (joiner.normal !== 'and' || tokens[(previous?.first ?? 0) - 1]?.normal === 'between' || (previous !== undefined && lower(match.from) <= dayAfter(upper(previous.to))));
    if (previous !== undefined && previous.end === match.first - 1 && joins && upper(previous.to) < upper(match.to)) {
      merged[merged.length - 1] = { first: previous.first, end: match.end, from: previous.from, to: match.to };
    } else {
      merged.push(match);
    }
  }
  return merged.map((match) => {
    const before = tokens[match.first - 1]?.normal;
    // "the" belongs to a period named as a noun ("the 90s", "the early 2000s", "the 19th century");
    // before a year or a year span it determines the noun after ("the 2021-22 season").
    const head = tokens[match.first];
    const periodNoun = head !== undefined && (head.type === 'decade' || head.type === 'ordinal' || ORDINAL_WORDS.has(head.normal) || head.normal === 'twenty' || PARTS[head.normal] !== undefined || /^(?:early|mid|late)-.*s$/.test(head.normal));
    // "between"/"from" belong to a range they open; "from 2019" alone is just a year.
    const opensRange = (before === 'between' || before === 'from') && match.from !== match.to;
    const leads = opensRange || (before === 'the' && periodNoun);
    return leads ? { ...match, first: match.first - 1 } : match;
  });
}

/** Finds the time expressions in tokens `[first, end)`. */
export function findTimes(tokens: readonly Token[], first: number, end: number): TimeMatch[] {
  const matches: TimeMatch[] = [];
  for (let i = first; i < end; i += 1) {
    const match = matchAt(tokens, i, end);
    if (match !== null) {
      matches.push(match);
      i = match.end - 1;
    }
  }
  return mergeRanges(tokens, matches).filter((match) => match.first >= first);
}

function annotate(context: AnalysisContext): void {
  const { tokens, source } = context;
  context.units.forEach((unit, index) => {
    const range = context.unitTokens[index];
    if (range === undefined) return;
    const times: TimeExpression[] = [];
    for (const match of findTimes(tokens, range.first, range.end)) {
      const start = (tokens[match.first] as Token).start;
      const end = (tokens[match.end - 1] as Token).end;
      times.push({ text: source.text.slice(start, end), start, end, from: match.from, to: match.to });
      for (let t = match.first; t < match.end; t += 1) context.timeTokens.add(t);
    }
    unit.times = times;
  });
}

/** Finds and normalises time expressions in every unit. */
export const timesPass: Pass = { name: 'times', requires: ['units'], provides: ['times'], run: annotate };
