/**
 * Earlier fact-checks for an analysis: every check-worthy unit is matched against a fact-check
 * index and keeps the matches the re-ranker finds likely. Kept out of `analyze()` because the
 * index is a database (I/O, asynchronous); the analysis itself stays pure.
 */
import type { Analysis } from '../model/analysis-schema.ts';
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
}

/** The defaults of {@link attachMatches}. */
export const attachMatchesDefaults: Readonly<AttachMatchesOptions> = Object.freeze({ top: 3, minScore: 0.5 });

/** The analysis with `matches` filled from `index` for its check-worthy units. */
export async function attachMatches(analysis: Analysis, index: FactCheckIndex, options?: Readonly<Partial<AttachMatchesOptions>> | null): Promise<Analysis> {
  const { top, minScore } = { ...attachMatchesDefaults, ...options };
  const units = analysis.units.filter((unit) => unit.checkworthy);
  if (units.length === 0 || top < 1) return { ...analysis, matches: [] };
  const results = await matchClaims(
    index,
    units.map((unit) => unit.display ?? unit.text),
    { top },
  );
  const matches = units.flatMap((unit, i) => {
    const kept = (results[i] ?? []).filter((match) => match.score >= minScore);
    return kept.length === 0 ? [] : [{ unit: unit.id, matches: kept }];
  });
  return { ...analysis, matches };
}
