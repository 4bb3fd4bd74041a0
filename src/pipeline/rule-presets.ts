/**
 * The rule-based passes: a complete analysis without any trained model. Training scripts run this
 * pipeline to make features, so it must not import the learned passes (they need the models the
 * scripts are about to train).
 */
import { certaintyPass } from '../passes/certainty.ts';
import { checkworthinessPass } from '../passes/checkworthiness.ts';
import { concessionPass } from '../passes/concession.ts';
import { entitiesPass } from '../passes/entities/entities.ts';
import { flagsPass } from '../passes/flags.ts';
import { kindsPass } from '../passes/kinds.ts';
import { quantitiesPass } from '../passes/quantities.ts';
import { sentencesPass } from '../passes/segment-sentences.ts';
import { unitsPass } from '../passes/segment-units.ts';
import { stancePass } from '../passes/stance.ts';
import { structurePass } from '../passes/structure/structure.ts';
import { timesPass } from '../passes/times.ts';
import type { Pass } from './pipeline.ts';
import { buildPipeline } from './pipeline.ts';

/** The rule-based analysis, complete on its own. */
export const RULE_PASSES: readonly Pass[] = [
  sentencesPass,
  unitsPass,
  timesPass,
  quantitiesPass,
  entitiesPass,
  flagsPass,
  certaintyPass,
  concessionPass,
  kindsPass,
  checkworthinessPass,
  structurePass,
  stancePass,
];

/** Rules only: what the training scripts featurize. */
export const RULE_PIPELINE = buildPipeline(RULE_PASSES);
