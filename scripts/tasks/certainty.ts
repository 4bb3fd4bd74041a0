/**
 * Hedge detection on the CoNLL-2010 Wikipedia uncertainty sample: is a sentence hedged? Scored by
 * F1 of the uncertain class with 5-fold cross-validation (the sample has no dev split).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEFAULT_HASH_BITS } from '../../src/learn/feature-hashing.ts';
import type { FeatureSet } from '../../src/learn/feature-hashing.ts';
import { DEFAULT_TRAIN_OPTIONS, predict, train } from '../../src/learn/logistic-regression.ts';
import type { ModelFile } from '../../src/learn/model-file.ts';
import { saveModel } from '../../src/learn/model-file.ts';
import { FEATURES_VERSION } from '../../src/learn/unit-feature-set.ts';
import { CERTAINTY_GROUPS } from '../../src/passes/learned/feature-groups.ts';
import { dataDir, hasData } from '../learning/data-dir.ts';
import { featureSetsOf, toExamples } from '../learning/featurize.ts';
import { groupFolds } from '../learning/folds.ts';
import { f1Of } from '../learning/metrics.ts';
import type { Score, Task } from '../learning/task.ts';

const FOLDER = 'conll2010-wiki-uncertainty-pattern-sample';
const LABELS = ['certain', 'uncertain'] as const;
const FOLDS = 5;
const OPTIONS = { ...DEFAULT_TRAIN_OPTIONS, labels: LABELS, bits: DEFAULT_HASH_BITS, epochs: 10 };

interface Data {
  readonly sets: FeatureSet[];
  readonly labels: number[];
}

function load(): Data {
  const rows = parse(readFileSync(join(dataDir(), FOLDER, 'uncertainty-conll2010.csv')), { bom: true, relax_quotes: true }) as string[][];
  const sentences = rows.filter((row) => row.length >= 2 && (row[1] ?? '').trim() !== '');
  // Each sentence is its own document: the sample's sentences are unrelated to each other.
  const sets = sentences.map((row) => featureSetsOf([{ text: row[1] as string }], CERTAINTY_GROUPS)[0] as FeatureSet);
  const labels = sentences.map((row) => (row[0] === '-1' ? 1 : 0));
  return { sets, labels };
}

export const certaintyTask: Task = {
  name: 'certainty',
  train(): Record<string, ModelFile> {
    if (!hasData(FOLDER, 'certainty')) return {};
    const { sets, labels } = load();
    const model = train(toExamples(sets, labels, OPTIONS.bits), OPTIONS);
    return {
      certainty: saveModel(model, {
        task: 'certainty',
        data: [FOLDER],
        licence: 'personal use only (clips/pattern test corpora; CoNLL-2010 shared task data)',
        features: FEATURES_VERSION,
        scores: {},
      }),
    };
  },
  evaluate(): Score[] {
    if (!hasData(FOLDER, 'certainty')) return [];
    const { sets, labels } = load();
    const folds = groupFolds(labels.map((_, i) => String(i % 997)), FOLDS);
    const predicted: number[] = new Array<number>(labels.length).fill(0);
    for (let fold = 0; fold < FOLDS; fold += 1) {
      const trainIdx = labels.map((_, i) => i).filter((i) => folds[i] !== fold);
      const model = train(
        toExamples(trainIdx.map((i) => sets[i] as FeatureSet), trainIdx.map((i) => labels[i] as number), OPTIONS.bits),
        OPTIONS,
      );
      labels.forEach((_, i) => {
        if (folds[i] === fold) predicted[i] = (predict(model, (sets[i] as FeatureSet).toVector(OPTIONS.bits))[1] ?? 0) >= 0.5 ? 1 : 0;
      });
    }
    const { f1, precision, recall } = f1Of(labels, predicted, 1);
    return [
      {
        task: 'hedges',
        metric: `CoNLL-2010 Wikipedia sample, F1 of uncertain (5-fold CV; P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`,
        value: f1,
        reference: 'CoNLL-2010 task 1 Wikipedia best 0.602 (full test set)',
        goal: 0.7,
      },
    ];
  },
};
