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
import type { TranscriptGroups } from './checkworthiness-features.ts';
import { CHECKWORTHINESS_GROUPS, transcriptFeatureSet, turnBounds } from './checkworthiness-features.ts';
import type { ScoreWithCues } from './transcript-model.ts';
import type { ModelGroup } from './transcript-model.ts';
import { modelGroup, scoreGroupWithCues, transcriptModel } from './transcript-model.ts';
import type { WordPushes } from './word-vector-pushes.ts';
import { unitWordPushes, wordPushes } from './word-vector-pushes.ts';

/** The two shipped models, loaded on first use, not on import: `npm run train` imports this code to retrain models it would refuse. */
let group: ModelGroup | undefined;
const shippedGroup = (): ModelGroup => (group ??= modelGroup([transcriptModel(checkworthinessFile as ModelFile), transcriptModel(kindFile as ModelFile)]));

/** Per unit, the two models' scores; `null` for a unit without features. */
export interface TranscriptScores {
  readonly checkworthiness: readonly (ScoreWithCues | null)[];
  /** Probability of "factual" (fact rather than opinion); cues only for units whose rule kind is fact or opinion. */
  readonly factual: readonly (ScoreWithCues | null)[];
}

/** The models' groups but the word vectors, which are scored apart from the set (see scoreGroupWithCues). */
const SPARSE_GROUPS: TranscriptGroups = Object.freeze({ ...CHECKWORTHINESS_GROUPS, wordVectors: 0 });

/** Each content word's push on both models, made on first use; and a unit's, reused unit after unit. */
let words: WordPushes | undefined;
let unitPushes = new Float64Array(0);

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
  const models = shippedGroup();
  if (unitPushes.length !== models.size) unitPushes = new Float64Array(models.size);
  for (let index = 0; index < context.units.length; index += 1) {
    // Fact/opinion cues only where learned-kind shows them: naming features is most of what scoring costs.
    const explain = kindIsLearned(context.rules.kind[index]) ? EXPLAIN_BOTH : EXPLAIN_CHECKWORTHINESS;
    const features = transcriptFeatureSet(context, index, SPARSE_GROUPS, bounds, scratch);
    // The word vectors (about 80 ms to load) only when a unit is scored.
    words ??= wordPushes(models);
    const pushed = unitWordPushes(words, context, index, CHECKWORTHINESS_GROUPS.wordVectors, unitPushes);
    const [cw, kind] = scoreGroupWithCues(models, features, undefined, explain, pushed ? unitPushes : null);
    checkworthiness.push(cw ?? null);
    factual.push(kind ?? null);
  }
  const entry = { units: context.units.length, checkworthiness, factual };
  cache.set(context, entry);
  return entry;
}
