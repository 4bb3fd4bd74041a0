/** Stance examples run through the rule pipeline once, and their stance features for any feature groups. */
import type { FeatureSet } from '../../../src/learn/feature-hashing.ts';
import type { StanceGroups, StanceTarget } from '../../../src/learn/stance-features.ts';
import { stanceTarget } from '../../../src/learn/stance-features.ts';
import { stanceFeatures } from '../../../src/learn/stance-model.ts';
import type { AnalysisContext } from '../../../src/pipeline/context.ts';
import { contextOfUnits } from '../../learning/featurize.ts';
import type { StanceExample } from '../stance-data.ts';

export interface Featurized<T extends StanceExample> {
  readonly examples: readonly T[];
  readonly contexts: readonly AnalysisContext[];
}

/** Each example is one document of one unit, analysed by the rule pipeline as analyze() would. */
export function featurize<T extends StanceExample>(examples: readonly T[]): Featurized<T> {
  return { examples, contexts: examples.map((e) => contextOfUnits([{ text: e.text }])) };
}

/** The normalised stance features of every example toward its own target. */
export function setsOf(data: Featurized<StanceExample>, groups: StanceGroups): FeatureSet[] {
  const targets = new Map<string, StanceTarget>();
  return data.examples.map((e, i) => {
    const target = targets.get(e.target) ?? stanceTarget(e.target);
    targets.set(e.target, target);
    return stanceFeatures(data.contexts[i] as AnalysisContext, 0, target, groups);
  });
}
