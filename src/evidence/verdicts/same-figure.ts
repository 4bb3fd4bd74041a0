/**
 * A claim's figure that a fact states exactly, in the same unit, as evidence that the fact is on
 * the claim's topic. Retrieval asks for two shared content words, and a debate claim often words
 * its topic once and then lets the figure carry it: "including $400 million in cash" shares only
 * "cash" with "the United States paid Iran $400 million in cash", and "550 percent more people than
 * Barack Obama" only a name with "a 550 percent increase in Syrian refugee admissions". A checker
 * matching claims to facts reads a distinctive number the way it reads a rare word: the same
 * $400 million in the same unit is unlikely to be a coincidence.
 *
 * It counts as one shared word, never as the topic: retrieval still needs a topic word beside it,
 * so "It's gone, $6 billion." retrieves nothing, whatever fact is worth $6 billion. Only a
 * distinctive figure counts: a whole number under 10 ("six times", "2 percent") recurs in any
 * fact base by chance, and a count must count the same thing (or name nothing it counts). The
 * comparisons then decide what the fact says, as for any candidate: another year or place makes
 * the figure borrowed (`misleading`), not `supported`.
 */
import type { ClaimProfile } from './claim-profile.ts';
import type { FactProfile } from './fact-profile.ts';

/** Whole numbers below this recur by chance; they do not tie a fact to a claim. */
export const DISTINCTIVE_FROM = 10;

/** True for a value that is not a small whole number. */
export function distinctive(value: number): boolean {
  return !Number.isInteger(value) || Math.abs(value) >= DISTINCTIVE_FROM;
}

/** True when one of the claim's figures is exactly the fact's value, in the same unit, and distinctive. */
export function statesSameFigure(claim: ClaimProfile, profile: FactProfile): boolean {
  const value = profile.fact.value;
  if (value === null || !distinctive(value)) return false;
  return claim.figures.some((figure) => {
    if (figure.quantity.value !== value || figure.unit.dimension !== profile.unit.dimension) return false;
    // "400 troops" is no "400 tanks": counts must count the same thing when both name it.
    return figure.unit.noun === null || profile.unit.noun === null || figure.unit.noun === profile.unit.noun;
  });
}
