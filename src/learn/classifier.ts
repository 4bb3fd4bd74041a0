/**
 * A learned unit classifier: a model plus the feature groups it was trained with. It returns the
 * probabilities and, as cues, the features that pushed hardest toward the label it chose.
 */
import type { Cue } from '../model/analysis-schema.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { FeatureSet } from './feature-hashing.ts';
import type { LogisticModel } from './logistic-regression.ts';
import { contributions, predict } from './logistic-regression.ts';
import type { ModelFile } from './model-file.ts';
import { loadModel } from './model-file.ts';
import type { FeatureGroups } from './unit-feature-set.ts';
import { FEATURES_VERSION, unitFeatureSet } from './unit-feature-set.ts';

export interface UnitClassifier {
  readonly model: LogisticModel;
  readonly groups: FeatureGroups;
}

export interface Classification {
  readonly label: string;
  readonly probabilities: Readonly<Record<string, number>>;
  readonly cues: Cue[];
}

const CUE_COUNT = 3;

/** Loads a classifier from its model file, refusing one trained on other features. */
export function unitClassifier(file: ModelFile, groups: FeatureGroups): UnitClassifier {
  if (file.features !== FEATURES_VERSION) {
    throw new Error(`model for ${file.task} was trained on ${file.features}, but the code makes ${FEATURES_VERSION}: run npm run train`);
  }
  return { model: loadModel(file), groups };
}

/** Classifies a feature set; the cues are the strongest features for the winning label. */
export function classifyFeatures(model: LogisticModel, features: FeatureSet): Classification {
  const vector = features.toVector(model.bits);
  const probabilities = predict(model, vector);
  let best = 0;
  probabilities.forEach((p, c) => {
    if (p > (probabilities[best] ?? 0)) best = c;
  });
  const pushes = contributions(model, vector, best);
  const cues: Cue[] = [...pushes.keys()]
    .filter((k) => (pushes[k] ?? 0) > 0 && features.nameAt(k) !== 'bias')
    .sort((a, b) => (pushes[b] ?? 0) - (pushes[a] ?? 0))
    .slice(0, CUE_COUNT)
    .map((k) => ({ source: 'feature', text: features.nameAt(k), weight: Math.round((pushes[k] ?? 0) * 100) / 100 }));
  const byLabel: Record<string, number> = {};
  model.labels.forEach((label, c) => {
    byLabel[label] = Math.round((probabilities[c] ?? 0) * 1000) / 1000;
  });
  return { label: model.labels[best] ?? '', probabilities: byLabel, cues };
}

/** Classifies unit `index` of `context`. */
export function classifyUnit(classifier: UnitClassifier, context: AnalysisContext, index: number): Classification {
  return classifyFeatures(classifier.model, unitFeatureSet(context, index, classifier.groups));
}
