/**
 * "Tens of thousands of civilians killed", "hundreds of attacks": a figure given only as an order
 * of magnitude fits a tenfold span of numbers, so a fact of another measure whose value falls in
 * it (50,000 refugee arrivals for "tens of thousands killed") is a coincidence as often as it is
 * the figure's source. Calling the claim misleading on that match alone, as `matches_other` does
 * for a precise figure ("1.4-1.8 million" against 1,861,412 Afghans living there, a stock for a
 * flow), cites an unrelated fact as the explanation; such a match says nothing instead. A wide
 * span of the same measure is still compared as before: there the fact is evidence about the very
 * thing the claim counts.
 */
import type { Quantity } from '../../model/analysis-schema.ts';
import type { ScopeRelation } from './scope.ts';
import type { FigureOutcome } from './compare-figure.ts';

/** A span this wide (largest over smallest) is an order of magnitude, not a reading of a number: "hundreds" is 100-999. */
const MAGNITUDE_SPAN = 3;

/** True for a figure given as a range spanning a factor of MAGNITUDE_SPAN or more, with no single value. */
export function isOrderOfMagnitude(quantity: Pick<Quantity, 'value' | 'min' | 'max'>): boolean {
  const { value, min, max } = quantity;
  return value === null && min !== null && max !== null && min > 0 && max >= MAGNITUDE_SPAN * min;
}

/** The outcome once an order-of-magnitude figure is known not to be shown borrowed from a fact of another measure. */
export function magnitudeOutcome(outcome: FigureOutcome, measure: ScopeRelation, quantity: Pick<Quantity, 'value' | 'min' | 'max'>): FigureOutcome {
  return outcome === 'matches_other' && measure === 'other' && isOrderOfMagnitude(quantity) ? 'silent' : outcome;
}
