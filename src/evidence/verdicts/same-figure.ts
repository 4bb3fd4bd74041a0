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
 *
 * Two more narrowings keep a coincidence from confirming itself (the figure that retrieves a fact
 * always fits it, so nothing but the measure words would stand between a chance match and
 * `supported`): a whole percentage of at most 100 recurs by chance as a small whole number does
 * ("50 percent of students" in a fact about free lunches, "20 percent" of veterans as a share of
 * adults), and every content word of the figure's own clause, names aside, must be in the fact:
 * "$400 million in cash" is all in "paid Iran $400 million in cash", but "Taxpayers paid
 * $100 million for the new stadium" is not in "taxpayers lost $100 million on solar loans", nor
 * "1,000 people were arrested" in "1,000 people attended the protest".
 */
import type { ClaimFigure, ClaimProfile } from './claim-profile.ts';
import type { FactProfile } from './fact-profile.ts';
import { clauseTerms } from './narrower-measure.ts';
import { termOf } from './text-terms.ts';

/** Whole numbers below this recur by chance; they do not tie a fact to a claim. */
export const DISTINCTIVE_FROM = 10;

/** Whole percentages up to this one are as few as the small whole numbers: they recur by chance. */
export const COMMON_PERCENT_UP_TO = 100;

/** True for a value that is not a small whole number (nor, in percent, a whole one of at most 100). */
export function distinctive(value: number, dimension: string | null = null): boolean {
  if (!Number.isInteger(value)) return true;
  if (dimension === 'percent') return Math.abs(value) > COMMON_PERCENT_UP_TO;
  return Math.abs(value) >= DISTINCTIVE_FROM;
}

/** True when every content word of the figure's clause, the claim's proper names aside, is in the fact. */
function clauseInFact(claim: ClaimProfile, figure: ClaimFigure, profile: FactProfile): boolean {
  const names = new Set(claim.words.tokens.filter((t) => t.pos === 'PROPN').map((t) => termOf(t.lemma)));
  for (const term of clauseTerms(claim, figure)) if (!names.has(term) && !profile.terms.has(term)) return false;
  return true;
}

/** True when one of the claim's figures is exactly the fact's value, in the same unit, and distinctive. */
export function statesSameFigure(claim: ClaimProfile, profile: FactProfile): boolean {
  const value = profile.fact.value;
  if (value === null || !distinctive(value, profile.unit.dimension)) return false;
  return claim.figures.some((figure) => {
    if (figure.quantity.value !== value || figure.unit.dimension !== profile.unit.dimension) return false;
    // "400 troops" is no "400 tanks": counts must count the same thing when both name it.
    if (figure.unit.noun !== null && profile.unit.noun !== null && figure.unit.noun !== profile.unit.noun) return false;
    return clauseInFact(claim, figure, profile);
  });
}
