/**
 * Learned stance (trained on IBM Claim Stance): keeps the rule pass's targets and the units that
 * mention each, and re-decides the document's stance from the model's lean on each of those
 * units, weighted by role, a concession counting for the other side. A target no unit mentions
 * keeps no stance and a score of 0.
 */
import type { ModelFile } from '../../learn/model-file.ts';
import type { StanceScorer } from '../../learn/stance-model.ts';
import { learnedStance, stanceScorer, unitIndexById } from '../../learn/stance-model.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { Pass } from '../../pipeline/pipeline.ts';
import modelFile from '../../../models/stance.json' with { type: 'json' };
import { STANCE_GROUPS } from './stance-groups.ts';

/** Loaded on first use, not on import: `npm run train` imports this code to retrain a model it would refuse. */
let scorer: StanceScorer | undefined;

function decide(context: AnalysisContext): void {
  if (context.stances.length === 0) return;
  const loaded = (scorer ??= stanceScorer(modelFile as ModelFile, STANCE_GROUPS));
  const indexOf = unitIndexById(context);
  context.stances = context.stances.map((stance) => learnedStance(loaded, context, stance, indexOf));
}

/** Replaces the rule stance decisions with the stance model's. */
export const learnedStancePass: Pass = { name: 'learned-stance', requires: ['stance'], provides: [], run: decide };
