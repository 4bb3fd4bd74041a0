/**
 * Record spans: a span of years that dates a record rather than counting time. "The lowest
 * unemployment rate in 17 years", "the biggest increase in 45 years", "a 20-year low" say how long
 * ago the measure was last as low or as high; facts state the same as "years since the rate was
 * lower" or "the lowest since 2000". Such a span is no running total (a fact about one year does
 * not cover "part" of it) and no level or change of the measure itself, so it is compared only with
 * facts that state a record span, and only when both are known to be about the same measure: the
 * 16 years since unemployment was lower say nothing about "a 20-year low in crime".
 */
import type { Fact } from '../../model/evidence-schema.ts';
import type { Quantity } from '../../model/analysis-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import { CLAUSE_BREAKS, SUBORDINATORS, isMeasureHead } from './compare-measure.ts';
import type { UnitKey } from './unit-key.ts';
import type { SizeEnd } from './size-words.ts';
import { sizeEnd } from './size-words.ts';
import type { TextTerms } from './text-terms.ts';
import { termOf } from './text-terms.ts';

/** Values from here up are calendar years, not spans (as in years-since.ts). */
const CALENDAR_YEAR = 1000;

/** Words that make what follows a record without being superlatives by their form. */
const RECORD_WORDS = new Set(['most', 'least', 'first', 'best', 'worst', 'record', 'fewest']);

/** Adjectives and adverbs that end in "-est" without being superlatives. */
const NOT_SUPERLATIVES = new Set(['honest', 'dishonest', 'modest', 'immodest', 'earnest', 'manifest', 'west', 'midwest', 'southwest', 'northwest']);

/**
 * True for a superlative or record word: "lowest", "biggest", "first", "most". A superlative is
 * told by the lemmatiser having taken "-est" off ("biggest" → "big"), or, where the tagger left it
 * whole (it reads "the lowest jobless rate" as an adverb), by an adjective or adverb ending in
 * "-est" that is not one of the few that are no superlatives ("honest"); "interest" is a noun.
 */
export function isRecordWord(token: Pick<Token, 'normal' | 'lemma' | 'pos'>): boolean {
  if (RECORD_WORDS.has(token.normal)) return true;
  if (token.normal.length <= 4 || !token.normal.endsWith('est')) return false;
  if (token.lemma.toLowerCase() !== token.normal) return true;
  return (token.pos === 'ADJ' || token.pos === 'ADV') && !NOT_SUPERLATIVES.has(token.normal);
}

/** "in 17 years", "in the last 50 years", "in over 10 years": the figure's text starts after these. */
const IN_BEFORE = /\bin\s+(?:the\s+(?:last|past)\s+)?$/i;
/** "a 20 year low", "a five-year high", "a 30-year record low": after the number (and its "year"). */
const LOW_OR_HIGH_AFTER = /^[\s-]*(?:years?[\s-]+)?(?:record[\s-]+)?(low|high)s?\b/i;

/**
 * Which way a record goes: "the lowest in 17 years" and "years since it was lower" are lows,
 * "the biggest in 45 years" and "years since a bigger rise" highs. A record without a direction
 * of its own ("the first time in 10 years", "the worst in 20 years") is null: it cannot be told
 * from its opposite.
 */
export type RecordDirection = SizeEnd | null;

/** A span of years read as a record span, and the record's direction. */
export interface RecordSpan {
  readonly direction: RecordDirection;
}


/** How many words may stand between a record word and its span: "the lowest unemployment rate we've had in 17 years". */
const RECORD_REACH = 6;

/** Index of the last token that ends at or before offset `at`. */
function lastBefore(tokens: readonly Token[], at: number): number {
  let i = tokens.length - 1;
  while (i >= 0 && (tokens[i] as Token).end > at) i -= 1;
  return i;
}

/**
 * The record word that a span at `at` belongs to: the nearest one before it in the same clause,
 * within a few words, with no subordinator between ("the lowest jobless rate in 17 years", "the
 * first time in 10 years", "the lowest rate we've had in 17 years"). A record word of another
 * clause ("First of all, in the last 20 years crime fell", "the most important thing is that in 20
 * years …") says nothing about the span.
 */
function recordWordBefore(tokens: readonly Token[], at: number): number | null {
  const last = lastBefore(tokens, at);
  for (let i = last; i >= 0 && last - i <= RECORD_REACH; i -= 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_BREAKS.has(token.value) || SUBORDINATORS.has(token.normal)) return null;
    if (isRecordWord(token)) return i;
  }
  return null;
}

const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * The direction of the record word at `index`, or where it has none of its own ("the first time
 * in 10 years", "a record"), of the nearest word before it in the sentence that has one: in "a big
 * pay increase, first time in over 10 years" the record is a high.
 */
function claimDirection(tokens: readonly Token[], index: number): RecordDirection {
  for (let i = index; i >= 0; i -= 1) {
    const token = tokens[i] as Token;
    if (i < index && SENTENCE_ENDS.has(token.value)) return null;
    const direction = sizeEnd(token);
    if (direction !== null) return direction;
  }
  return null;
}

/**
 * The record span a span of years in a unit states, or null: "in N years" after a superlative or
 * record word of its clause ("the lowest … in 17 years", "first time in over 10 years"), or "an
 * N-year low/high", where the years may be the hyphen's counted noun ("a five-year low").
 * `unit` is the figure's; `tokens` are the unit's, `text` its text, `at`/`end` the figure's offsets in it.
 */
export function readRecordSpan(quantity: Pick<Quantity, 'min' | 'max'>, unit: UnitKey, tokens: readonly Token[], text: string, at: number, end: number): RecordSpan | null {
  if (Math.max(quantity.min ?? 0, quantity.max ?? 0) >= CALENDAR_YEAR) return null;
  const lowOrHigh = LOW_OR_HIGH_AFTER.exec(text.slice(end));
  if (lowOrHigh !== null && (unit.dimension === 'year' || unit.noun === 'year')) {
    return { direction: (lowOrHigh[1] ?? '').toLowerCase() === 'low' ? 'low' : 'high' };
  }
  if (unit.dimension !== 'year' || !IN_BEFORE.test(text.slice(0, at))) return null;
  const word = recordWordBefore(tokens, at);
  return word === null ? null : { direction: claimDirection(tokens, word) };
}

/** The unit of every record span: years, however the figure wrote them. */
export const RECORD_SPAN_UNIT: UnitKey = { dimension: 'year', noun: null };

/** A fact's subject that names a record span: "years since the rate was lower", not "years since 1977 with …". */
const YEARS_SINCE_SUBJECT = /^\s*(?:the\s+)?(?:number\s+of\s+)?years?\s+since\s+(?!\d{4}\b)/i;

/**
 * True when a fact states a record span: its unit is years, and its subject counts the "years
 * since" the measure was last as low or high, or its value is the calendar year its statement says
 * the record runs "since" ("the lowest since 1990", which years-since.ts turns into a span).
 */
export function isRecordSpanFact(fact: Fact): boolean {
  if (fact.value === null || fact.unit === null || !/^years?$/i.test(fact.unit.trim())) return false;
  if (fact.subject !== null && YEARS_SINCE_SUBJECT.test(fact.subject)) return true;
  return fact.value >= CALENDAR_YEAR && new RegExp(`\\bsince\\s+${fact.value}\\b`, 'i').test(`${fact.statement} ${fact.subject ?? ''}`);
}

/**
 * The direction of a record-span fact: its first record word or comparative, in the subject
 * ("years since the rate was lower") or else the statement ("the lowest since 1990").
 */
export function recordFactDirection(subject: TextTerms | null, statement: TextTerms): RecordDirection {
  for (const terms of subject === null ? [statement] : [subject, statement]) {
    const word = terms.tokens.find((t) => isRecordWord(t) || isComparative(t));
    if (word !== undefined) return sizeEnd(word);
  }
  return null;
}

/** True for a comparative the lemmatiser has reduced ("lower" → "low", "bigger" → "big"). */
function isComparative(token: Pick<Token, 'normal' | 'lemma' | 'pos'>): boolean {
  return token.normal.endsWith('er') && token.lemma.toLowerCase() !== token.normal;
}

/**
 * Topic stems of a record-span fact's subject that say which measure its record is of, without the
 * words of the record itself ("lower", "bigger") and the heads any measure has ("rate", "level"):
 * in "years since the unemployment rate was lower" that is "unemployment" alone, which "a 20-year
 * low in our crime rate" does not share.
 */
export function recordTopic(subject: TextTerms): Set<string> {
  const recordStems = new Set(subject.tokens.filter((t) => isRecordWord(t) || isComparative(t)).map((t) => termOf(t.lemma)));
  return new Set([...subject.terms].filter((term) => !recordStems.has(term) && !isMeasureHead(term)));
}
