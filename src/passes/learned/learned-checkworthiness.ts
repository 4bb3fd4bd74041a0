/**
 * Learned check-worthiness (ClaimBuster + CheckThat! 2019 debates): the model's probability that a
 * unit is a check-worthy factual claim replaces the hand-weighted score, `checkworthy` is that
 * probability against the caller's threshold, and the cues are the features that moved it most,
 * for or against (signed weights).
 */
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { Pass } from '../../pipeline/pipeline.ts';
import { transcriptScores } from './transcript-scores.ts';

function decide(context: AnalysisContext): void {
  const { checkworthiness } = transcriptScores(context);
  context.units.forEach((unit, index) => {
    const scored = checkworthiness[index];
    if (scored === undefined || scored === null) return;
    const { probability, cues } = scored;
    const score = Math.round(probability * 1000) / 1000;
    unit.checkworthiness = score;
    unit.checkworthy = score >= context.options.checkworthyThreshold;
    unit.cues.checkworthiness = [{ source: 'feature', text: `check-worthiness model: ${Math.round(score * 100)}%`, weight: score }, ...cues];
  });
}

/** Replaces the rule check-worthiness score and decision with the model's. */
export const learnedCheckworthinessPass: Pass = { name: 'learned-checkworthiness', requires: ['checkworthiness'], provides: [], run: decide };
