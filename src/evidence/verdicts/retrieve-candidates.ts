/**
 * Candidate facts for a unit: those that share enough content words with it, or a word and a
 * place or actor. Retrieval only gates and ranks; the comparisons decide what a fact says.
 */
import type { ClaimProfile } from './claim-profile.ts';
import { countedNounKey } from './unit-key.ts';
import { comparePlace } from './compare-place.ts';
import type { FactProfile } from './fact-profile.ts';
import { sharedTerms } from './text-terms.ts';
import { statesSameFigure } from './same-figure.ts';
import { countsTimes, occurrencesCounted } from './occurrence-count.ts';

/**
 * Two shared content words ("refugee" and "Pakistan", "kill" and "civilian") make a fact about
 * the same topic, one of them a topic word rather than the name of a place or actor: a name
 * alone ("Pakistan") would retrieve every fact in a country's fact base. A shared actor is the
 * exception: facts about the same armed group or party are about the claim's subject. The fact's
 * exact, distinctive value stated by one of the claim's figures counts as one more shared word
 * (same-figure.ts).
 */
export const MIN_SHARED_TERMS = 2;
/** One shared topic word is enough when the fact is also about the same place or actor. */
export const MIN_SHARED_TERMS_WITH_ENTITY = 1;
/** Ranking weight of an agreeing place or actor, against the word overlap's 0..1. */
const ENTITY_BONUS = 0.15;

/**
 * True when a claim's figure counts what the fact counts: the head of its counted noun (a topic
 * word, not "people") is the fact's unit or a word of its subject ("33,000 e-mails" and a fact in
 * "emails", "11 million illegal immigrants" and "immigrants living in the United States illegally"),
 * or it counts in "times" the events the fact counts ("bankruptcy six times" and a fact in
 * "bankruptcies": occurrence-count.ts).
 */
function countsSameThing(claim: ClaimProfile, profile: FactProfile): boolean {
  return claim.figures.some((figure) => {
    if (countsTimes(figure)) return occurrencesCounted(claim, figure, profile) !== null;
    const head = figure.quantity.counted?.split(/\s+/).at(-1);
    if (head === undefined) return false;
    const key = countedNounKey(head);
    return claim.words.terms.has(key) && (profile.unit.noun === key || profile.subject.has(key));
  });
}

/** A retrieved fact with why it was retrieved. */
export interface Candidate {
  readonly profile: FactProfile;
  readonly shared: readonly string[];
  /** Word overlap (cosine of the two stem sets) plus entity agreement; higher is closer. */
  readonly score: number;
}

/** The facts relevant to a unit, best first (ties by fact order, so output is deterministic). */
export function retrieveCandidates(claim: ClaimProfile, facts: readonly FactProfile[]): Candidate[] {
  const candidates: { candidate: Candidate; order: number }[] = [];
  facts.forEach((profile, order) => {
    const shared = sharedTerms(claim.words.terms, profile.terms);
    const place = comparePlace(claim.places, profile.places, true);
    const samePlace = place === 'equal' || place === 'part' || place === 'whole';
    // An actor (an armed group, a party) is specific enough to make a topic on its own; a country is not.
    const sameActor = claim.actors.some((a) => profile.actors.includes(a));
    // A measure the claim's figure and the fact share ("imbalance" and "deficit", or the thing both
    // count) is a shared topic word.
    const sameMeasure = (profile.measure.category !== null && claim.figures.some((f) => f.measure.category === profile.measure.category))
      || countsSameThing(claim, profile);
    const topical = shared.filter((term) => !claim.names.has(term)).length + (sameMeasure ? 1 : 0);
    if (!sameActor && topical === 0) return;
    const entity = samePlace || sameActor;
    // A short claim ("We had an $800 billion deficit.") has only one or two topic words to share.
    const needed = Math.min(entity ? MIN_SHARED_TERMS_WITH_ENTITY : MIN_SHARED_TERMS, Math.max(1, claim.words.terms.size));
    // The exact figure of the fact, in its unit, is one shared word more, never the topic itself (same-figure.ts).
    const sameFigure = statesSameFigure(claim, profile);
    if (shared.length + (sameMeasure || sameFigure ? 1 : 0) < needed) return;
    const cosine = shared.length / Math.sqrt(Math.max(1, claim.words.terms.size) * Math.max(1, profile.terms.size));
    const score = cosine + (samePlace ? ENTITY_BONUS : 0) + (sameActor ? ENTITY_BONUS : 0);
    candidates.push({ candidate: { profile, shared, score }, order });
  });
  candidates.sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order);
  return candidates.map((c) => c.candidate);
}
