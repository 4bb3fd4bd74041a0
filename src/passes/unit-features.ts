/**
 * Surface features of a unit that several decisions share (kind, check-worthiness, structure):
 * computed once per unit so each pass reads the same facts, and a trained model can use them too.
 */
import { PhraseTable, surface } from '../nlp/phrases.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { TokenRange } from '../pipeline/context.ts';
import type { Attribution } from './reported-speech.ts';
import { attribution, pastFuture } from './reported-speech.ts';
import { hasMissedVerb } from './missed-verb.ts';
import { inContactRelative } from './relative-clause.ts';

export interface UnitFeatures {
  readonly words: number;
  /** A verb wink tagged as one (VERB or AUX). */
  readonly hasVerb: boolean;
  /** No tagged verb, but a sentence with a noun that agrees as one ("Smoking causes lung cancer."): missed-verb.ts. */
  readonly missedVerb: boolean;
  readonly question: boolean;
  /**
   * An obligation or advice of the author's: "should", "must", "need to", "it is time to"; not one
   * reported from someone else ("Trump and Pence think we ought to…", "Stalin said you have to…").
   */
  readonly obligation: string | null;
  /**
   * A future or forecast of the author's: "will", "going to", "is likely to", "threatens to"; not
   * a reported one ("the mayor says it will…") nor a past plan ("was going to", "were gonna").
   */
  readonly future: string | null;
  /** Opens with a bare verb: "Cut permit review time", "Start boring"; not a quoted one ('"Cut taxes," he said'). */
  readonly imperative: string | null;
  readonly firstPersonSingular: boolean;
  readonly firstPersonPlural: boolean;
  readonly secondPerson: boolean;
  readonly pastTense: boolean;
  /** Adjectives and adverbs of degree: "idiotic", "very", "far more". */
  readonly evaluative: number;
  /** wink's sentence sentiment, -1..1. */
  readonly sentiment: number;
  /** Opinion phrases of the author's: "I think", "in my view", "the point is" (not "he said the point is"). */
  readonly opinionMarker: string | null;
  /**
   * A reporting clause whose subject is someone other than the author ("Pence think", "Stalin
   * said", "According to", '…," he said'): the unit reports their words or views.
   */
  readonly attribution: string | null;
  /** Greetings, thanks and chairing ("Thank you, Dana.", "Let's turn to water."): talk about the talk. */
  readonly phatic: string | null;
  /** Verbs and nouns of reporting and evidence: "said", "according to", "study", "reported". */
  readonly reporting: string | null;
  readonly comparative: boolean;
}

const OBLIGATION = new PhraseTable<true>(
  [
    'should', 'must', 'ought to', 'need to', 'needs to', 'have to', 'has to', 'it is time', "it's time", 'let us',
    "let's", 'we urge', 'i urge', 'i recommend', 'we recommend', 'it would be better', 'is essential', 'is necessary',
    'had better', 'should not', 'must not', 'needs to be', 'need to be', 'is vital', 'is crucial', 'is imperative',
    'make sure',
  ].map((p) => [p, true] as const),
);
const FUTURE = new PhraseTable<true>(
  [
    'will', 'going to', 'gonna', 'is likely to', 'are likely to', 'is expected to', 'are expected to', 'threatens to',
    'threaten to', 'is set to', 'are set to', 'is bound to', 'are bound to', 'in the future', 'in the coming',
    'is to come', 'within the next', 'by next year', 'is poised to', 'are poised to', 'is about to', 'are about to',
  ].map((p) => [p, true] as const),
);
const OPINION = new PhraseTable<true>(
  [
    'i think', 'i believe', 'in my opinion', 'in my view', 'i feel', 'it seems to me', 'i am convinced', 'imo',
    'imho', 'i would argue', 'i argue', 'my point is', 'the point is', 'the bottom line is', 'the truth is',
    'the fact is', 'i suppose', 'i guess', 'honestly', 'frankly', 'to me', 'i would',
    "i'd", 'the problem is', 'the only question', 'i recommend', 'worth it', 'i love', 'i hate', 'i like',
  ].map((p) => [p, true] as const),
);
const PHATIC = new PhraseTable<true>(
  [
    'thank you', 'thanks', 'good evening', 'good morning', 'good afternoon', 'welcome', 'hello', 'hi', 'goodbye',
    "let's turn to", 'let us turn to', "let's move on", 'let us move on', "we'll have to leave it there",
    'we will have to leave it there', 'we have to leave it there', 'please respond', 'your time is up', 'go ahead',
    'next question', 'just my 2 cents', 'just my two cents', 'cheers', 'edit:', 'update:',
  ].map((p) => [p, true] as const),
);
const REPORTING = new PhraseTable<true>(
  [
    'said', 'says', 'according to', 'reported', 'reports', 'study', 'survey', 'data', 'statistics', 'census',
    'found that', 'showed', 'shows', 'estimated', 'estimates', 'announced', 'published', 'recorded', 'per cent',
    'percent', 'official', 'figures', 'record', 'voted', 'signed', 'passed', 'enrolled', 'randomised', 'randomized',
  ].map((p) => [p, true] as const),
);
const DEGREE_WORDS = ['very', 'really', 'truly', 'simply', 'extremely', 'absolutely', 'totally', 'far', 'too', 'so', 'quite', 'incredibly', 'clearly', 'obviously', 'actually'];
const DEGREE = new Set(DEGREE_WORDS);

/** The word classes unitFeatures asks of every token, as bits. */
const FIRST_SINGULAR = 1;
const FIRST_PLURAL = 2;
const SECOND = 4;
const PAST_AUX = 8;
const DEGREE_WORD = 16;

/**
 * Each word of those classes and its bits: one look-up per token answers all five, where a set per
 * class cost five (unitFeatures over the bench corpus's units took 12% less time).
 */
const WORD_CLASS = new Map<string, number>();
for (const [bit, words] of [
  [FIRST_SINGULAR, ['i', 'me', 'my', 'mine', 'myself']],
  [FIRST_PLURAL, ['we', 'us', 'our', 'ours', 'ourselves']],
  [SECOND, ['you', 'your', 'yours', 'yourself', 'yourselves']],
  [PAST_AUX, ['was', 'were', 'had', 'did']],
  [DEGREE_WORD, DEGREE_WORDS],
] as const) {
  for (const word of words) WORD_CLASS.set(word, (WORD_CLASS.get(word) ?? 0) | bit);
}
/** Hoisted: tested on every token, and a regular-expression literal makes a new object each time. */
const COMPARATIVE_ENDING = /(?:er|est)$/;
/** Verbs that open a sentence but are not commands. */
const NOT_IMPERATIVE = new Set(['thank', 'thanks', 'given', 'according', 'including', 'let']);

function first<T>(table: PhraseTable<T>, tokens: readonly Token[], range: TokenRange): string | null {
  return table.findFirst(tokens, range.first, range.end)?.text ?? null;
}

/**
 * The first phrase of `table` that is the author's own: not inside someone else's reported words
 * nor where `notOwn` says it is someone else's for another reason (a future after a past
 * "was"/"were", "was going to": a past plan; a "need to" in a relative clause, "the ammunition
 * the Taliban need to…": the clause's subject's need).
 */
function own<T>(
  table: PhraseTable<T>,
  tokens: readonly Token[],
  range: TokenRange,
  reports: Attribution,
  notOwn?: (tokens: readonly Token[], range: TokenRange, at: number) => boolean,
): string | null {
  // Match after match, as findAll would find them, but none past the first of the author's (most
  // units have one or none): the list of all of them was 7 MB over the bench corpus.
  for (let match = table.findFirst(tokens, range.first, range.end); match !== null; match = table.findFirst(tokens, match.end, range.end)) {
    if (reports.reported(match.first) || notOwn?.(tokens, range, match.first) === true) continue;
    return match.text;
  }
  return null;
}

/** Computes the features of tokens `range`; `sentiment` is wink's score of the sentence. */
export function unitFeatures(tokens: readonly Token[], range: TokenRange, sentiment: number): UnitFeatures {
  let words = 0;
  let hasVerb = false;
  let firstPersonSingular = false;
  let firstPersonPlural = false;
  let secondPerson = false;
  let pastTense = false;
  let evaluative = 0;
  let comparative = false;
  for (let i = range.first; i < range.end; i += 1) {
    const token = tokens[i] as Token;
    if (token.type === 'word' || token.type === 'number') words += 1;
    if (token.pos === 'VERB' || token.pos === 'AUX') hasVerb = true;
    const word = WORD_CLASS.get(token.normal) ?? 0;
    if ((word & FIRST_SINGULAR) !== 0 && token.pos === 'PRON') firstPersonSingular = true;
    if ((word & FIRST_PLURAL) !== 0 && token.pos === 'PRON') firstPersonPlural = true;
    if ((word & SECOND) !== 0) secondPerson = true;
    if ((word & PAST_AUX) !== 0 || isPastVerb(token)) pastTense = true;
    if ((word & DEGREE_WORD) !== 0 || isEvaluativeAdjective(tokens, i)) evaluative += 1;
    if ((token.pos === 'ADJ' && COMPARATIVE_ENDING.test(token.normal)) || token.normal === 'more' || token.normal === 'most' || token.normal === 'less') comparative = true;
  }
  // Only where the tagger found no verb: the agreement test is for its misreadings (missed-verb.ts).
  const missedVerb = !hasVerb && hasMissedVerb(tokens, range);
  const last = tokens[range.end - 1];
  const openerAt = firstContentIndex(tokens, range);
  const reports = attribution(tokens, range);
  const command = imperativeVerb(tokens, range, openerAt);
  // A command inside someone's quoted words is theirs ('"Cut taxes," he said').
  const imperative = command !== null && reports.reported(openerAt) ? null : command;
  return {
    words,
    hasVerb,
    missedVerb,
    question: last?.value === '?',
    obligation: own(OBLIGATION, tokens, range, reports, inContactRelative),
    future: own(FUTURE, tokens, range, reports, pastFuture),
    imperative,
    firstPersonSingular,
    firstPersonPlural,
    secondPerson,
    pastTense,
    evaluative,
    sentiment,
    opinionMarker: own(OPINION, tokens, range, reports),
    attribution: reports.reporter,
    phatic: PHATIC.matchAt(tokens, openerAt, range.end)?.text ?? null,
    reporting: first(REPORTING, tokens, range),
    comparative,
  };
}

/** "took", "rebuilt", "closed": a verb whose form differs from its lemma other than by -s or -ing. */
function isPastVerb(token: Token): boolean {
  if (token.pos !== 'VERB' || token.normal === token.lemma) return false;
  return !token.normal.endsWith('ing') && token.normal !== `${token.lemma}s` && token.normal !== `${token.lemma}es`;
}

/**
 * Adjectives that judge rather than describe: predicative ("the bill is steep"), graded ("very
 * loud") or superlative ("the best"). Attributive ones ("the early ferry") mostly describe.
 */
function isEvaluativeAdjective(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.pos !== 'ADJ') return false;
  const before = tokens[i - 1];
  if (before === undefined) return false;
  return before.pos === 'AUX' || DEGREE.has(before.normal) || before.normal === 'most' || /est$/.test(token.normal);
}

/** A command opens with a bare verb ("Cut permit review time") or "Don't"/"Never" + verb; `at` is the first content token. */
function imperativeVerb(tokens: readonly Token[], range: TokenRange, at: number): string | null {
  if (at >= range.end) return null;
  const opener = tokens[at] as Token;
  const next = tokens[at + 1];
  if ((opener.normal === 'do' && next?.normal === 'not') || opener.normal === 'never') {
    return next !== undefined && (next.pos === 'VERB' || next.normal === 'not') ? surface(tokens, at, at + 2) : null;
  }
  const bare = opener.pos === 'VERB' && opener.normal === opener.lemma && !NOT_IMPERATIVE.has(opener.normal);
  if (!bare) return null;
  // "Mean blood pressure was lower": a finite verb before any clause break means the opener was
  // a noun phrase's first word, mis-tagged; a command has no subject, so no such verb follows it.
  for (let i = at + 1; i < range.end; i += 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'AUX') return null;
    if (token.pos === 'SCONJ' || token.pos === 'CCONJ' || token.pos === 'PRON' || token.pos === 'PUNCT') break;
  }
  return opener.value;
}

/** Where the first token that is not a conjunction, interjection or punctuation is ("And stop handing…" → "stop"); `range.end` when none is. */
function firstContentIndex(tokens: readonly Token[], range: TokenRange): number {
  for (let i = range.first; i < range.end; i += 1) {
    const token = tokens[i] as Token;
    if (token.pos !== 'CCONJ' && token.pos !== 'PUNCT' && token.pos !== 'INTJ') return i;
  }
  return range.end;
}
