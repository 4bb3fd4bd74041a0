/**
 * A figure borrowed from a wider group than the claim names. When the fact base holds a fact about
 * a group ("people not in the labor force") and another about part of it ("people not in the labor
 * force who want a job"), and the claim names what sets the part apart ("96 million wanting a
 * job"), the claim is about the part: the wider group's figure, even if it fits, measures
 * something else, and the claim is misleading rather than supported.
 */
import type { ClaimFigure, ClaimProfile } from './claim-profile.ts';
import type { FigureComparison } from './compare-figure.ts';
import type { FactProfile } from './fact-profile.ts';
import { textTerms } from './text-terms.ts';

/** Punctuation that ends a clause: the words that set the part apart must be in the figure's own. */
const CLAUSE_BREAK = /[,;:()—–]|--|[.!?](?=\s|$)/g;

/**
 * The content stems of the clause a figure stands in: in "4 percent nationally, and 5 percent in
 * Ohio" the first figure's clause does not name Ohio.
 */
export function clauseTerms(claim: ClaimProfile, figure: ClaimFigure): ReadonlySet<string> {
  const { text, start } = claim.unit;
  const at = figure.quantity.start - start;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const index = match.index ?? 0;
    if (index + match[0].length <= at) from = index + match[0].length;
    else if (index >= figure.quantity.end - start) {
      to = index;
      break;
    }
  }
  return textTerms(text.slice(from, to)).terms;
}

/**
 * The words by which `narrow`'s subject refines `wide`'s: every topic word of `wide`'s subject is
 * in `narrow`'s and `narrow` has more. Empty when `narrow` is no refinement of `wide`.
 */
function refinement(wide: FactProfile, narrow: FactProfile): string[] {
  if (wide.subject.size === 0 || narrow.subject.size <= wide.subject.size) return [];
  for (const term of wide.subject) if (!narrow.subject.has(term)) return [];
  return [...narrow.subject].filter((term) => !wide.subject.has(term));
}

/**
 * The fact among `comparisons` whose subject refines `profile`'s by words the claim uses, so
 * that the claim is about that narrower measure; null when there is none.
 */
export function narrowerFact(claimTerms: ReadonlySet<string>, profile: FactProfile, comparisons: readonly FigureComparison[]): FactProfile | null {
  for (const other of comparisons) {
    if (other.profile === profile) continue;
    const extra = refinement(profile, other.profile);
    if (extra.length > 0 && extra.every((term) => claimTerms.has(term))) return other.profile;
  }
  return null;
}

/**
 * The comparisons with each fitting fact that only covers a wider group than the claim names
 * turned into a borrowed figure (`matches_other`), its measure marked as another: the fact it
 * was borrowed from is then cited with the narrower fact as the claim's own measure.
 */
export function markWiderGroups(claimTerms: ReadonlySet<string>, comparisons: readonly FigureComparison[]): FigureComparison[] {
  return comparisons.map((comparison) => {
    if (comparison.fit !== 'inside' || (comparison.outcome !== 'supports' && comparison.outcome !== 'consistent')) return comparison;
    const narrow = narrowerFact(claimTerms, comparison.profile, comparisons);
    if (narrow === null || fitsToo(narrow, comparisons)) return comparison;
    const dimensions = comparison.dimensions.map((d) => (d.dimension === 'measure'
      ? { ...d, relation: 'other' as const, fact: comparison.profile.fact.subject, claim: narrow.fact.subject }
      : d));
    return { ...comparison, scope: 'other' as const, dimensions, outcome: 'matches_other' as const };
  });
}

/** True when the narrower fact's own value fits the figure too: then nothing was borrowed. */
function fitsToo(narrow: FactProfile, comparisons: readonly FigureComparison[]): boolean {
  return comparisons.some((c) => c.profile === narrow && c.fit === 'inside');
}
