/**
 * A fact read once for comparison: its words, places, actors and what its value measures. The
 * fact base is profiled once per `judge` call, not once per unit.
 */
import type { Entity } from '../../model/analysis-schema.ts';
import type { Fact } from '../../model/evidence-schema.ts';
import { findQuantities } from '../../passes/quantities.ts';
import { findTimes } from '../../passes/times.ts';
import { actorsOf } from './compare-actor.ts';
import type { MeasureWords } from './compare-measure.ts';
import type { UnitKey } from './unit-key.ts';
import { countedNounKey, factUnitKey } from './unit-key.ts';
import type { Direction } from './change-direction.ts';
import { directionAround, directionOfWords } from './change-direction.ts';
import type { Flow } from './gain-or-loss.ts';
import { flowOfWords } from './gain-or-loss.ts';
import { measureAround, measureOfPhrase } from './compare-measure.ts';
import type { Place } from './compare-place.ts';
import { factPlaces } from './compare-place.ts';
import { phraseHead } from './phrase-head.ts';
import type { RecordDirection } from './record-span.ts';
import { isRecordSpanFact, recordFactDirection, recordTopic } from './record-span.ts';
import { isAboutProposal } from './target-figure.ts';
import { subjectNames } from './subject-names.ts';
import type { TextTerms } from './text-terms.ts';
import { textEntities, textTerms } from './text-terms.ts';

/** A fact with what the comparisons read from it. */
export interface FactProfile {
  readonly fact: Fact;
  /** Content stems of the statement and subject together. */
  readonly terms: ReadonlySet<string>;
  /** Content stems of the subject alone (empty when the fact has none). */
  readonly subject: ReadonlySet<string>;
  /** The counted-noun key of the subject's head noun ("pensioner" for "pensioners getting aid"), or null. */
  readonly subjectHead: string | null;
  /** Stems of the parties (not places) the subject names: whose figure the value is. */
  readonly subjectNames: ReadonlySet<string>;
  readonly statement: TextTerms;
  readonly places: readonly Place[];
  readonly actors: readonly string[];
  /** What the value measures: from the subject first (its author's own label), else the statement. */
  readonly measure: MeasureWords;
  readonly unit: UnitKey;
  /**
   * For a fact that states a record span ("years since the rate was lower", see record-span.ts),
   * the topic stems that say what the record is of and which way it goes; null for any other fact.
   */
  readonly record: { readonly topic: ReadonlySet<string>; readonly direction: RecordDirection } | null;
  /** True when the fact states what a proposal would do (target-figure.ts): only such facts contradict a target figure or are its source. */
  readonly proposal: boolean;
  /** Whether the fact counts a gain or a loss of its counted thing ("jobs displaced"), from its subject, else its statement (gain-or-loss.ts). */
  readonly flow: Flow | null;
}

/** Where the value stands in the statement: tokens `[first, end)`; `exact` false for a fall of -12 written "fell 12 percent". */
interface ValueSpan {
  readonly first: number;
  readonly end: number;
  readonly exact: boolean;
}

/** The token span of the figure that states the fact's value in its statement, counted noun included, or null. */
function valueSpan(statement: TextTerms, value: number | null): ValueSpan | null {
  if (value === null) return null;
  const { tokens, text } = statement;
  const taken = new Set<number>();
  for (const time of findTimes(tokens, 0, tokens.length)) for (let t = time.first; t < time.end; t += 1) taken.add(t);
  const quantities = findQuantities(tokens, 0, tokens.length, taken, text);
  const exact = quantities.find((q) => q.value === value || q.min === value);
  const quantity = exact ?? quantities.find((q) => value < 0 && (q.value === -value || q.min === -value));
  if (quantity === undefined) return null;
  const first = tokens.findIndex((t) => t.start >= quantity.start);
  let end = first;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= quantity.end) end += 1;
  // Take the counted noun into the span as the claim side does.
  const counted = quantity.counted === null ? 0 : quantity.counted.split(/\s+/).length;
  return { first, end: end + counted, exact: exact !== undefined };
}

/** The statement's measure words around the figure that states the fact's value, if one does. */
function measureInStatement(statement: TextTerms, span: ValueSpan | null): MeasureWords {
  return span === null || !span.exact ? measureOfPhrase(statement.tokens) : measureAround(statement.tokens, span.first, span.end);
}

/** Prepositions that end a subject's head phrase: "decline in exports", "change in wages of lower-income households". */
const HEAD_ENDS = new Set(['in', 'of', 'for', 'among', 'from', 'to', 'at', 'by', 'after', 'before', 'since', 'during', 'under', 'with', 'on', 'between', 'per']);

/**
 * The way the fact's change went. Read, like a claim's, from the words that describe its figure
 * (change-direction.ts): in the statement those around the value, and in the subject those before
 * its first preposition ("decrease in exports"), since a complement names what changed, not how
 * ("change in wages of lower-income households" is no fall; "revenue changed by 5 percent after the
 * tax cuts" no cut). When the value is not found in the statement, its words all count, as before.
 * Two ways, or none, is none.
 */
function factDirection(statement: TextTerms, subject: TextTerms | null, span: ValueSpan | null): Direction | null {
  const inStatement = span === null ? directionOfWords(statement.tokens) : directionAround(statement.tokens, span.first, span.end);
  const tokens = subject?.tokens ?? [];
  // A preposition inside a hyphenated compound ("year-over-year decline") does not end the head.
  const ends = tokens.findIndex((t, i) => HEAD_ENDS.has(t.normal) && tokens[i - 1]?.value !== '-');
  const inSubject = directionOfWords(ends < 0 ? tokens : tokens.slice(0, ends));
  if (inStatement !== null && inSubject !== null && inStatement !== inSubject) return null;
  return inStatement ?? inSubject;
}

/** Reads one fact for comparison. */
export function profileFact(fact: Fact): FactProfile {
  const statement = textTerms(fact.statement);
  const subject = fact.subject === null ? null : textTerms(fact.subject);
  const entities: Entity[] = [...textEntities(statement), ...(subject === null ? [] : textEntities(subject))];
  const fromSubject = subject === null ? null : measureOfPhrase(subject.tokens);
  const head = subject === null ? null : phraseHead(subject.tokens);
  const span = valueSpan(statement, fact.value);
  const fromStatement = measureInStatement(statement, span);
  const words: MeasureWords = fromSubject !== null && fromSubject.category !== null
    ? { ...fromSubject, change: fromSubject.change }
    : { ...fromStatement, change: fromSubject?.change ?? fromStatement.change };
  const measure: MeasureWords = { ...words, direction: factDirection(statement, subject, span) };
  return {
    fact,
    terms: new Set([...statement.terms, ...(subject?.terms ?? [])]),
    subject: subject?.terms ?? new Set<string>(),
    subjectHead: head === null ? null : countedNounKey(head.lemma),
    subjectNames: subject === null ? new Set<string>() : subjectNames(subject),
    statement,
    places: factPlaces(fact.place, entities),
    actors: actorsOf(entities),
    measure,
    unit: factUnitKey(fact.unit),
    record: isRecordSpanFact(fact) ? { topic: recordTopic(subject ?? statement), direction: recordFactDirection(subject, statement) } : null,
    proposal: isAboutProposal(fact),
    flow: flowOfWords(subject?.tokens ?? statement.tokens),
  };
}
