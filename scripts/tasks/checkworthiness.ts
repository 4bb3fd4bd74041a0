/**
 * Check-worthiness, trained on ClaimBuster (crowdsourced.csv: CFS against UFS and NFS) and the
 * CheckThat! 2019 training debates together, scored two ways:
 *
 * - CheckThat! 2019: MAP over the 19 training debates, leave-one-debate-out (each debate ranked
 *   by a model trained on the other 18 and on ClaimBuster without the held-out debate's twin).
 * - ClaimBuster 2.5xNCS: F1 of the check-worthy class (CFS), with 4-fold cross-validation grouped
 *   by debate (File_id), at the shipped threshold; and under the published protocol (the
 *   ClaimBuster authors' code, utaresearch/claimbuster-spotter adv_transformer/train.py: stratified
 *   4-fold CV over the 2.5xNCS sentences, not grouped, trained on 2.5xNCS only, argmax decision).
 */
import { saveModel } from '../../src/learn/model-file.ts';
import type { ModelFile } from '../../src/learn/model-file.ts';
import { train } from '../../src/learn/logistic-regression.ts';
import { TRANSCRIPT_FEATURES_VERSION } from '../../src/passes/learned/checkworthiness-features.ts';
import { defaults } from '../../src/pipeline/options.ts';
import { hasData } from '../learning/data-dir.ts';
import { groupFolds } from '../learning/folds.ts';
import { averagePrecision, f1Of, mean } from '../learning/metrics.ts';
import type { Score, Task } from '../learning/task.ts';
import { CLAIMBUSTER_FOLDER, CLAIMBUSTER_LICENCE, CLEF_FOLDER, CLEF_LICENCE, DEBATE_TWINS, loadClaimBusterDebates, loadClefDebates, loadNcsSubset } from './checkworthiness-data.ts';
import type { CheckworthinessTraining, FeaturizedDebate } from './checkworthiness-model.ts';
import { averaged, CHECKWORTHINESS_TRAINING, featurize, positiveScore, pruned, trainCheckworthiness, trainOptions, weighted } from './checkworthiness-model.ts';

const FOLDS = 4;
/** Weights below this are dropped from the shipped file (keeps it under 2 MB; scores unchanged to 3 decimals). */
const PRUNE = 1e-3;

export interface Measured {
  readonly map: number;
  readonly ruleMap: number;
  readonly ncsF1: { precision: number; recall: number; f1: number };
  readonly ruleNcsF1: number;
  readonly allF1: { precision: number; recall: number; f1: number };
  readonly sweep: string;
  readonly published: { f1: number; weightedF1: number };
}

export function loadAll(): { clef: FeaturizedDebate[]; claimBuster: FeaturizedDebate[] } {
  return { clef: featurize(loadClefDebates()), claimBuster: featurize(loadClaimBusterDebates()) };
}

function clefMap(clef: readonly FeaturizedDebate[], claimBuster: readonly FeaturizedDebate[], t: CheckworthinessTraining): { map: number; ruleMap: number } {
  const aps: number[] = [];
  const ruleAps: number[] = [];
  for (const held of clef) {
    const twin = DEBATE_TWINS[held.debate.name];
    const model = trainCheckworthiness(
      clef.filter((d) => d !== held),
      claimBuster.filter((d) => d.debate.name !== twin),
      t,
    );
    const relevant = held.debate.sentences.map((s) => s.label === 1);
    aps.push(averagePrecision(held.sets.map((set) => positiveScore(model, set)), relevant));
    ruleAps.push(averagePrecision(held.context.units.map((u) => u.checkworthiness), relevant));
  }
  return { map: mean(aps), ruleMap: mean(ruleAps) };
}

/** Cross-validated scores of every ClaimBuster sentence, 4 folds of whole debates. */
function claimBusterScores(clef: readonly FeaturizedDebate[], claimBuster: readonly FeaturizedDebate[], t: CheckworthinessTraining): number[][] {
  const folds = groupFolds(claimBuster.map((d) => d.debate.name), FOLDS);
  const scores: number[][] = claimBuster.map((d) => d.sets.map(() => 0));
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const held = new Set(claimBuster.filter((_, i) => folds[i] === fold).map((d) => d.debate.name));
    const model = trainCheckworthiness(
      clef.filter((d) => !held.has(DEBATE_TWINS[d.debate.name] ?? '')),
      claimBuster.filter((d) => !held.has(d.debate.name)),
      t,
    );
    claimBuster.forEach((d, i) => {
      if (folds[i] === fold) scores[i] = d.sets.map((set) => positiveScore(model, set));
    });
  }
  return scores;
}

/** The published protocol: stratified 4-fold CV over the 2.5xNCS sentences, trained on 2.5xNCS only. */
function publishedProtocol(claimBuster: readonly FeaturizedDebate[], ncs: ReadonlyMap<number, number>, t: CheckworthinessTraining): { f1: number; weightedF1: number } {
  const items = claimBuster.flatMap((d) =>
    d.sets.flatMap((set, i) => {
      const label = ncs.get(d.debate.sentences[i]?.id ?? -1);
      return label === undefined ? [] : [{ set, label, id: d.debate.sentences[i]?.id ?? 0 }];
    }),
  );
  // Stratified and deterministic: within each class, sentences in a fixed pseudo-random order dealt round-robin.
  const fold = new Map<number, number>();
  for (const label of [0, 1]) {
    items
      .filter((item) => item.label === label)
      .map((item) => item.id)
      .sort((a, b) => (Math.imul(a, 2654435761) >>> 0) - (Math.imul(b, 2654435761) >>> 0) || a - b)
      .forEach((id, k) => fold.set(id, k % FOLDS));
  }
  const gold: number[] = [];
  const predicted: number[] = [];
  for (let k = 0; k < FOLDS; k += 1) {
    const examples = weighted(items.filter((item) => fold.get(item.id) !== k), t.bits, 1, 1);
    const model = averaged(t.seeds.map((seed) => train(examples, { ...trainOptions(t.bits, t.learningRate, t.epochs), seed })));
    for (const item of items.filter((it) => fold.get(it.id) === k)) {
      gold.push(item.label);
      predicted.push(positiveScore(model, item.set) >= 0.5 ? 1 : 0);
    }
  }
  const positive = f1Of(gold, predicted, 1);
  const negative = f1Of(gold, predicted, 0);
  const share = gold.filter((g) => g === 1).length / gold.length;
  return { f1: positive.f1, weightedF1: share * positive.f1 + (1 - share) * negative.f1 };
}

/** Every score of the task, for the given training settings (exported for experiments). */
export function measureCheckworthiness(t: CheckworthinessTraining = CHECKWORTHINESS_TRAINING, data = loadAll()): Measured {
  const { clef, claimBuster } = data;
  const ncs = loadNcsSubset('2.5xNCS');
  const { map, ruleMap } = clefMap(clef, claimBuster, t);
  const scores = claimBusterScores(clef, claimBuster, t).flat();
  const sentences = claimBuster.flatMap((d) => d.debate.sentences);
  const ruleScores = claimBuster.flatMap((d) => d.context.units.map((u) => u.checkworthiness));
  const inNcs = sentences.map((s) => ncs.get(s.id ?? -1));
  const ncsIndex = inNcs.flatMap((label, i) => (label === undefined ? [] : [i]));
  const ncsGold = ncsIndex.map((i) => inNcs[i] ?? 0);
  const allGold = sentences.map((s) => (s.label === 1 ? 1 : 0));
  const at = (values: readonly number[], threshold: number): number[] => values.map((v) => (v >= threshold ? 1 : 0));
  const threshold = defaults.checkworthyThreshold;
  const sweep = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    .map((x) => `${x}: ${f1Of(ncsGold, at(ncsIndex.map((i) => scores[i] ?? 0), x), 1).f1.toFixed(3)}/${f1Of(allGold, at(scores, x), 1).f1.toFixed(3)}`)
    .join(', ');
  return {
    map,
    ruleMap,
    ncsF1: f1Of(ncsGold, at(ncsIndex.map((i) => scores[i] ?? 0), threshold), 1),
    ruleNcsF1: f1Of(ncsGold, at(ncsIndex.map((i) => ruleScores[i] ?? 0), threshold), 1).f1,
    allF1: f1Of(allGold, at(scores, threshold), 1),
    sweep,
    published: publishedProtocol(claimBuster, ncs, t),
  };
}

const REFERENCE_CLEF = 'CheckThat! 2019 task 1 test set (7 other debates): best 0.166, n-gram baseline ~0.12';
const REFERENCE_CB =
  'Meng et al. 2020 (stratified 4-fold CV over 2.5xNCS sentences, not grouped): transformers ~0.9, SVM ~0.8';

function scoresOf(m: Measured): Record<string, number> {
  return {
    'clef2019-map-leave-one-debate-out': round(m.map),
    'claimbuster-2.5xNCS-cfs-f1-grouped-4fold': round(m.ncsF1.f1),
    'claimbuster-2.5xNCS-cfs-f1-published-protocol': round(m.published.f1),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function hasBoth(): boolean {
  return hasData(CLEF_FOLDER, 'checkworthiness') && hasData(CLAIMBUSTER_FOLDER, 'checkworthiness');
}

export const checkworthinessTask: Task = {
  name: 'checkworthiness',
  train(): Record<string, ModelFile> {
    if (!hasBoth()) return {};
    const { clef, claimBuster } = loadAll();
    const model = pruned(trainCheckworthiness(clef, claimBuster), PRUNE);
    console.log('checkworthiness: measuring held-out scores for the model file (about 2 minutes)');
    return {
      checkworthiness: saveModel(model, {
        task: 'checkworthiness',
        data: [CLAIMBUSTER_FOLDER, CLEF_FOLDER],
        licence: `${CLAIMBUSTER_LICENCE}; ${CLEF_LICENCE}`,
        features: TRANSCRIPT_FEATURES_VERSION,
        scores: scoresOf(measureCheckworthiness()),
      }),
    };
  },
  evaluate(): Score[] {
    if (!hasBoth()) return [];
    const m = measureCheckworthiness();
    const threshold = defaults.checkworthyThreshold;
    console.log(`checkworthiness: F1 of CFS by threshold, grouped CV (2.5xNCS / all 22,501 sentences): ${m.sweep}`);
    return [
      {
        task: 'checkworthiness',
        metric: 'CheckThat! 2019 training debates, MAP, leave-one-debate-out (trained on the other 18 + ClaimBuster without the twin debate)',
        value: m.map,
        reference: REFERENCE_CLEF,
        goal: 0.2,
      },
      {
        task: 'checkworthiness (rules)',
        metric: 'CheckThat! 2019 training debates, MAP of the hand-weighted rule score (no training)',
        value: m.ruleMap,
        reference: REFERENCE_CLEF,
        goal: null,
      },
      {
        task: 'checkworthiness',
        metric: `ClaimBuster 2.5xNCS, F1 of CFS, 4-fold CV grouped by debate, threshold ${threshold} (P ${m.ncsF1.precision.toFixed(3)}, R ${m.ncsF1.recall.toFixed(3)})`,
        value: m.ncsF1.f1,
        reference: REFERENCE_CB,
        goal: 0.9,
      },
      {
        task: 'checkworthiness',
        metric: `ClaimBuster 2.5xNCS, F1 of CFS, published protocol (stratified 4-fold, not grouped, 2.5xNCS only, argmax); weighted F1 ${m.published.weightedF1.toFixed(3)}`,
        value: m.published.f1,
        reference: REFERENCE_CB,
        goal: 0.9,
      },
      {
        task: 'checkworthiness (rules)',
        metric: `ClaimBuster 2.5xNCS, F1 of CFS of the rule score at threshold ${threshold}`,
        value: m.ruleNcsF1,
        reference: REFERENCE_CB,
        goal: null,
      },
      {
        task: 'checkworthiness',
        metric: `ClaimBuster all 22,501 sentences (CFS 24%), F1 of CFS, 4-fold CV grouped by debate, threshold ${threshold} (P ${m.allF1.precision.toFixed(3)}, R ${m.allF1.recall.toFixed(3)})`,
        value: m.allF1.f1,
        reference: 'no published figure on this split',
        goal: null,
      },
    ];
  },
};
