/**
 * Learned fact or opinion (ClaimBuster: factual UFS/CFS against non-factual NFS sentences). It only
 * decides between `fact` and `opinion`, for units the rules called one of the two; a question,
 * recommendation, prediction or other keeps its rule kind, which markers decide better than a
 * bag of words. Its cues are the features that moved the decision most, for fact (positive) or
 * for opinion (negative).
 */
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { Pass } from '../../pipeline/pipeline.ts';
import { kindIsLearned, transcriptScores } from './transcript-scores.ts';

/** At or above this probability of "factual", a fact-or-opinion unit is a fact. */
export const FACT_THRESHOLD = 0.5;

function decide(context: AnalysisContext): void {
  const { factual } = transcriptScores(context);
  context.units.forEach((unit, index) => {
    const ruleKind = context.rules.kind[index];
    const score = factual[index];
    if (!kindIsLearned(ruleKind) || score === undefined || score === null) return;
    const { probability, cues } = score;
    unit.kind = probability >= FACT_THRESHOLD ? 'fact' : 'opinion';
    unit.cues.kind = [{ source: 'feature', text: `fact/opinion model: ${Math.round(probability * 100)}% factual`, weight: Math.round(probability * 1000) / 1000 }, ...cues];
  });
}

/** Re-decides fact against opinion with the model, for units the rules put in one of the two. */
export const learnedKindPass: Pass = { name: 'learned-kind', requires: ['kinds'], provides: [], run: decide };
