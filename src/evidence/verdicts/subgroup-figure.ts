/**
 * A figure about part of what a fact measures ("unemployment among women is 12 percent",
 * "exports of wine fell to $2 billion") against a fact about the whole ("the unemployment rate
 * was 5 percent"): the part's rate or level may well differ from the whole's, so a number that
 * does not fit shows nothing wrong. Before this, the number path contradicted such claims whenever
 * the measure words matched, while the way of a change already stood aside in the same case
 * (compare-figure.ts `outcomeOfWays`). The claim names the part by a word of a group of people
 * (sex, age, race or origin, status: "women", "young", "black", "veterans", "seniors") in its
 * figure's clause that the fact's words lack; the figure is then left unverified. Only such words
 * are read: any other word the fact lacks ("imbalance", "essentially") is too often the claim's own
 * wording of the same measure, and reading them all lost right contradictions. A fitting number still supports: it is itself evidence that both speak of
 * the same thing, and a fact about another group it fits is the figure's borrowed source
 * (narrower-measure.ts).
 */
import type { FigureOutcome } from './compare-figure.ts';
import type { ScopeRelation } from './scope.ts';
import { stem } from './text-terms.ts';

/** Words that name a group of people within a population, as stems. */
const GROUPS: ReadonlySet<string> = new Set([
  'woman', 'women', 'man', 'men', 'female', 'male', 'girl', 'boy', 'mother', 'father',
  'young', 'youth', 'teen', 'teenager', 'child', 'kid', 'adult', 'older', 'elderly', 'senior', 'retiree', 'student', 'graduate',
  'black', 'white', 'hispanic', 'latino', 'latina', 'latinos', 'asian', 'african', 'african-american', 'minority', 'immigrant', 'native', 'foreign-born',
  'veteran', 'vet', 'rural', 'urban', 'disabled', 'disability', 'diploma', 'low-income', 'middle-class', 'married', 'unmarried',
].map(stem));

/** True when `claimTerms` (the figure's clause) name a group of people that `factTerms` do not. */
export function namesSubgroup(claimTerms: ReadonlySet<string>, factTerms: ReadonlySet<string>): boolean {
  return [...claimTerms].some((term) => GROUPS.has(term) && !factTerms.has(term));
}

/** The outcome of a figure once a part the claim names beyond the fact is known: no contradiction by an unfitting number. */
export function subgroupOutcome(outcome: FigureOutcome, scope: ScopeRelation, namesPart: () => boolean): FigureOutcome {
  if (outcome !== 'contradicts' || (scope !== 'equal' && scope !== 'unknown')) return outcome;
  return namesPart() ? 'silent' : outcome;
}
