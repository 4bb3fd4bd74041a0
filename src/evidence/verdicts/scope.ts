/**
 * How far a fact's scope (its time, place, actor and measure) matches what a claim's figure is
 * about. Each comparison module answers in these terms, and `combineScopes` folds them.
 *
 * - `equal`: the same scope, so the fact's value is the claim's value.
 * - `part`: the fact covers part of the claim's scope (a year inside the claimed decade, a
 *   province of the claimed country) of something that adds up, so its value is a lower bound.
 * - `whole`: the fact covers more (all actors where the claim names one), so its value is an
 *   upper bound.
 * - `mixed`: parts of both, so the value bounds nothing.
 * - `other`: something else (another year, another measure): only a coincidence of numbers links it.
 * - `unknown`: one side does not say (no place named), so it neither helps nor hurts.
 */
export type ScopeRelation = 'equal' | 'part' | 'whole' | 'mixed' | 'other' | 'unknown';

/** One dimension's comparison, with the words the explanation uses. */
export interface ScopeComparison {
  readonly dimension: 'time' | 'place' | 'actor' | 'measure';
  readonly relation: ScopeRelation;
  /** What the fact's side is in this dimension, e.g. "2005", "Khyber Pakhtunkhwa", "people living there". */
  readonly fact: string | null;
  /** What the claim's side is, when it names one. */
  readonly claim: string | null;
}

/** The relation of the whole scope: any `other` wins, then `part` against `whole` gives `mixed`. */
export function combineScopes(relations: readonly ScopeRelation[]): ScopeRelation {
  if (relations.includes('other')) return 'other';
  const part = relations.includes('part');
  const whole = relations.includes('whole');
  if (relations.includes('mixed') || (part && whole)) return 'mixed';
  if (part) return 'part';
  if (whole) return 'whole';
  return 'equal';
}
