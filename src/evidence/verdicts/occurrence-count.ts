/**
 * "N times" counts how often the act or event its clause names happened: "you've taken business
 * bankruptcy six times" is six bankruptcies, "she was arrested three times" three arrests, "Lin
 * visited Cuba five times" five visits. A fact counts such events in its unit ("bankruptcies",
 * "arrests", "visits"), so the claim's figure, counted in "times", is that count when a noun or
 * verb of its own clause, before the figure, is the fact's counted noun.
 *
 * Anything else "N times" says is no count a fact's value can be set against, so such a figure is
 * compared with no fact at all, not even as borrowed from another measure (a small whole number
 * matches some count by chance):
 * - a ratio: "three times as often", "six times more", "three times the national rate", "seven
 *   times costlier";
 * - events that did not happen, or not plainly: "avoided bankruptcy four times", "was nearly
 *   arrested three times", "threatened with bankruptcy", "denied being arrested", "refused five
 *   times to visit", "cancelled visits";
 * - other events than the fact's: "asked three times about the arrests" (the arrests come after
 *   the figure: the asking is what was counted), "filed for bankruptcy once and was sued four
 *   times" (the clause of the four is the suing).
 */
import type { ClaimFigure, ClaimProfile } from './claim-profile.ts';
import type { FactProfile } from './fact-profile.ts';
import { clauses } from './restated-event.ts';
import { isGenericTerm, termOf } from './text-terms.ts';
import type { UnitKey } from './unit-key.ts';

/** The counted noun of "times" as unit-key.ts keys it. */
const TIMES = 'time';

/** Words after "N times" that make it a ratio: "as many", "more", "the rate", "higher", "than". */
const RATIO_AFTER = /^\s*(?:as|more|less|fewer|the|that|than|over|\w+er)\b/i;

/**
 * Words, by lemma, that say the counted act did not happen or not plainly: avoided, attempted,
 * threatened, denied, refused, cancelled, nearly, almost.
 */
const NOT_HAPPENED = new Set([
  'avoid', 'escape', 'dodge', 'narrowly', 'nearly', 'almost', 'threaten', 'deny', 'refuse', 'decline', 'cancel', 'postpone',
  'try', 'attempt', 'fail', 'seek', 'plan', 'propose', 'consider', 'want', 'risk', 'not', 'never', 'no',
]);

/** True when the figure counts in "times": "six times", "3 times". */
export function countsTimes(figure: ClaimFigure): boolean {
  return figure.unit.dimension === 'count' && figure.unit.noun === TIMES;
}

/**
 * The unit a figure is compared in against a fact: its own, except that "N times" is the fact's
 * unit when it counts the events the fact counts, and null (compared with nothing) when it does not.
 */
export function occurrencesCounted(claim: ClaimProfile, figure: ClaimFigure, profile: FactProfile): UnitKey | null {
  if (!countsTimes(figure)) return figure.unit;
  const noun = profile.unit.noun;
  if (profile.unit.dimension !== 'count' || noun === null || noun === TIMES || noun === 'people') return null;
  const after = claim.unit.text.slice(figure.quantity.end - claim.unit.start).replace(/^\s*times\b/i, '');
  if (RATIO_AFTER.test(after)) return null;
  const at = figure.quantity.start - claim.unit.start;
  // The figure's own clause, split at punctuation and at words that open another clause ("and", "when").
  const clause = clauses(claim.words.tokens).find((c) => c.some((t) => t.start <= at && at < t.end)) ?? [];
  if (clause.some((t) => NOT_HAPPENED.has(t.lemma.toLowerCase()) || NOT_HAPPENED.has(t.normal))) return null;
  const before = clause.filter((t) => t.end <= at && t.type === 'word');
  // The act counted: a verb of the clause ("was arrested three times", "visited Cuba five times")…
  const verbs = before.filter((t) => t.pos === 'VERB').map((t) => termOf(t.lemma));
  if (verbs.includes(noun)) return profile.unit;
  // …or the noun right before the figure, names aside ("filed for bankruptcy four times"), when
  // the clause's verbs are light or the fact's own: "lost the title three times" is no count of
  // titles won, "warned residents about floods six times" none of floods.
  const nearest = before.filter((t) => t.pos === 'NOUN').at(-1);
  if (nearest === undefined || termOf(nearest.lemma) !== noun) return null;
  return verbs.every((v) => isGenericTerm(v) || profile.terms.has(v)) ? profile.unit : null;
}
