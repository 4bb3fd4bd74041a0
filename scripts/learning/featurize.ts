/**
 * Running the rule pipeline over training data, exactly as `analyze()` runs it before its learned
 * passes, so the features a model is trained on are the features it will see.
 */
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import type { FeatureSet } from '../../src/learn/feature-hashing.ts';
import type { Example } from '../../src/learn/logistic-regression.ts';
import type { FeatureGroups } from '../../src/learn/unit-feature-set.ts';
import { unitFeatureSet } from '../../src/learn/unit-feature-set.ts';
import type { InputUnit } from '../../src/parse/parse-units.ts';
import { parseUnits } from '../../src/parse/parse-units.ts';
import type { AnalysisContext } from '../../src/pipeline/context.ts';
import { RULE_PIPELINE } from '../../src/pipeline/rule-presets.ts';

/** The rule-pipeline context of pre-segmented units (one document). */
export function contextOfUnits(units: readonly InputUnit[]): AnalysisContext {
  return runPipeline(parseUnits(units), { maxLength: Number.MAX_SAFE_INTEGER }, RULE_PIPELINE);
}

/** Feature sets of every unit of a document. */
export function featureSetsOf(units: readonly InputUnit[], groups: FeatureGroups): FeatureSet[] {
  const context = contextOfUnits(units);
  return context.units.map((_, index) => unitFeatureSet(context, index, groups));
}

/** Hashes labelled feature sets into training examples, weighting classes inversely to their frequency when asked. */
export function toExamples(sets: readonly FeatureSet[], labels: readonly number[], bits: number, balance = false): Example[] {
  const counts = new Map<number, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const classes = counts.size;
  return sets.map((set, i) => {
    const label = labels[i] ?? 0;
    const weight = balance ? labels.length / (classes * (counts.get(label) ?? 1)) : 1;
    return { vector: set.toVector(bits), label, weight };
  });
}
