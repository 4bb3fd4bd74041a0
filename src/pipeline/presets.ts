/**
 * The default pipeline: the rule passes, then the learned passes. Learned passes read features
 * made from the rules' state, which is exactly the state the training scripts see (they run
 * RULE_PIPELINE), and overwrite the decisions they learned.
 */
import { checkworthinessPass, checkworthinessScoresPass } from '../passes/checkworthiness.ts';
import { learnedCheckworthinessPass } from '../passes/learned/learned-checkworthiness.ts';
import { learnedKindPass } from '../passes/learned/learned-kind.ts';
import { learnedStructurePass } from '../passes/learned/learned-structure.ts';
import { learnedStancePass } from '../passes/learned/learned-stance.ts';
import { verdictsPass } from '../passes/evidence/verdicts.ts';
import type { Pass } from './pipeline.ts';
import { buildPipeline } from './pipeline.ts';
import { RULE_PASSES } from './rule-presets.ts';

/** Learned decisions that replace rule ones; each needs its model under models/. */
export const LEARNED_PASSES: readonly Pass[] = [learnedStructurePass, learnedStancePass, learnedKindPass, learnedCheckworthinessPass];

/**
 * Evidence that needs no I/O: verdicts against the facts the caller passed (none: the pass does
 * nothing). Earlier fact-checks live in a database, so they are attached after the analysis
 * (src/evidence/attach-matches.ts).
 */
export const EVIDENCE_PASSES: readonly Pass[] = [verdictsPass];

/**
 * The full default analysis. The rule check-worthiness pass runs without its cues: the learned one
 * replaces them on every unit.
 */
export const DEFAULT_PIPELINE = buildPipeline([
  ...RULE_PASSES.map((pass) => (pass === checkworthinessPass ? checkworthinessScoresPass : pass)),
  ...LEARNED_PASSES,
  ...EVIDENCE_PASSES,
]);
