/**
 * Hedge detection on the CoNLL-2010 Wikipedia uncertainty sample: is a sentence hedged? Scored by
 * F1 of the uncertain class with 5-fold cross-validation (the sample has no dev split).
 *
 * The sample's terms are "personal use" (clips/pattern test corpora), which does not allow
 * shipping a model trained on it, so `train` writes nothing: the shipped analysis keeps the hedge
 * lexicon, and `evaluate` reports both the lexicon and what a learned model would reach.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEFAULT_HASH_BITS } from '../../src/learn/feature-hashing.ts';
import type { FeatureSet } from '../../src/learn/feature-hashing.ts';
import { DEFAULT_TRAIN_OPTIONS, predict, train } from '../../src/learn/logistic-regression.ts';
import type { ModelFile } from '../../src/learn/model-file.ts';
import { unitFeatureSet } from '../../src/learn/unit-feature-set.ts';
import { CERTAINTY_GROUPS } from '../../src/passes/learned/feature-groups.ts';
import { dataDir, hasData } from '../learning/data-dir.ts';
import { contextOfUnits, toExamples } from '../learning/featurize.ts';
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
  /** 1 where the rule-based lexicon finds the sentence hedged. */
  readonly rules: number[];
}

function load(): Data {
  const rows = parse(readFileSync(join(dataDir(), FOLDER, 'uncertainty-conll2010.csv')), { bom: true, relax_quotes: true }) as string[][];
  const sentences = rows.filter((row) => row.length >= 2 && (row[1] ?? '').trim() !== '');
  // Each sentence is its own document: the sample's sentences are unrelated to each other.
  const contexts = sentences.map((row) => contextOfUnits([{ text: row[1] as string }]));
  const sets = contexts.map((context) => unitFeatureSet(context, 0, CERTAINTY_GROUPS));
  const labels = sentences.map((row) => (row[0] === '-1' ? 1 : 0));
  const rules = contexts.map((context) => (context.rules.certainty[0] === 'certain' ? 0 : 1));
  return { sets, labels, rules };
}

/** Out-of-fold predictions by 5-fold cross-validation, and the F1 of the uncertain class. */
function crossValidate({ sets, labels }: Data): { f1: number; precision: number; recall: number } {
  const folds = groupFolds(labels.map((_, i) => String(i)), FOLDS);
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
  return f1Of(labels, predicted, 1);
}

export const certaintyTask: Task = {
  name: 'certainty',
  train(): Record<string, ModelFile> {
    console.log('certainty: no model shipped: the CoNLL-2010 sample is for personal use only; the hedge lexicon stays');
    return {};
  },
  evaluate(): Score[] {
    if (!hasData(FOLDER, 'certainty')) return [];
    const data = load();
    const { f1, precision, recall } = crossValidate(data);
    const lexicon = f1Of(data.labels, data.rules, 1);
    return [
      {
        task: 'hedges',
        metric: `CoNLL-2010 Wikipedia sample, F1 of uncertain, shipped hedge lexicon (P ${lexicon.precision.toFixed(3)}, R ${lexicon.recall.toFixed(3)})`,
        value: lexicon.f1,
        reference: 'CoNLL-2010 task 1 Wikipedia best 0.602 (full test set)',
        goal: 0.7,
      },
      {
        task: 'hedges',
        metric: `same, learned model, 5-fold CV, not shipped: data for personal use only (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`,
        value: f1,
        reference: 'CoNLL-2010 task 1 Wikipedia best 0.602 (full test set)',
        goal: 0.7,
      },
    ];
  },
};
