/**
 * Negated changes over a span of years: "real wages have not been raised for 18 years", "prices
 * haven't gone up in ten years". The span is no count of years to compare with a fact in years: it
 * says the measure did not rise (or fall) over that many years, so it is read as a change of at
 * most (or at least) zero percent over the span, and compared only with facts that state the
 * change over a period of about that length. A change over a shorter or longer period says nothing
 * about this one (wages can fall over 15 years and still rise over 18), so it is not compared.
 */
import type { Quantity, Unit } from '../../model/analysis-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import type { TimeRange } from './compare-time.ts';
import { firstDay, lastDay } from './compare-time.ts';
import type { MeasureWords } from './compare-measure.ts';
import { CLAUSE_BREAKS, measureOfPhrase } from './compare-measure.ts';
import type { Direction } from './change-direction.ts';
import { directionOfWords } from './change-direction.ts';

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
 * before it in the same clause. `value` is the span in years.
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
    let from = i;
    // Take the negation, its auxiliaries and the words in its scope into the surface: "have not
    // been raised", "haven't had a raise".
    const partOfNegation = (token: Token): boolean => token.negated || token.pos === 'AUX' || token.pos === 'PART';
    while (from > 0 && partOfNegation(tokens[from - 1] as Token)) from -= 1;
    return { years: value, denied, from };
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
 * percent over 18 years, in the measure its clause names.
 */
export function unchangedFigure(tokens: readonly Token[], unit: Pick<Unit, 'text' | 'start'>, quantity: Quantity, own: { first: number; end: number }): UnchangedFigure | null {
  if (quantity.value === null) return null;
  const span = readUnchangedSpan(tokens, own.first, own.end, quantity.value);
  if (span === null) return null;
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
 * True when a fact's period is about as long as the span: the years from its start to its end,
 * counted either way ("1999 to 2015" is 16 years between the two, 17 calendar years in all), are
 * within a year of it.
 */
export function coversSpan(time: TimeRange, years: number): boolean {
  // Leap days make 17 calendar years 16.999 of 365.25 days: count to the nearest tenth of a year.
  const between = Math.round((firstDay(time.to) - firstDay(time.from)) / DAY_YEARS * 10) / 10;
  const inAll = Math.round((lastDay(time.to) - firstDay(time.from) + 1) / DAY_YEARS * 10) / 10;
  return years >= between - 1 && years <= inAll + 1;
}
