/**
 * Claims without a comparable figure that date an event ("The TTP was formed in 2007", "Kabul
 * fell in 2021"): when a fact states the same event, its date decides, and a negation on one side
 * only ("was not formed") turns agreement into contradiction.
 */
import type { Token } from '../../nlp/tokenize.ts';
import type { ClaimProfile } from './claim-profile.ts';
import { overlaps } from './compare-time.ts';
import { nameStems, personResolved } from './person-reference.ts';
import { stem } from './text-terms.ts';
import { voteWay } from './vote-direction.ts';
import { namesIndefinite, referencesDiffer } from './definite-reference.ts';
import type { Candidate } from './retrieve-candidates.ts';

/**
 * Share of the claim's content words a fact must state to be about the same event: without a
 * figure to compare, only near-restatement makes a date comparison meaningful.
 */
export const EVENT_COVERAGE = 0.6;
/** And at least this many shared words, so a two-word claim is not "covered" by one name. */
export const EVENT_MIN_SHARED = 2;

/** Year values below this are spans of years, not dates. */
const FIRST_CALENDAR_YEAR = 1000;

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);

function negated(tokens: readonly Token[]): boolean {
  return tokens.filter((t) => NEGATORS.has(t.normal)).length % 2 === 1;
}

/** What a fact says about the event a claim dates, or null when it is not about that event. */
export function compareEvent(claim: ClaimProfile, candidate: Candidate): 'supports' | 'contradicts' | null {
  const { fact } = candidate.profile;
  if (claim.time === null || fact.time === null) return null;
  // An event fact has no figure, or its figure is the year itself ("formed in 2007": value 2007);
  // a count of years ("14 years since the rate was lower") dates nothing.
  if (fact.value !== null && (fact.unit?.toLowerCase() !== 'year' || fact.value < FIRST_CALENDAR_YEAR)) return null;
  const coverage = candidate.shared.length / Math.max(1, claim.words.terms.size);
  if (candidate.shared.length < EVENT_MIN_SHARED || coverage < EVENT_COVERAGE) return null;
  // "I vetoed it in 2015" is the speaker's act, "you vetoed it" the addressee's: a fact naming someone else is about another event (person-reference.ts).
  const claimNames = nameStems(claim.words.tokens);
  if (!personResolved(claim.words.tokens, candidate.profile.statement.tokens, claimNames, claim.unit.speaker)) return null;
  // A vote is often cast more than once on one bill, in versions and years: a vote cast the other
  // way, or on another date, tells nothing of the vote the claim dates (vote-direction.ts).
  const claimVote = voteWay(claim.words.tokens);
  const factVote = voteWay(candidate.profile.statement.tokens);
  const agrees = overlaps(claim.time, fact.time);
  if ((claimVote !== null || factVote !== null) && (claimVote !== factVote || !agrees)) return null;
  // "The bill" is not "a bill", and "a bill" vetoed in 2016 is not denied by one vetoed in 2015 (definite-reference.ts).
  const keyedClaim = claim.words.tokens.map((t) => ({ ...t, key: stem(t.normal) }));
  const keyedFact = candidate.profile.statement.tokens.map((t) => ({ ...t, key: stem(t.normal) }));
  const factNouns = new Set(keyedFact.filter((t) => t.pos === 'NOUN').map((t) => t.key));
  const shared = new Set(keyedClaim.filter((t) => t.pos === 'NOUN' && factNouns.has(t.key)).map((t) => t.key));
  if (referencesDiffer(keyedClaim, keyedFact, shared) || (!agrees && (namesIndefinite(keyedClaim, shared) || namesIndefinite(keyedFact, shared)))) return null;
  const samePolarity = negated(claim.words.tokens) === negated(candidate.profile.statement.tokens);
  return agrees === samePolarity ? 'supports' : 'contradicts';
}
