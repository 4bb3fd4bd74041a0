/**
 * Shares of what happened over a period: "92 percent of the jobs lost during Obama's first term",
 * "40 percent of the arrivals in 2015". A rate that holds at a moment (an unemployment rate) is
 * described by any fact that overlaps the claimed time; but a share of a flow (jobs lost, arrivals,
 * deaths) belongs to its period alone: women's share of the jobs lost from January 2009 to March
 * 2012 is another figure than their share of those lost over the whole first term, though the
 * periods overlap. So when both sides are dated, the fact's period must be the claim's (each end
 * within a month and a half, for months written without days and terms that start on the 20th);
 * any other is another time, and a fitting number only a borrowed one.
 */
import type { TimeRange } from './compare-time.ts';
import { firstDay, lastDay } from './compare-time.ts';
import type { ScopeRelation } from './scope.ts';

/**
 * Measures whose shares are shares of counted events (arrivals, deaths, attacks). Money that adds
 * up over time (spending) is left out: its shares are mostly of GDP or of a budget, given by fiscal
 * year, and "3 percent of GDP in 2015" is said of fiscal 2015 as often as of the calendar year.
 */
const EVENT_MEASURES = new Set(['inflow', 'outflow', 'deaths', 'attacks', 'injuries', 'capture']);

/**
 * True when a share of the measure named by `category` is a share of counted events over a period.
 * Jobs are events only as jobs gained or lost (`flow`: "92 percent of the jobs lost"); "women held 47
 * percent of the jobs in 2015" is a share of the jobs there were, at any moment of the year.
 */
export function isShareOfEvents(category: string | null, flow: boolean): boolean {
  return category !== null && (EVENT_MEASURES.has(category) || (category === 'jobs' && flow));
}

/** Days either end of a share's period may differ and still be the same period. */
export const SHARE_PERIOD_SLACK_DAYS = 45;

const DAY_MS = 86_400_000;

/** The calendar year a range ends in. */
function endYear(range: TimeRange): number {
  return new Date(lastDay(range.to) * DAY_MS).getUTCFullYear();
}

/** True when the range is a year long, give or take the slack: a calendar or a fiscal year. */
function isYearLong(range: TimeRange): boolean {
  return Math.abs(lastDay(range.to) - firstDay(range.from) + 1 - 365.25) <= SHARE_PERIOD_SLACK_DAYS;
}

/**
 * How the fact's period relates to a claimed share's: `equal` only for the same period. A fiscal
 * year is the year it ends in: counts of arrivals or admissions are kept by fiscal year (October
 * 2014 to September 2015) and said of "2015", so a year-long fact ending in the claimed year is its
 * year.
 */
export function compareSharePeriod(claim: TimeRange, fact: TimeRange): ScopeRelation {
  if (isYearLong(claim) && isYearLong(fact) && endYear(claim) === endYear(fact)) return 'equal';
  const sameStart = Math.abs(firstDay(claim.from) - firstDay(fact.from)) <= SHARE_PERIOD_SLACK_DAYS;
  const sameEnd = Math.abs(lastDay(claim.to) - lastDay(fact.to)) <= SHARE_PERIOD_SLACK_DAYS;
  return sameStart && sameEnd ? 'equal' : 'other';
}
