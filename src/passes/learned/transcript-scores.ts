/**
 * The check-worthiness and fact/opinion models scored together, once per unit: they read the same
 * features, and one pass over each unit's features with both weight rows side by side costs one
 * cache miss per feature instead of two. The learned-kind and learned-checkworthiness passes each
 * take their half.
 */
import { FeatureSet } from '../../learn/feature-hashing.ts';
import type { ModelFile } from '../../learn/model-file.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import checkworthinessFile from '../../../models/checkworthiness.json' with { type: 'json' };
import kindFile from '../../../models/kind.json' with { type: 'json' };
import { CHECKWORTHINESS_GROUPS, transcriptFeatureSet, turnBounds } from './checkworthiness-features.ts';
import type { ScoreWithCues } from './transcript-model.ts';
import { modelGroup, scoreGroupWithCues, transcriptModel } from './transcript-model.ts';

const checkworthinessModel = transcriptModel(checkworthinessFile as ModelFile);
const kindModel = transcriptModel(kindFile as ModelFile);
const GROUP = modelGroup([checkworthinessModel, kindModel]);

/** Per unit, the two models' scores; `null` for a unit without features. */
export interface TranscriptScores {
  readonly checkworthiness: readonly (ScoreWithCues | null)[];
  /** Probability of "factual" (fact rather than opinion); cues only for units whose rule kind is fact or opinion. */
  readonly factual: readonly (ScoreWithCues | null)[];
}

/** One set refilled for every unit: the scores and cues keep nothing of it. */
const scratch = new FeatureSet();

/** The fact/opinion model re-decides only units the rules called a fact or an opinion (see learned-kind.ts). */
export function kindIsLearned(ruleKind: string | undefined): boolean {
  return ruleKind === 'fact' || ruleKind === 'opinion';
}

/** Which models' cues to make for a unit (check-worthiness, kind), by whether the fact/opinion model decides it. */
const EXPLAIN_BOTH = [true, true] as const;
const EXPLAIN_CHECKWORTHINESS = [true, false] as const;

const cache = new WeakMap<AnalysisContext, TranscriptScores & { readonly units: number }>();

/** Both models' scores for every unit of `context`, computed on first call and shared after. */
export function transcriptScores(context: AnalysisContext): TranscriptScores {
  const cached = cache.get(context);
  if (cached !== undefined && cached.units === context.units.length) return cached;
  const bounds = turnBounds(context, CHECKWORTHINESS_GROUPS);
  const checkworthiness: (ScoreWithCues | null)[] = [];
  const factual: (ScoreWithCues | null)[] = [];
  for (let index = 0; index < context.units.length; index += 1) {
    // Fact/opinion cues only where learned-kind shows them: naming features is most of what scoring costs.
    const explain = kindIsLearned(context.rules.kind[index]) ? EXPLAIN_BOTH : EXPLAIN_CHECKWORTHINESS;
    const [cw, kind] = scoreGroupWithCues(GROUP, transcriptFeatureSet(context, index, CHECKWORTHINESS_GROUPS, bounds, scratch), undefined, explain);
    checkworthiness.push(cw ?? null);
    factual.push(kind ?? null);
  }
  const entry = { units: context.units.length, checkworthiness, factual };
  cache.set(context, entry);
  return entry;
}
