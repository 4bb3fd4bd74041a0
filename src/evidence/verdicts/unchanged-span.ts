/**
 * Negated changes over a span of years: "real wages have not been raised for 18 years", "prices
 * haven't gone up in ten years". The span is no count of years to compare with a fact in years: it
 * says the measure did not rise (or fall) over that many years, so it is read as a change of at
 * most (or at least) zero percent over the span, and compared only with facts that state the
 * change over a period of about that length. A change over a shorter or longer period says nothing
 * about this one (wages can fall over 15 years and still rise over 18), so it is not compared.
 * Only a denial the words make plainly is read: the negation in the change verb's own auxiliaries
 * ("have not been raised", not "no one denies that wages have risen"), nothing between the change
 * and the span ("not risen more than 2 percent in 10 years" is another claim), no modal ("will not
 * fall for 10 years" is a forecast), and a span that runs to the present ("have not") unless the
 * claim gives its time ("in the 1990s, wages did not rise for 10 years").
 */
import type { Quantity, Unit } from '../../model/analysis-schema.ts';
import type { Fact } from '../../model/evidence-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import type { TimeRange } from './compare-time.ts';
import { firstDay, lastDay } from './compare-time.ts';
import type { MeasureWords } from './compare-measure.ts';
import { CLAUSE_BREAKS, measureOfPhrase } from './compare-measure.ts';
import type { Direction } from './change-direction.ts';
import { directionOfWords } from './change-direction.ts';
import { textTerms } from './text-terms.ts';

/** Words of a rise or fall the change-direction table does not list as such ("raise" is a rise too). */
const RAISE = new Set(['raise', 'hike']);

/** A negated change read from a span of years. */
export interface UnchangedSpan {
  /** How many years the measure is said not to have changed. */
  readonly years: number;
  /** The direction that is denied: 'up' for "not raised" (so the change is at most zero). */
  readonly denied: Direction;
  /** Token index where the negated change words start, for the figure's surface. */
  readonly from: number;
  /** True for a present perfect ("have not risen"): the span runs up to when the claim was made. */
  readonly perfect: boolean;
}

/** Words that negate a verb in its auxiliaries: "not", "n't", "never". */
const NEGATIONS = new Set(['not', "n't", 'never']);

/** Verbs that take a noun of change as what was had: "haven't had a raise", "did not get a raise". */
const LIGHT_VERBS = new Set(['have', 'get', 'see', 'receive', 'give']);

/** Modal auxiliaries (lemmas): "will not fall" forecasts, "could not rise" speculates; neither denies a change that happened. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/**
 * Words that, between the change and the span, make the claim about something else: a bound on the
 * change ("not risen more than 2 percent") or a level ("not fallen below 5 percent").
 */
const COMPARATORS = new Set(['more', 'less', 'fewer', 'below', 'above', 'over', 'under', 'than', 'beyond', '%', '$']);

/** The auxiliaries of the change word at `index`, and what they say. */
interface AuxiliaryChain {
  /** Token index of the first auxiliary (or of the change word when it has none). */
  readonly from: number;
  readonly negated: boolean;
  readonly modal: boolean;
  readonly perfect: boolean;
}

function lemmaOf(token: Token): string {
  return token.lemma.toLowerCase();
}

/**
 * The auxiliaries before the change word at `index`: "have not been" before "raised", "have n't"
 * before "had a raise" (a noun of change takes its light verb first). The chain stops at any other
 * word, so a negation in another clause ("no one denies that wages have risen") is not in it.
 */
function auxiliaryChain(tokens: readonly Token[], index: number): AuxiliaryChain {
  let i = index - 1;
  if ((tokens[index] as Token).pos === 'NOUN') {
    // "had a (pay) raise": the noun's determiner and modifiers, then its light verb.
    while (i >= 0 && i >= index - 3 && ['DET', 'ADJ', 'NOUN'].includes((tokens[i] as Token).pos)) i -= 1;
    if (i < 0 || !LIGHT_VERBS.has(lemmaOf(tokens[i] as Token))) return { from: index, negated: false, modal: false, perfect: false };
    i -= 1;
  }
  const chain: Token[] = [];
  for (; i >= 0; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos !== 'AUX' && token.pos !== 'PART' && token.pos !== 'ADV' && !NEGATIONS.has(token.normal)) break;
    chain.push(token);
  }
  const from = chain.length === 0 ? index : i + 1;
  return {
    from,
    negated: chain.some((t) => NEGATIONS.has(t.normal) || lemmaOf(t) === 'not'),
    modal: chain.some((t) => t.pos === 'AUX' && MODALS.has(lemmaOf(t))),
    perfect: chain.some((t) => t.pos === 'AUX' && lemmaOf(t) === 'have'),
  };
}

/** True when a figure or a comparator stands between the change word and the span's "for"/"in". */
function boundBetween(tokens: readonly Token[], change: number, preposition: number): boolean {
  return tokens.slice(change + 1, preposition).some((t) => t.pos === 'NUM' || COMPARATORS.has(t.normal));
}

const DAY_YEARS = 365.25;

/** The direction a negated word names, or null. */
function deniedDirection(token: Token): Direction | null {
  if (!token.negated) return null;
  if (RAISE.has(token.lemma.toLowerCase())) return 'up';
  return directionOfWords([token]);
}

/**
 * The negated change a span of years at tokens `[first, end)` belongs to, or null: the span must
 * follow "for" or "in" and lie in a negation's scope, and a negated word of change must stand
 * before it in the same clause, negated by its own auxiliaries, with no modal among them and no
 * figure or comparator between it and the span. `value` is the span in years.
 */
export function readUnchangedSpan(tokens: readonly Token[], first: number, end: number, value: number): UnchangedSpan | null {
  const before = tokens[first - 1];
  if (before === undefined || (before.normal !== 'for' && before.normal !== 'in') || !tokens[first]?.negated) return null;
  if (end <= first) return null;
  for (let i = first - 2; i >= 0; i -= 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_BREAKS.has(token.value)) break;
    const denied = deniedDirection(token);
    if (denied === null) continue;
    // The nearest change word is the one the span belongs to: if its reading is doubtful, no other is taken.
    const chain = auxiliaryChain(tokens, i);
    if (!chain.negated || chain.modal || boundBetween(tokens, i, first - 1)) return null;
    // The surface runs from the auxiliaries: "have not been raised", "haven't had a raise".
    return { years: value, denied, from: chain.from, perfect: chain.perfect };
  }
  return null;
}

/** The claimed change as a quantity: at most zero percent for a denied rise, at least zero for a denied fall. */
export function unchangedQuantity(quantity: Quantity, span: UnchangedSpan): Quantity {
  const [min, max] = span.denied === 'up' ? [null, 0] : [0, null];
  return { ...quantity, value: 0, min, max, unit: 'percent', counted: null, approximate: false };
}

/** Tokens from the start of the clause holding token `index` up to it: the subject of "real wages … have not been raised". */
function clauseBefore(tokens: readonly Token[], index: number): Token[] {
  let from = index;
  while (from > 0 && !CLAUSE_BREAKS.has((tokens[from - 1] as Token).value)) from -= 1;
  return tokens.slice(from, index);
}

/** A span of years read as the change it denies. */
export interface UnchangedFigure {
  readonly span: UnchangedSpan;
  readonly quantity: Quantity;
  /** The measure its clause names ("real wages"), as a change. */
  readonly measure: MeasureWords;
  /** The words of the denial, for the explanation: "have not been raised for 18 years". */
  readonly surface: string;
}

/**
 * The span of years `quantity` (at tokens `own` of `unit`) read as the change it denies, or null
 * when it is no denied change: "have not been raised for 18 years" is a change of at most zero
 * percent over 18 years, in the measure its clause names. A span in the past tense ("did not rise
 * for 10 years") ends at a time the claim must give: else which ten years is unknown.
 */
export function unchangedFigure(tokens: readonly Token[], unit: Pick<Unit, 'text' | 'start' | 'times'>, quantity: Quantity, own: { first: number; end: number }): UnchangedFigure | null {
  if (quantity.value === null) return null;
  const span = readUnchangedSpan(tokens, own.first, own.end, quantity.value);
  if (span === null || (!span.perfect && unit.times.length === 0)) return null;
  const named = measureOfPhrase(clauseBefore(tokens, span.from));
  const from = (tokens[span.from] as Token).start;
  return {
    span,
    quantity: unchangedQuantity(quantity, span),
    measure: { category: named.category, cue: named.cue, change: true },
    surface: unit.text.slice(from, quantity.end - unit.start),
  };
}

/**
 * Spans of at most this many years must be nearly covered by the fact's period: the year's slack
 * of a long span would let a one-year fact meet "not risen in two years".
 */
const SHORT_SPAN = 2;

/**
 * True when a fact's period is about as long as the span: the years from its start to its end,
 * counted either way ("1999 to 2015" is 16 years between the two, 17 calendar years in all), are
 * within a year of it; for a span of one or two years, the period is at least the span less half a year.
 */
export function coversSpan(time: TimeRange, years: number): boolean {
  // Leap days make 17 calendar years 16.999 of 365.25 days: count to the nearest tenth of a year.
  const between = Math.round((firstDay(time.to) - firstDay(time.from)) / DAY_YEARS * 10) / 10;
  const inAll = Math.round((lastDay(time.to) - firstDay(time.from) + 1) / DAY_YEARS * 10) / 10;
  if (years <= SHORT_SPAN && inAll < years - 0.5) return false;
  return years >= between - 1 && years <= inAll + 1;
}

/** Words of a fact's subject that make its value a change: "change in real earnings", "wage growth". */
const CHANGE_NOUNS = new Set(['change', 'growth', 'increase', 'rise', 'fall', 'decline', 'drop']);

/**
 * True when a fact states a change, which alone can meet a denied change: its measure words say
 * so, or its subject names one. A level over the span ("the rate averaged 5 percent, 2010–2020")
 * says nothing of whether it rose.
 */
export function isChangeFact(fact: Fact, change: boolean): boolean {
  if (change) return true;
  const subject = fact.subject === null ? [] : textTerms(fact.subject).tokens;
  return subject.some((token) => CHANGE_NOUNS.has(token.lemma.toLowerCase()));
}
