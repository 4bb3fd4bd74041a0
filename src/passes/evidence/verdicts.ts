/**
 * Verdicts against the caller's fact base: factual check-worthy units are judged, predictions
 * resolved when the text's date is known (src/evidence/verdicts/judge.ts), and the facts cited are
 * copied into the analysis with their sources so every report can show them.
 */
import { judge } from '../../evidence/verdicts/judge.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { Pass } from '../../pipeline/pipeline.ts';

function decide(context: AnalysisContext): void {
  const { facts, textDate } = context.options;
  if (facts.length === 0) return;
  const { verdicts, resolutions } = judge(context, facts, { textDate });
  context.verdicts = verdicts;
  context.resolutions = resolutions;
  const cited = new Set([...verdicts, ...resolutions].flatMap((entry) => entry.facts));
  context.facts = facts.filter((fact) => cited.has(fact.id));
}

/** Judges factual check-worthy units against the fact base when the caller gave one. */
export const verdictsPass: Pass = { name: 'verdicts', requires: ['checkworthiness'], provides: ['verdicts'], run: decide };
