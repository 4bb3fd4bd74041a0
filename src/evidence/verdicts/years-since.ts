/**
 * A span of years against a calendar year. Claims count years ("the lowest in 50 years", "the
 * first raise in over 10 years"); facts often name the year instead ("the lowest since 1969",
 * stated for 2019). Both come as unit "year", but 50 and 1969 are not the same kind of number: a
 * fact that says "since" a year, at a known time, states the span from that year to its time;
 * any other calendar year (a founding, a date) says nothing about a span.
 */
import type { Fact } from '../../model/evidence-schema.ts';
import type { Quantity } from '../../model/analysis-schema.ts';

/** Values from here up read as calendar years, below as spans of years. */
const CALENDAR_YEAR = 1000;

/** True when the figure counts years as a span ("10 years", "over 50 years"), not a date. */
function isSpan(quantity: Pick<Quantity, 'min' | 'max'>): boolean {
  return Math.max(quantity.min ?? 0, quantity.max ?? 0) < CALENDAR_YEAR;
}

/**
 * The fact's value in the claim figure's terms: unchanged unless the figure is a span of years
 * and the value a calendar year; then the span from that year to the fact's time when the fact
 * says "since" that year, else null (not comparable).
 */
export function valueForFigure(quantity: Pick<Quantity, 'min' | 'max'>, fact: Fact, unitDimension: string): number | null {
  const { value } = fact;
  if (value === null || unitDimension !== 'year' || value < CALENDAR_YEAR || !isSpan(quantity)) return value;
  const said = `${fact.statement} ${fact.subject ?? ''}`;
  // "since" must name this very year: "the lowest since 1969", not "since taking office in 2017".
  if (fact.time === null || !new RegExp(`\\bsince\\s+${value}\\b`, 'i').test(said)) return null;
  return Number(fact.time.to.slice(0, 4)) - value;
}
