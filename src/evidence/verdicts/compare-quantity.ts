/**
 * A claim's figure against a fact's value: the claim's bounds (exact, a range, a vague magnitude
 * such as "tens of thousands", open "more than 500"), widened by a tolerance that is larger for
 * hedged figures, then whether the fact's value falls inside, below or above.
 */
import type { Quantity } from '../../model/analysis-schema.ts';

/**
 * Relative slack around an exact figure: speakers round ("43 million" for 43.6 million, "$800
 * billion" for $763 billion is already too far), and facts are themselves rounded estimates.
 */
export const EXACT_TOLERANCE = 0.05;
/**
 * Relative slack around a hedged figure ("roughly", "about", "nearly", a vague magnitude): the
 * speaker has announced imprecision, so a tenth either side still counts as the same figure.
 */
export const APPROXIMATE_TOLERANCE = 0.1;

/**
 * The slack a round figure announces by itself: "$2 billion" or "300,000" stands for anything
 * that rounds to it, up to half a unit of its last significant digit, but never more than a
 * hedge's slack ("2" is not "anything from 1.5 to 2.5"). Figures with more digits ("697", "33,000")
 * get only the exact tolerance, since their rounding is finer than it.
 */
export function roundingTolerance(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return EXACT_TOLERANCE;
  let place = 10 ** Math.floor(Math.log10(magnitude));
  // The place of the last significant digit: the largest power of ten that divides the figure.
  while (place > 1e-6 && Math.abs(magnitude / place - Math.round(magnitude / place)) > 1e-9) place /= 10;
  return Math.min(APPROXIMATE_TOLERANCE, Math.max(EXACT_TOLERANCE, place / 2 / magnitude));
}

/** Where the fact's value lies relative to the claim's widened bounds. */
export type NumberFit = 'inside' | 'below' | 'above';

/**
 * The claim's bounds after the tolerance; null sides stay open. A one-sided bound ("less than 10
 * percent", "more than 500") is a limit the speaker drew on purpose, not a hedge, so it gets the
 * exact tolerance even though the quantities pass marks it approximate.
 */
export function widenedBounds(quantity: Pick<Quantity, 'min' | 'max' | 'approximate'>): { low: number; high: number } {
  const oneSided = (quantity.min === null) !== (quantity.max === null);
  const exact = quantity.min !== null && quantity.min === quantity.max ? roundingTolerance(quantity.min) : EXACT_TOLERANCE;
  const tolerance = quantity.approximate && !oneSided ? APPROXIMATE_TOLERANCE : exact;
  const low = quantity.min === null ? -Infinity : quantity.min - Math.abs(quantity.min) * tolerance;
  const high = quantity.max === null ? Infinity : quantity.max + Math.abs(quantity.max) * tolerance;
  return { low, high };
}

/** Whether `value` fits the claimed figure, lies below it or above it. */
export function fitNumber(quantity: Pick<Quantity, 'min' | 'max' | 'approximate'>, value: number): NumberFit {
  const { low, high } = widenedBounds(quantity);
  if (value < low) return 'below';
  if (value > high) return 'above';
  return 'inside';
}

/**
 * Whether `value` breaks the claimed figure as a bound does (a part of the claim's period already
 * above it, a whole below it): only beyond a hedge's slack, whatever the figure's own. "800,000
 * jobs" against a 1993–2013 part of 851,700 is within what rounding and an estimate's error allow
 * together; 25,000 against a claimed 20,000 is not.
 */
export function fitAsBound(quantity: Pick<Quantity, 'min' | 'max' | 'approximate'>, value: number): NumberFit {
  const { low, high } = widenedBounds(quantity);
  const min = quantity.min === null ? -Infinity : quantity.min - Math.abs(quantity.min) * APPROXIMATE_TOLERANCE;
  const max = quantity.max === null ? Infinity : quantity.max + Math.abs(quantity.max) * APPROXIMATE_TOLERANCE;
  if (value < Math.min(low, min)) return 'below';
  if (value > Math.max(high, max)) return 'above';
  return 'inside';
}

const FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const SCALE_NAMES: readonly (readonly [number, string])[] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** A value as a reader expects it: "1,861,412" stays exact, "3200000" reads "3.2 million". */
export function formatNumber(value: number): string {
  for (const [scale, name] of SCALE_NAMES) {
    const scaled = value / scale;
    if (Math.abs(scaled) >= 1 && Math.abs(Math.round(scaled * 100) - scaled * 100) < 1e-6) return `${FORMAT.format(scaled)} ${name}`;
  }
  return FORMAT.format(value);
}

/** A fact's value with its unit: "1,861,412 people", "31.5 percent", "$800 billion". */
export function formatValue(value: number, unit: string | null): string {
  if (unit === null) return formatNumber(value);
  if (/^(usd|dollars?|\$)$/i.test(unit.trim())) return `$${formatNumber(value)}`;
  if (unit.trim() === '%') return `${formatNumber(value)}%`;
  // A calendar year reads as a date ("1990"), not as "1,990 year".
  if (/^years?$/i.test(unit.trim()) && Number.isInteger(value) && value >= 1000 && value < 10000) return `the year ${value}`;
  return `${formatNumber(value)} ${unit}`;
}
