/**
 * The check-worthiness and fact/opinion models scored together, once per unit: they read the same
 * features, and one pass over each unit's features with both weight rows side by side costs one
 * cache miss per feature instead of two. The learned-kind and learned-checkworthiness passes each
 * take their half.
 */
import type { ModelFile } from '../../learn/model-file.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import checkworthinessFile from '../../../models/checkworthiness.json' with { type: 'json' };
import kindFile from '../../../models/kind.json' with { type: 'json' };
import { CHECKWORTHINESS_BITS, checkworthinessFeatures } from './checkworthiness-features.ts';
import type { ScoreWithCues } from './transcript-model.ts';
import { modelGroup, scoreGroupWithCues, transcriptModel } from './transcript-model.ts';

const checkworthinessModel = transcriptModel(checkworthinessFile as ModelFile);
const kindModel = transcriptModel(kindFile as ModelFile);
const GROUP = modelGroup([checkworthinessModel, kindModel]);

/** Per unit, the two models' scores; `null` for a unit without features. */
export interface TranscriptScores {
  readonly checkworthiness: readonly (ScoreWithCues | null)[];
  /** Probability of "factual" (fact rather than opinion). */
  readonly factual: readonly (ScoreWithCues | null)[];
}

const cache = new WeakMap<AnalysisContext, TranscriptScores & { readonly units: number }>();

/** Both models' scores for every unit of `context`, computed on first call and shared after. */
export function transcriptScores(context: AnalysisContext): TranscriptScores {
  const cached = cache.get(context);
  if (cached !== undefined && cached.units === context.units.length) return cached;
  const { sets, vectors } = checkworthinessFeatures(context);
  const checkworthiness: (ScoreWithCues | null)[] = [];
  const factual: (ScoreWithCues | null)[] = [];
  sets.forEach((features, index) => {
    const [cw, kind] = scoreGroupWithCues(GROUP, features, GROUP.bits === CHECKWORTHINESS_BITS ? vectors[index] : undefined);
    checkworthiness.push(cw ?? null);
    factual.push(kind ?? null);
  });
  const entry = { units: context.units.length, checkworthiness, factual };
  cache.set(context, entry);
  return entry;
}
