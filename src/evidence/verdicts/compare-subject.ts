/**
 * Whether a fact is about the same subject as a claim, beyond a number or one word they happen
 * to share. A fitting number is evidence on its own that a fact supports a figure; but to say
 * a fact contradicts a figure, or that the figure was borrowed from it, the fact must be about
 * what the claim is about: "raise taxes to 90 percent" is not contradicted by a military pay
 * raise, nor "$2 trillion in military spending" by another party's budget amendment.
 */
import type { ClaimFigure, ClaimProfile } from './claim-profile.ts';
import type { FactProfile } from './fact-profile.ts';
import { sharedTerms } from './text-terms.ts';

/**
 * Topic words a claim and a fact must share: one word ("spending", "raise") is a coincidence
 * of vocabulary, two ("military" and "spending") a shared subject. A claim with fewer content
 * words needs all of them.
 */
export const MIN_SHARED_SUBJECT_TERMS = 2;

/**
 * True when the fact is on the claim's topic: they share enough topic words, a measure both
 * name ("imbalance" and "deficit") counting as one, as it does in retrieval. Required before a
 * figure is called borrowed from the fact or contradicted by it.
 */
export function sharesTopic(claim: ClaimProfile, figure: ClaimFigure, profile: FactProfile): boolean {
  const terms = claim.words.terms;
  const sameMeasure = figure.measure.category !== null && figure.measure.category === profile.measure.category;
  return sharedTerms(terms, profile.terms).length + (sameMeasure ? 1 : 0) >= Math.min(MIN_SHARED_SUBJECT_TERMS, terms.size);
}

/**
 * True when the claim and the fact share a topic word that is not the name of a place or actor.
 * A bound (a part already larger than the claimed whole) needs the fact to count the very thing
 * the claim counts: "deaths" and "Pakistan" are shared by militant killings and road accidents
 * alike, and road deaths in Punjab bound nothing about attacks in Pakistan.
 */
export function sharesTopicWord(claim: ClaimProfile, profile: FactProfile): boolean {
  return sharedTerms(claim.words.terms, profile.terms).some((term) => !claim.names.has(term));
}

/**
 * True when the fact's figure may belong to the party the claim is about: its subject names no
 * party, or the claim names one of those it names (Mitt Romney's form says nothing against a
 * figure for Donald Trump's, Sanders' plan's $2 trillion is no source for another's). Required
 * before a figure is called borrowed from the fact or contradicted by it.
 */
export function sameParty(claim: ClaimProfile, profile: FactProfile): boolean {
  return profile.subjectNames.size === 0 || [...profile.subjectNames].some((name) => claim.words.terms.has(name));
}
