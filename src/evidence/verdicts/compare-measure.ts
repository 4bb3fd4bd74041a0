/**
 * What a figure measures, beyond its number: the kind of measure (a flow of arrivals or a stock
 * of residents, deaths or attacks, unemployment or underemployment), whether it is a change or a
 * level, and (with its unit, from unit-key.ts) whether two figures measure the same thing. Two
 * figures are only comparable when these agree; when only the number agrees, the claim has
 * borrowed a figure about something else.
 */
import type { Token } from '../../nlp/tokenize.ts';
import type { Direction } from './change-direction.ts';
import type { ScopeRelation } from './scope.ts';
import type { UnitKey } from './unit-key.ts';
import { contextualTerm } from './term-synonyms.ts';
import { stem, termOf } from './text-terms.ts';

/** Kinds of measure, each named by the words (stems) that signal it. */
const CATEGORY_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Movement: people who arrive, as opposed to people who are there (a stock).
  inflow: ['arrive', 'arrival', 'flee', 'fled', 'cross', 'enter', 'entry', 'influx', 'inflow', 'migrate', 'immigrate', 'displace', 'escape', 'exodus', 'come', 'pour', 'admit', 'admission', 'resettle'],
  outflow: ['return', 'deport', 'deportation', 'repatriate', 'repatriation', 'leave', 'expel', 'remove', 'removal'],
  stock: ['host', 'live', 'reside', 'resident', 'register', 'registered', 'population', 'remain', 'stay', 'shelter', 'house', 'numbered', 'enrol', 'enroll'],
  deaths: ['kill', 'death', 'die', 'dead', 'fatality', 'casualty', 'life', 'murder', 'homicide', 'slay', 'toll'],
  attacks: ['attack', 'bombing', 'incident', 'strike', 'shooting', 'assault', 'raid'],
  injuries: ['wound', 'injure', 'injury', 'injured'],
  unemployment: ['unemployment', 'unemployed', 'jobless', 'joblessness'],
  underemployment: ['underemployment', 'underemployed'],
  jobs: ['job', 'employment', 'hire', 'payroll'],
  income: ['income'],
  // Earnings are what work pays (the statistics' "average hourly earnings"), so wages, not income.
  wages: ['wage', 'salary', 'paycheck', 'earnings', 'earning'],
  wealth: ['wealth'],
  deficit: ['deficit', 'imbalance', 'shortfall'],
  surplus: ['surplus'],
  debt: ['debt'],
  spending: ['spend', 'spending', 'expenditure', 'outlay'],
  tax: ['tax', 'taxes', 'taxation'],
  price: ['price', 'premium'],
  control: ['control'],
  capture: ['capture', 'seize', 'overrun', 'takeover'],
};
const CATEGORY_OF = new Map<string, string>(Object.entries(CATEGORY_WORDS).flatMap(([category, words]) => words.map((w) => [w, category] as const)));

/** Measures that add up over time: flows and events. A population or a rate does not. */
const ADDS_UP_OVER_TIME = new Set(['inflow', 'outflow', 'deaths', 'attacks', 'injuries', 'spending', 'capture', 'jobs']);
/** Measures of acts that have a perpetrator, so who did them is part of what is counted. */
const ATTRIBUTED = new Set(['deaths', 'attacks', 'injuries', 'capture']);

/** Words that make a figure a change ("rose 17%", "down $4,300", "84 percent more") rather than a level. */
const CHANGE_WORDS = new Set([
  'increase', 'rise', 'rose', 'grow', 'growth', 'up', 'jump', 'surge', 'double', 'triple', 'decline', 'decrease',
  'drop', 'fall', 'fell', 'down', 'cut', 'reduction', 'reduce', 'more', 'fewer', 'less', 'gain', 'lose', 'loss', 'lost',
  'lower', 'higher',
]);

/** How far after "add" its "to" is looked for: "adding $20 trillion to our debt". */
const ADD_TO_WINDOW = 6;

/** How far after "to" the stock it names is looked for: "to the national debt". */
const STOCK_WINDOW = 3;

/** Stocks an amount is added to, which makes the amount a change of the stock. */
const STOCKS = new Set(['debt', 'deficit', 'roll', 'total', 'tab', 'balance', 'backlog']);

/**
 * True when "add" at `index` adds an amount to a stock ("adding $20 trillion to our debt", "would
 * add $5.3 trillion to the debt"): a change of that stock. "Added 1.07 million jobs", to the
 * economy or not, is left as it was, neither change nor level, since claims say the same with
 * "created" or "new jobs", which are no change words either.
 */
function addsTo(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lemma.toLowerCase() !== 'add') return false;
  for (let i = index + 1; i < tokens.length && i <= index + ADD_TO_WINDOW; i += 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_BREAKS.has(token.value)) return false;
    if (token.normal !== 'to') continue;
    // The head of the first noun run after "to": "debt" in "to the national debt", "rolls" in "to the welfare rolls".
    let k = i + 1;
    while (k < tokens.length && k <= i + STOCK_WINDOW && tokens[k]?.pos !== 'NOUN') k += 1;
    if (tokens[k]?.pos !== 'NOUN') return false;
    while (tokens[k + 1]?.pos === 'NOUN') k += 1;
    return STOCKS.has(stem((tokens[k] as Token).lemma));
  }
  return false;
}

/** Comparatives that, right after a number, make it a difference: "2 million more", "300 fewer". */
const COMPARATIVES = new Set(['more', 'fewer', 'less']);

/**
 * How far either side of a figure its measure words are looked for, within its clause: the
 * subject of "the median wage for women has dropped $733" is six words back, but a word past a
 * comma or a dash usually belongs to another statement.
 */
const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 6;
/** Punctuation that ends a clause: measure words and subjects are not looked for past it. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '--', '(', ')', '.', '!', '?']);

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Words that open a subordinate or relative clause. A figure with no unit or noun of its own
 * takes its measure only from its own clause: in "he was 45 when he was killed" the killing is
 * not what 45 counts.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when', 'because', 'after', 'before', 'while', 'if', 'that', 'who', 'whom', 'which', 'since', 'although', 'though', 'until', 'unless', 'where',
]);

/** Words after a figure that make it a yearly rate ("33,000 people a year", "$75 billion per year"). */
const PER_YEAR = /^\s*(a|per|each|every)\s+year\b|^\s*annually\b|^\s*yearly\b/i;

/** True when the text right after a figure makes it a count per year. */
export function isPerYear(textAfter: string): boolean {
  return PER_YEAR.test(textAfter);
}

/** The measure words around one figure, or in a fact's subject. */
export interface MeasureWords {
  /** The kind of measure, when a word names one. */
  readonly category: string | null;
  /** The word that named it, for the explanation. */
  readonly cue: string | null;
  readonly change: boolean;
  /**
   * The way a change goes, where it matters: set on a claim figure with no sign of its own
   * ("doubled", "halved"), and on a fact from its words (see change-direction.ts).
   */
  readonly direction?: Direction | null;
}

/** True for a word that makes a figure a change; synonyms count ("raise", "hike" as "increase"). */
function isChangeWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  return CHANGE_WORDS.has(token.normal) || CHANGE_WORDS.has(termOf(token.lemma)) || addsTo(tokens, index);
}

/**
 * The preposition right before a figure says which one a change verb names: "increase spending
 * to $697 billion" gives the level reached, "raise taxes by $4 billion" the change itself.
 * Null when neither word stands there, so the change words around the figure decide.
 */
function changeByPreposition(tokens: readonly Token[], first: number): boolean | null {
  const before = tokens[first - 1]?.normal;
  if (before === 'to') return false;
  if (before === 'by') return true;
  return null;
}

/** The category a word names by itself, in its context ("pay" as a noun, "net worth"). */
function wordCategory(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  if (token === undefined) return null;
  const contextual = contextualTerm(tokens, index);
  if (contextual !== null) return CATEGORY_OF.get(contextual) ?? null;
  return CATEGORY_OF.get(stem(token.lemma)) ?? CATEGORY_OF.get(termOf(token.lemma)) ?? CATEGORY_OF.get(token.normal) ?? null;
}

/**
 * Nouns that, as the head of a compound, name a figure of the measure word before them ("the
 * unemployment rate", "the death toll", "tax revenue"), so that word still names the measure.
 */
const MEASURE_HEADS = new Set([
  'rate', 'toll', 'level', 'figure', 'number', 'total', 'count', 'tally', 'revenue', 'receipt', 'collection', 'share',
  'ratio', 'index', 'cost', 'bill', 'burden', 'estimate', 'record', 'peak', 'change', 'statistic', 'data', 'trend',
]);

/** True for a noun that heads a figure of any measure ("rate", "level", "total"): no topic by itself. */
export function isMeasureHead(term: string): boolean {
  return MEASURE_HEADS.has(term);
}

/**
 * The category the word at `index` names as a measure. In a compound the last noun is the head,
 * and names what is counted: "income" in "corporate income tax" only says which tax, in "8 million
 * low-income kids" which kids. So a measure word followed by a noun names the measure only when
 * that noun is itself a figure of it ("unemployment rate", "death toll", "job losses"); followed
 * by another measure word, that head's category is the measure.
 */
function categoryOf(tokens: readonly Token[], index: number): string | null {
  const category = wordCategory(tokens, index);
  if (category === null) return null;
  const next = tokens[index + 1];
  if (next === undefined || next.pos !== 'NOUN') return category;
  const head = wordCategory(tokens, index + 1);
  if (head !== null) return head === category ? category : null;
  return MEASURE_HEADS.has(stem(next.lemma)) || isChangeWord(tokens, index + 1) ? category : null;
}

/**
 * The measure words around tokens `[first, end)` (a figure with its counted noun): the nearest
 * category word wins, so in "killing tens of thousands of civilians and attacking the army" the
 * killing is what the figure counts. Words inside the figure ("more than") are not change words.
 * `clauseWords` also bound the search (for a bare figure, `SUBORDINATORS`); with `verbsOnly`, only
 * verbs outside the figure name its measure.
 */
export function measureAround(tokens: readonly Token[], first: number, end: number, clauseWords: ReadonlySet<string> = NO_WORDS, verbsOnly = false): MeasureWords {
  let best: { category: string; cue: string; distance: number } | null = null;
  let change = false;
  const breaks = (token: Token | undefined): boolean => CLAUSE_BREAKS.has(token?.value ?? '') || clauseWords.has(token?.normal ?? '');
  let from = first;
  while (from > 0 && first - from < WINDOW_BEFORE && !breaks(tokens[from - 1])) from -= 1;
  let to = end;
  while (to < tokens.length && to - end < WINDOW_AFTER && !breaks(tokens[to])) to += 1;
  for (let i = from; i < to; i += 1) {
    const token = tokens[i] as Token;
    if (i >= first && i < end) {
      // A comparative between the number and its noun makes a change ("2 million more voters");
      // one before "than" only bounds the figure ("more than 500").
      if (COMPARATIVES.has(token.normal) && i > first && tokens[i + 1]?.normal !== 'than') change = true;
      // The counted noun inside the span names the measure ("87 attacks", "1,069 deaths").
      const category = categoryOf(tokens, i);
      if (category !== null && (best === null || best.distance > 0)) best = { category, cue: token.value, distance: 0 };
      continue;
    }
    if (isChangeWord(tokens, i)) change = true;
    // A bare figure is what a verb of its clause counts ("1,200 were killed"), not what a noun
    // near it names: in "7 million were looking for jobs" the 7 million are people, not jobs.
    if (verbsOnly && token.pos !== 'VERB') continue;
    const category = categoryOf(tokens, i);
    if (category === null) continue;
    // Before the figure counts as nearer: a verb usually precedes its object ("killing 500").
    const distance = i < first ? first - i : i - end + 1.5;
    if (best === null || distance < best.distance) best = { category, cue: token.value, distance };
  }
  return { category: best?.category ?? null, cue: best?.cue ?? null, change: changeByPreposition(tokens, first) ?? change };
}

/** The measure words of a whole phrase (a fact's subject): its first category word. */
export function measureOfPhrase(tokens: readonly Token[]): MeasureWords {
  let found: { category: string; cue: string } | null = null;
  let change = false;
  for (const [index, token] of tokens.entries()) {
    if (isChangeWord(tokens, index)) change = true;
    const category = categoryOf(tokens, index);
    if (found === null && category !== null) found = { category, cue: token.value };
  }
  return { category: found?.category ?? null, cue: found?.cue ?? null, change };
}

/** True when the measure adds up over time (arrivals, deaths), so shorter periods are parts. */
export function addsUpOverTime(category: string | null): boolean {
  return category !== null && ADDS_UP_OVER_TIME.has(category);
}

/** True when the measure counts acts with a perpetrator (killings, attacks). */
export function isAttributed(category: string | null): boolean {
  return category !== null && ATTRIBUTED.has(category);
}

/**
 * How the fact's measure relates to the claim figure's, or null when the units cannot be
 * compared at all (dollars against percent): then the fact says nothing about this figure.
 */
export function compareMeasure(
  claim: { readonly unit: UnitKey; readonly words: MeasureWords },
  fact: { readonly unit: UnitKey; readonly words: MeasureWords },
): ScopeRelation | null {
  if (claim.unit.dimension !== fact.unit.dimension) return null;
  // A change with no sign of its own is compared only with a fact that says it went the same way.
  if (claim.words.direction !== undefined && claim.words.direction !== null && fact.words.direction !== claim.words.direction) return null;
  if (claim.unit.noun !== null && fact.unit.noun !== null && claim.unit.noun !== fact.unit.noun) return 'other';
  // A change against a level is another measure, but only when the side without a change word
  // names its measure: no words at all is no evidence that a figure is a level.
  const levelKnown = (side: MeasureWords): boolean => !side.change && side.category !== null;
  if (claim.words.change !== fact.words.change && (levelKnown(claim.words) || levelKnown(fact.words))) return 'other';
  const [a, b] = [claim.words.category, fact.words.category];
  if (a !== null && b !== null) return a === b ? 'equal' : 'other';
  return 'unknown';
}
