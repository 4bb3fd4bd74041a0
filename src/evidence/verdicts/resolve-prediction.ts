/**
 * How a prediction turned out, from facts dated after the text. A prediction of a rise ("will
 * embolden", "will grow") came true when later facts report a rise in what it is about, did not
 * when they report a fall; anything else, such as a later event with no direction, is unclear.
 */
import type { Token } from '../../nlp/tokenize.ts';
import type { Resolution } from '../../model/evidence-schema.ts';
import type { ClaimProfile } from './claim-profile.ts';
import { isAfter } from './compare-time.ts';
import { cite, describeFact } from './explain-verdict.ts';
import type { Candidate } from './retrieve-candidates.ts';
import { stem } from './text-terms.ts';

type Direction = 'up' | 'down';

/** Words that say a quantity or condition goes up or down, as stems and forms. */
const DIRECTION_WORDS: Readonly<Record<Direction, readonly string[]>> = {
  up: ['increase', 'rise', 'rose', 'risen', 'grow', 'grew', 'growth', 'surge', 'escalate', 'embolden', 'strengthen', 'spread', 'expand', 'engulf', 'worsen', 'double', 'triple', 'jump', 'intensify', 'resurge', 'resurgence', 'soar', 'climb', 'more', 'higher'],
  down: ['decrease', 'decline', 'fall', 'fell', 'drop', 'shrink', 'weaken', 'reduce', 'reduction', 'ease', 'subside', 'fewer', 'less', 'lower', 'diminish', 'recede'],
};
const DIRECTION_OF = new Map<string, Direction>(
  (Object.entries(DIRECTION_WORDS) as [Direction, readonly string[]][]).flatMap(([d, words]) => words.map((w) => [w, d] as const)),
);

/** Later facts that share this many topic words with the prediction are taken to speak to it. */
export const MIN_SHARED_FOR_RESOLUTION = 2;

function directionOf(tokens: readonly Token[]): Direction | null {
  for (const token of tokens) {
    const direction = DIRECTION_OF.get(token.normal) ?? DIRECTION_OF.get(stem(token.lemma));
    if (direction !== undefined) return direction;
  }
  return null;
}

/**
 * Resolves one prediction against its candidate facts, keeping only facts dated after `textDate`;
 * null when none speaks to it.
 */
export function resolvePrediction(claim: ClaimProfile, candidates: readonly Candidate[], textDate: string): Resolution | null {
  const later = candidates.filter((c) => c.profile.fact.time !== null && isAfter(c.profile.fact.time, textDate) && c.shared.length >= MIN_SHARED_FOR_RESOLUTION);
  if (later.length === 0) return null;
  const predicted = directionOf(claim.words.tokens);
  // Only a fact with a figure reports a change of level; in an event's statement ("Kabul fell")
  // a direction word is about something else.
  const directed = later.map((c) => ({ candidate: c, direction: c.profile.fact.value === null ? null : directionOf(c.profile.statement.tokens) }));
  const agree = directed.filter((d) => predicted !== null && d.direction === predicted).map((d) => d.candidate.profile.fact);
  const disagree = directed.filter((d) => predicted !== null && d.direction !== null && d.direction !== predicted).map((d) => d.candidate.profile.fact);
  const cited = (facts: readonly { id: string }[]): string[] => facts.map((f) => f.id);
  const describe = (facts: readonly Parameters<typeof cite>[0][]): string => facts.map((f) => `${cite(f)}: ${describeFact(f)}`).join('; ');
  const word = predicted === 'up' ? 'a rise' : 'a fall';
  if (agree.length > 0 && disagree.length === 0) {
    return { unit: claim.unit.id, outcome: 'came_true', facts: cited(agree), explanation: `The prediction of ${word} was compared with facts dated after ${textDate}: ${describe(agree)}; they report ${word}.` };
  }
  if (disagree.length > 0 && agree.length === 0) {
    return { unit: claim.unit.id, outcome: 'did_not_come_true', facts: cited(disagree), explanation: `The prediction of ${word} was compared with facts dated after ${textDate}: ${describe(disagree)}; they report the opposite.` };
  }
  const facts = later.slice(0, 3).map((c) => c.profile.fact);
  const why = agree.length > 0 ? 'they point both ways' : predicted === null ? 'the prediction names no change these facts could confirm' : 'they report no change either way';
  return { unit: claim.unit.id, outcome: 'unclear', facts: cited(facts), explanation: `Facts dated after ${textDate} speak to this prediction, ${describe(facts)}, but ${why}.` };
}
