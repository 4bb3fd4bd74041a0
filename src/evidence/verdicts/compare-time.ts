/**
 * Time ranges of a claim and a fact, as ISO-like prefixes ("1990", "2021-06", "2021-08-15"),
 * compared as inclusive day ranges.
 */
import type { ScopeRelation } from './scope.ts';

/** An inclusive range of ISO-like prefixes, as the times pass and the fact base write them. */
export interface TimeRange {
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;

/** The first day a prefix can mean, as a day number ("2021" → 1 Jan 2021). */
export function firstDay(prefix: string): number {
  const [y, m, d] = prefix.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** The last day a prefix can mean ("2021" → 31 Dec 2021, "2021-02" → 28 Feb 2021). */
export function lastDay(prefix: string): number {
  const [y, m, d] = prefix.split('-').map(Number);
  if (d !== undefined) return Date.UTC(y ?? 0, (m ?? 1) - 1, d) / DAY_MS;
  if (m !== undefined) return Date.UTC(y ?? 0, m, 0) / DAY_MS;
  return Date.UTC((y ?? 0) + 1, 0, 0) / DAY_MS;
}

/** "1990–2004", or "2005" for a range within one prefix. */
export function formatRange(range: TimeRange): string {
  return range.from === range.to ? range.from : `${range.from}–${range.to}`;
}

/** True when the two ranges share at least one day. */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return firstDay(a.from) <= lastDay(b.to) && firstDay(b.from) <= lastDay(a.to);
}

/** True when all of `fact` lies after `reference` (the day the text was written). */
export function isAfter(fact: TimeRange, reference: string): boolean {
  return firstDay(fact.from) > lastDay(reference);
}

/**
 * How the fact's time relates to the claim's, for a measure that adds up over time (arrivals,
 * deaths, attacks: `additive`) or one that holds at a moment (a population, a rate).
 *
 * For an additive measure a fact about a shorter period is a part of the claimed total, and one
 * about a longer period bounds it from above. A claim with no time that counts events is read
 * as "so far": any dated fact then covers only part of it. For a measure that holds at a moment,
 * any overlap means the fact describes the claimed time. A yearly rate (`perYear`) is compared
 * with one-year facts as equals.
 */
export function compareTime(claim: TimeRange | null, fact: TimeRange | null, additive: boolean, perYear = false): ScopeRelation {
  if (fact === null) return 'unknown';
  if (perYear && additive) {
    // A yearly rate ("33,000 a year") is what a one-year fact counts; a longer fact sums several years.
    const years = (lastDay(fact.to) - firstDay(fact.from) + 1) / 365.25;
    const oneYear = years > 0.99 && years < 1.01;
    if (claim === null || overlaps(claim, fact)) return oneYear ? 'equal' : years < 1 ? 'part' : 'other';
    return 'other';
  }
  if (claim === null) return additive ? 'part' : 'unknown';
  if (!overlaps(claim, fact)) return 'other';
  if (!additive) return 'equal';
  const [cf, ct, ff, ft] = [firstDay(claim.from), lastDay(claim.to), firstDay(fact.from), lastDay(fact.to)];
  if (cf === ff && ct === ft) return 'equal';
  if (ff >= cf && ft <= ct) return 'part';
  if (ff <= cf && ft >= ct) return 'whole';
  return 'mixed';
}
