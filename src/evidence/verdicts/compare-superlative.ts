/**
 * A superlative claim with no number (superlative-claim.ts) against the fact base. The claim says
 * its subject's value is the highest (or lowest) among its rivals, so:
 * - a rival's value of the same measure beyond the subject's refutes it (Wyoming's $4,646 against
 *   Florida's $6,351 for "the lowest tuition of any state"), as does a fact that ranks the subject
 *   below first;
 * - a fact that ranked the subject first at another time is where the claim comes from, so with a
 *   refutation the claim is misleading (the superlative was true, but then, not now);
 * - a fact that ranks the subject first supports it. No set of rivals' values supports it: the
 *   fact base need not hold every rival.
 * The subject is the fact the claim names by place or party: a claim that names none ("it was the
 * biggest win") is not judged, since guessing which case it speaks of gives confident wrong
 * verdicts. Anything that makes the reading doubtful (two named facts at once, a negative value,
 * a negated or conditional superlative) leaves the claim undecided rather than guessed.
 */
import type { Fact } from '../../model/evidence-schema.ts';
import type { ClaimProfile } from './claim-profile.ts';
import { comparePlace } from './compare-place.ts';
import { EXACT_TOLERANCE, formatValue } from './compare-quantity.ts';
import { firstDay, formatRange, lastDay, overlaps } from './compare-time.ts';
import { cite } from './explain-verdict.ts';
import type { FactProfile } from './fact-profile.ts';
import type { Candidate } from './retrieve-candidates.ts';
import type { SuperlativeClaim, SuperlativeDirection } from './superlative-claim.ts';
import { readSuperlative, superlativeDirection } from './superlative-claim.ts';
import { textTerms } from './text-terms.ts';

/** What the fact base says about a superlative claim. */
export interface SuperlativeVerdict {
  readonly label: 'supported' | 'contradicted' | 'misleading';
  readonly facts: readonly Fact[];
  readonly explanation: string;
}

/** A fact's unit that makes its value a position in a ranking ("rank": 5 for fifth). */
const RANK_UNIT = /^ranks?$/i;

/**
 * True when the fact is on the measure the superlative ranks: its subject (else statement) has the
 * phrase's head. One shared word is not enough: "Ohio's highest court" shares "Ohio" and nothing
 * of its measure with a sales-tax rate.
 */
function onPhrase(superlative: SuperlativeClaim, profile: FactProfile): boolean {
  const words = profile.subject.size > 0 ? profile.subject : profile.terms;
  return words.has(superlative.head);
}

/**
 * True when the claim names whose value the fact gives: its place, a party its subject names, or
 * an actor its statement or subject names ("signed by Reagan" for "Reagan signed the biggest …").
 */
function namesSubject(claim: ClaimProfile, profile: FactProfile): boolean {
  if (comparePlace(claim.places, profile.places, false) === 'equal') return true;
  if ([...profile.subjectNames].some((name) => claim.words.terms.has(name))) return true;
  return profile.actors.some((actor) => [...textTerms(actor).terms].some((term) => claim.names.has(term)));
}

/**
 * A fact's subject without a note in parentheses that says where it ranks, "(lowest of any
 * state)": the writer's note, not part of what is measured.
 */
function withoutRankNote(subject: string): string {
  return subject.replace(/\(([^)]*)\)/g, (note, inner: string) => (textTerms(inner).tokens.some((t) => superlativeDirection(t) !== null) ? ' ' : note));
}

/** The topic of a fact's subject without whose it is or a rank note: "electoral vote college win" for every candidate's count. */
function measureTopic(profile: FactProfile): Set<string> {
  const place = profile.fact.place === null ? new Set<string>() : textTerms(profile.fact.place).terms;
  const subject = textTerms(withoutRankNote(profile.fact.subject ?? '')).terms;
  return new Set([...subject].filter((term) => !profile.subjectNames.has(term) && !place.has(term)));
}

function sameTerms(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((term) => b.has(term));
}

/**
 * True when two facts give values of one measure: one unit, both a change or both a level, and
 * the same topic words. One topic within the other is not enough: "education spending" is not
 * "education spending per pupil", nor "unemployment rate change" the "unemployment rate".
 */
function sameMeasure(a: FactProfile, b: FactProfile): boolean {
  if (a.unit.dimension !== b.unit.dimension || a.unit.noun !== b.unit.noun) return false;
  if (a.measure.change !== b.measure.change) return false;
  const topic = measureTopic(a);
  return topic.size > 0 && sameTerms(topic, measureTopic(b));
}

/**
 * True when `rival` is of a place that contains the subject's (the United States for California):
 * a total over the subject's place and others, no rival to it.
 */
function isWiderPlace(rival: FactProfile, own: FactProfile): boolean {
  return comparePlace(own.places, rival.places, true) === 'whole';
}

/**
 * True when `rival` is the same holder as `own` at another time, for a superlative across time
 * ("Ohio's lowest rate in its history"): the same place and the same parties its subject names.
 * A fact with neither has no holder to match.
 */
function sameHolder(rival: FactProfile, own: FactProfile): boolean {
  if (own.places.length === 0 && own.subjectNames.size === 0) return false;
  if (own.places.length > 0 && comparePlace(own.places, rival.places, false) !== 'equal') return false;
  return sameTerms(own.subjectNames, rival.subjectNames);
}

/** The end of a fact's time, for "most recent"; undated facts are the oldest. */
function endOf(profile: FactProfile): number {
  return profile.fact.time === null ? -Infinity : lastDay(profile.fact.time.to);
}

/** True when both facts are dated and their times overlap: an undated fact is of no known time. */
function sameTime(a: FactProfile, b: FactProfile): boolean {
  return a.fact.time !== null && b.fact.time !== null && overlaps(a.fact.time, b.fact.time);
}

/** True when `a` is dated and ends before dated `b` begins. */
function endsBefore(a: FactProfile, b: FactProfile): boolean {
  return a.fact.time !== null && b.fact.time !== null && lastDay(a.fact.time.to) < firstDay(b.fact.time.from);
}

/**
 * The fact that gives the claim's subject's value: the most recent of those the claim names (of
 * the claim's time, when it has one); null when it names none, or several share the latest time
 * ("Unlike California, Texas has the lowest tax": which is the subject is not for the words to guess).
 */
function subjectFact(claim: ClaimProfile, valued: readonly FactProfile[]): FactProfile | null {
  const named = valued.filter((p) => namesSubject(claim, p) && (claim.time === null || (p.fact.time !== null && overlaps(claim.time, p.fact.time))));
  if (named.length === 0) return null;
  const latest = Math.max(...named.map(endOf));
  const at = named.filter((p) => endOf(p) === latest);
  return at.length === 1 ? (at[0] as FactProfile) : null;
}

/** True when `value` beats the subject's `own` in the claimed direction, beyond the rounding of either. */
function beats(value: number, own: number, direction: SuperlativeDirection): boolean {
  const margin = Math.abs(own) * EXACT_TOLERANCE;
  return direction === 'highest' ? value > own + margin : value < own - margin;
}

/** The direction a rank counts from: "1 = lowest" in its subject, else from the highest. */
function rankDirection(profile: FactProfile): SuperlativeDirection {
  const tokens = profile.fact.subject === null ? [] : textTerms(profile.fact.subject).tokens;
  return tokens.map(superlativeDirection).find((d) => d !== null) ?? 'highest';
}

/** True when a fact states, in words, that its subject was at the claimed end ("had the lowest in-state tuition of the 50 states"). */
function statesSuperlative(profile: FactProfile, direction: SuperlativeDirection): boolean {
  return readSuperlative(profile.statement.tokens)?.direction === direction;
}

/** "q63 (source title) gives $6,351 (2014–2015)": a fact's value as the explanation cites it. */
function givesValue(profile: FactProfile, about = false): string {
  const { fact } = profile;
  const what = about ? ` for ${fact.subject ?? fact.statement.replace(/\.$/, '')}` : '';
  return `${cite(fact)} gives ${formatValue(fact.value as number, fact.unit)}${what}${fact.time === null ? '' : ` (${formatRange(fact.time)})`}`;
}

/** The rivals' values that beat the subject's, the farthest first. */
function beatenBy(rivals: readonly FactProfile[], own: number, direction: SuperlativeDirection): FactProfile[] {
  const sign = direction === 'highest' ? -1 : 1;
  return rivals.filter((p) => beats(p.fact.value as number, own, direction)).sort((a, b) => sign * ((a.fact.value as number) - (b.fact.value as number)));
}

/** The verdict on a superlative claim, or null when the fact base does not decide it. */
export function judgeSuperlative(claim: ClaimProfile, candidates: readonly Candidate[]): SuperlativeVerdict | null {
  const superlative = readSuperlative(claim.words.tokens);
  if (superlative === null) return null;
  const { direction } = superlative;
  const onTopic = candidates.map((c) => c.profile).filter((p) => onPhrase(superlative, p));
  const ranks = onTopic.filter((p) => p.fact.value !== null && p.fact.unit !== null && RANK_UNIT.test(p.fact.unit.trim()));
  const valued = onTopic.filter((p) => p.fact.value !== null && !ranks.includes(p));
  const own = subjectFact(claim, valued);
  if (own === null) return null;
  // Across time the rivals are the subject's own values at other (known) times; else other
  // holders' values at its time.
  const inScope = (p: FactProfile): boolean => (superlative.acrossTime
    ? p.fact.time !== null && sameHolder(p, own) && (claim.time === null || overlaps(claim.time, p.fact.time))
    : sameTime(p, own));
  const rivals = valued.filter((p) => p !== own && sameMeasure(p, own) && inScope(p) && !isWiderPlace(p, own));
  // A decline written as a negative number ranks the other way round from its size: which way
  // "the biggest decline" goes is not for the sign to guess.
  if ([own, ...rivals].some((p) => (p.fact.value as number) < 0)) return null;
  const beaten = beatenBy(rivals, own.fact.value as number, direction).slice(0, 2);
  // The most recent ranking of the subject (a rank of another place says nothing of it), counted from the claimed end.
  const rank = ranks.filter((p) => rankDirection(p) === direction && namesSubject(claim, p)).sort((a, b) => endOf(b) - endOf(a))[0];
  const rankedBelow = rank !== undefined && (rank.fact.value as number) > 1 && endOf(rank) >= endOf(own) ? rank : undefined;
  const what = `"the ${superlative.cue}"`;
  if (beaten.length > 0 || rankedBelow !== undefined) {
    const refuters = [...(rankedBelow === undefined ? [] : [rankedBelow]), ...beaten];
    const against = [
      ...(rankedBelow === undefined ? [] : [`${cite(rankedBelow.fact)} ranks it ${rankedBelow.fact.value}`]),
      ...beaten.map((p) => givesValue(p, true)),
    ].join('; ');
    // Ranked first at another time: the superlative was borrowed from then.
    const earlier = onTopic.find((p) => p !== own && namesSubject(claim, p) && sameMeasure(p, own) && endsBefore(p, own) && statesSuperlative(p, direction));
    if (earlier !== undefined) {
      const then = earlier.fact.time === null ? 'another time' : formatRange(earlier.fact.time);
      return {
        label: 'misleading',
        facts: [earlier.fact, own.fact, ...refuters.map((p) => p.fact)],
        explanation: `The claim's ${what} matches ${cite(earlier.fact)}, which says so of ${then}; but later ${givesValue(own)} and ${against}.`,
      };
    }
    return {
      label: 'contradicted',
      facts: [own.fact, ...refuters.map((p) => p.fact)],
      explanation: `The claim puts its subject at ${what}, but ${givesValue(own)} and ${against}.`,
    };
  }
  if (rank !== undefined && rank.fact.value === 1) {
    return { label: 'supported', facts: [rank.fact], explanation: `The claim's ${what} matches ${cite(rank.fact)}, which ranks it first: ${rank.fact.statement}` };
  }
  return null;
}
