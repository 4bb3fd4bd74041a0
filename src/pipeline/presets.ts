/**
 * The default pipeline: the rule passes, then the learned passes. Learned passes read features
 * made from the rules' state, which is exactly the state the training scripts see (they run
 * RULE_PIPELINE), and overwrite the decisions they learned.
 */
import { learnedCheckworthinessPass } from '../passes/learned/learned-checkworthiness.ts';
import { learnedKindPass } from '../passes/learned/learned-kind.ts';
import { learnedStructurePass } from '../passes/learned/learned-structure.ts';
import { learnedStancePass } from '../passes/learned/learned-stance.ts';
import type { Pass } from './pipeline.ts';
import { buildPipeline } from './pipeline.ts';
import { RULE_PASSES } from './rule-presets.ts';

/** Learned decisions that replace rule ones; each needs its model under models/. */
export const LEARNED_PASSES: readonly Pass[] = [learnedStructurePass, learnedStancePass, learnedKindPass, learnedCheckworthinessPass];

/** The full default analysis. */
export const DEFAULT_PIPELINE = buildPipeline([...RULE_PASSES, ...LEARNED_PASSES]);
