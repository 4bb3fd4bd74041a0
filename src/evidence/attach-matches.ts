/**
 * Earlier fact-checks for an analysis: every check-worthy unit is matched against a fact-check
 * index and keeps the matches the re-ranker finds likely. Kept out of `analyze()` because the
 * index is a database (I/O, asynchronous); the analysis itself stays pure.
 */
import type { Analysis } from '../model/analysis-schema.ts';
import type { ClaimMatch } from '../model/evidence-schema.ts';
import { contentTerms, stem } from './matching/claim-text.ts';
import type { FactCheckIndex } from './matching/fact-check-index.ts';
import { matchClaims } from './matching/match-claims.ts';

/** Options of {@link attachMatches}. */
export interface AttachMatchesOptions {
  /** Most matches kept per unit. */
  readonly top: number;
  /**
   * Least re-ranker probability of "the same claim" a match needs; below it a fact-check shares
   * words with the unit but is not a check of what it says, and showing it would mislead.
   */
  readonly minScore: number;
  /**
   * Least share of the fact-check's content words (stemmed) the unit must also say. The re-ranker
   * ranks candidates against each other; in a small collection its best candidate can score well
   * on one shared name, and a check of the same claim says much of what the claim says. On the
   * CheckThat! 2020 dev tweets (top 3, re-ranker at least 0.5) the kept matches are right 82% of
   * the time with no coverage floor, 89% at 0.3, 91% at 0.4 and 92% at 0.5, while the share of
   * tweets that keep their true fact-check falls from 82% to 59%, 43% and 31%: 0.4 shows few
   * wrong fact-checks and still most of those worded alike (`npm run bench:claim-filter`).
   */
  readonly minCoverage: number;
}

/** The defaults of {@link attachMatches}. */
export const attachMatchesDefaults: Readonly<AttachMatchesOptions> = Object.freeze({ top: 3, minScore: 0.5, minCoverage: 0.4 });

/** The share of `claim`'s content words that `text` also has, compared by stem. */
export function claimCoverage(text: string, claim: string): number {
  const said = new Set(contentTerms(text).map(stem));
  const needed = [...new Set(contentTerms(claim).map(stem))];
  if (needed.length === 0) return 0;
  return needed.filter((word) => said.has(word)).length / needed.length;
}

/** Matches texts against earlier fact-checks: the `top` best for each, parallel to `texts`. */
export type ClaimMatcher = (texts: readonly string[], top: number) => Promise<ClaimMatch[][]>;

/** The analysis with `matches` filled by `matcher` for its check-worthy units, filtered by `options`. */
export async function attachMatchesWith(analysis: Analysis, matcher: ClaimMatcher, options?: Readonly<Partial<AttachMatchesOptions>> | null): Promise<Analysis> {
  const { top, minScore, minCoverage } = { ...attachMatchesDefaults, ...options };
  const units = analysis.units.filter((unit) => unit.checkworthy);
  if (units.length === 0 || top < 1) return { ...analysis, matches: [] };
  const results = await matcher(
    units.map((unit) => unit.display ?? unit.text),
    top,
  );
  const matches = units.flatMap((unit, i) => {
    const text = unit.display ?? unit.text;
    const kept = (results[i] ?? []).filter((match) => match.score >= minScore && claimCoverage(text, match.claim) >= minCoverage);
    return kept.length === 0 ? [] : [{ unit: unit.id, matches: kept }];
  });
  return { ...analysis, matches };
}

/** The analysis with `matches` filled from `index` for its check-worthy units. */
export function attachMatches(analysis: Analysis, index: FactCheckIndex, options?: Readonly<Partial<AttachMatchesOptions>> | null): Promise<Analysis> {
  return attachMatchesWith(analysis, (texts, top) => matchClaims(index, texts, { top }), options);
}
