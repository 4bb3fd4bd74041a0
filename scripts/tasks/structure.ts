/**
 * Argument structure on the English arg-microtexts (84 texts, 435 ADUs; units = ADUs given): four
 * local logistic models (central claim, role, function, attachment) plus undercut-vs-rebut, joined
 * by a maximum spanning tree as in Peldszus & Stede (2015). Scored as they score it: macro F1 per
 * level (cc: central claim or not, per unit; ro: proponent/opponent, read off the decoded tree;
 * fu: root/support/attack, per unit; at: attached or not, over all ordered unit pairs), computed
 * on each test fold and averaged over 10 repetitions of 5-fold cross-validation grouped by text.
 * The decoder's weights are chosen as P&S choose theirs, by an inner cross-validation on each
 * training fold (never on the test fold); the shipped ones by the same search on all the texts.
 *
 * Tried and dropped in CV (mean of the four levels): a rule-link bonus in the edge score (never
 * better than none); a "central" prior for the root besides its role term (0.805 vs 0.806 nested);
 * averaging the local models over 3 training seeds (0.797 vs 0.802) or 5 bootstrap samples of the
 * texts (0.796); an inner CV of 2 repetitions (0.806, twice the time); a wider grid (0.806).
 */
import type { Example, LogisticModel } from '../../src/learn/logistic-regression.ts';
import { DEFAULT_TRAIN_OPTIONS, random, train } from '../../src/learn/logistic-regression.ts';
import type { ModelFile } from '../../src/learn/model-file.ts';
import { saveModel } from '../../src/learn/model-file.ts';
import type { HashedFeatures } from '../../src/learn/pair-features.ts';
import { PAIR_MODEL_BITS, pairVector, UNIT_BITS, unitVector } from '../../src/learn/pair-features.ts';
import type { DecodeOptions, DecodedStructure, StructureModels } from '../../src/passes/learned/structure-decoder.ts';
import { DEFAULT_DECODE_OPTIONS, decodeStructure, structureScorer } from '../../src/passes/learned/structure-decoder.ts';
import type { StructureView } from '../../src/passes/learned/structure-features.ts';
import { STRUCTURE_FEATURES_VERSION, structurePairFeatures, structureUnitFeatures, structureView } from '../../src/passes/learned/structure-features.ts';
import { hasData } from '../learning/data-dir.ts';
import { macroF1, mean } from '../learning/metrics.ts';
import type { Score, Task } from '../learning/task.ts';
import type { Microtext } from './microtexts.ts';
import { contextOfParagraph, loadMicrotexts, MICROTEXTS } from './microtexts.ts';

const REPETITIONS = 10;
const FOLDS = 5;
/** Small steps and many epochs did best in cross-validation (learning rate 0.2 → 0.01: role +0.07, attachment +0.04). */
export const STRUCTURE_TRAIN_OPTIONS = { ...DEFAULT_TRAIN_OPTIONS, bits: UNIT_BITS, epochs: 20, learningRate: 0.01 };
const LICENCE = 'CC BY-NC-SA 4.0 (arg-microtexts, Peldszus & Stede)';

/** One microtext with its rule-pipeline view and features, ready for training and decoding. */
export interface PreparedText {
  readonly text: Microtext;
  readonly view: StructureView;
  readonly hashed: readonly HashedFeatures[];
}

export function prepareText(text: Microtext): PreparedText {
  const context = contextOfParagraph(text.units);
  const view = structureView(
    context,
    context.units.map((_, i) => i),
  );
  return { text, view, hashed: view.units.map((_, k) => structureUnitFeatures(view, k)) };
}

const ATTACKS = new Set(['rebut', 'undercut']);

function unitExamples(texts: readonly PreparedText[], label: (t: Microtext, k: number) => number | null, balance: boolean): Example[] {
  const raw: { vector: Example['vector']; label: number }[] = [];
  for (const t of texts) {
    t.hashed.forEach((h, k) => {
      const y = label(t.text, k);
      if (y !== null) raw.push({ vector: unitVector(h), label: y });
    });
  }
  return weighted(raw, balance);
}

function weighted(raw: readonly { vector: Example['vector']; label: number }[], balance: boolean): Example[] {
  const counts = new Map<number, number>();
  for (const r of raw) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  return raw.map((r) => ({ ...r, weight: balance ? raw.length / (counts.size * (counts.get(r.label) ?? 1)) : 1 }));
}

function pairExamples(texts: readonly PreparedText[], balance: boolean): Example[] {
  const codes: number[] = [];
  const raw: { vector: Example['vector']; label: number }[] = [];
  for (const t of texts) {
    const n = t.hashed.length;
    for (let a = 0; a < n; a += 1) {
      for (let b = 0; b < n; b += 1) {
        if (a === b) continue;
        structurePairFeatures(t.view, a, b, codes);
        raw.push({ vector: pairVector(t.hashed[a] as HashedFeatures, t.hashed[b] as HashedFeatures, codes), label: t.text.parents[a] === b ? 1 : 0 });
      }
    }
  }
  return weighted(raw, balance);
}

/** Training choices compared in the report. */
export interface StructureSetup {
  readonly balance: boolean;
  readonly decode: DecodeOptions;
  readonly epochs: number;
  readonly l2: number;
  readonly learningRate: number;
}

export const DEFAULT_SETUP: StructureSetup = {
  balance: true,
  decode: DEFAULT_DECODE_OPTIONS,
  epochs: STRUCTURE_TRAIN_OPTIONS.epochs,
  l2: STRUCTURE_TRAIN_OPTIONS.l2,
  learningRate: STRUCTURE_TRAIN_OPTIONS.learningRate,
};

/**
 * The decoder settings the inner cross-validation chooses among: edge weights (attachment fixed at 1;
 * tuning it too raised the mean no further and lowered attachment) and the root's role term.
 */
export const DECODE_GRID: readonly DecodeOptions[] = (() => {
  const grid: DecodeOptions[] = [];
  for (const cc of [1, 2]) {
    for (const role of [1, 2, 3]) {
      for (const fn of [0.5, 1]) {
        for (const rootRole of [0, 1, 2]) grid.push({ ...DEFAULT_DECODE_OPTIONS, weights: { cc, role, function: fn, attach: 1 }, rootRole });
      }
    }
  }
  return grid;
})();
const INNER_FOLDS = 5;
/** The inner folds are dealt as repetition 100 would be (the outer ones are repetitions 0..9). */
const INNER_REPETITION = 100;

/**
 * The mean of the four levels for each setting of DECODE_GRID, in one 5-fold cross-validation on
 * `texts` (the inner folds).
 */
export function decodeGridScores(texts: readonly PreparedText[], setup: StructureSetup = DEFAULT_SETUP): Float64Array {
  const sums = new Float64Array(DECODE_GRID.length);
  const folds = repeatedFolds(texts.length, INNER_REPETITION, INNER_FOLDS);
  for (let fold = 0; fold < INNER_FOLDS; fold += 1) {
    const scorer = structureScorer(trainStructure(texts.filter((_, i) => folds[i] !== fold), setup));
    const test = texts.filter((_, i) => folds[i] === fold);
    const gold = test.map((t) => t.text);
    DECODE_GRID.forEach((options, g) => {
      const s = scoreLevels(
        gold,
        test.map((t) => decodeStructure(scorer, t.view, options)),
      );
      sums[g] = (sums[g] ?? 0) + (s.cc + s.ro + s.fu + s.at) / 4 / INNER_FOLDS;
    });
  }
  return sums;
}

/** The index of the best of `scores` (the first of equals, in grid order). */
function bestIndex(scores: Float64Array): number {
  let best = 0;
  for (let g = 1; g < scores.length; g += 1) if ((scores[g] ?? 0) > (scores[best] ?? 0) + 1e-12) best = g;
  return best;
}

/** The decoder settings of DECODE_GRID with the best inner cross-validated mean on `texts`. */
export function tuneDecodeOptions(texts: readonly PreparedText[], setup: StructureSetup = DEFAULT_SETUP): DecodeOptions {
  return DECODE_GRID[bestIndex(decodeGridScores(texts, setup))] as DecodeOptions;
}

/**
 * How much better than the shipped decoder settings the search's pick must score on all texts before
 * `npm run train` asks for them to be changed: settings within it swap places when a rule changes
 * a few units (on 2026-11-27 the pick moved for 0.001), and each swap reshapes the argument map of
 * longer texts the microtexts do not resemble.
 */
const DECODE_MARGIN = 0.005;

/** Whether two decoder settings weigh alike (the rule bonus and layout links are not tuned). */
export function sameDecodeWeights(a: DecodeOptions, b: DecodeOptions): boolean {
  return a.rootRole === b.rootRole && a.weights.cc === b.weights.cc && a.weights.role === b.weights.role && a.weights.function === b.weights.function && a.weights.attach === b.weights.attach;
}

/** Trains the five local models on `texts`. */
export function trainStructure(texts: readonly PreparedText[], setup: StructureSetup = DEFAULT_SETUP): StructureModels {
  const options = (labels: readonly string[], bits = UNIT_BITS): typeof STRUCTURE_TRAIN_OPTIONS & { labels: readonly string[] } => ({
    ...STRUCTURE_TRAIN_OPTIONS,
    bits,
    epochs: setup.epochs,
    l2: setup.l2,
    learningRate: setup.learningRate,
    labels,
  });
  return {
    cc: train(unitExamples(texts, (t, k) => (t.parents[k] === -1 ? 1 : 0), setup.balance), options(['other', 'central'])),
    role: train(unitExamples(texts, (t, k) => (t.roles[k] === 'opp' ? 1 : 0), setup.balance), options(['pro', 'opp'])),
    function: train(
      unitExamples(texts, (t, k) => (t.functions[k] === 'root' ? 0 : ATTACKS.has(t.functions[k] ?? '') ? 2 : 1), setup.balance),
      options(['root', 'support', 'attack']),
    ),
    attach: train(pairExamples(texts, setup.balance), options(['no', 'yes'], PAIR_MODEL_BITS)),
    undercut: train(
      unitExamples(texts, (t, k) => (ATTACKS.has(t.functions[k] ?? '') ? (t.functions[k] === 'undercut' ? 1 : 0) : null), setup.balance),
      options(['rebut', 'undercut']),
    ),
  };
}

/** The P&S levels of one set of texts, gold against predicted. */
export interface LevelScores {
  readonly cc: number;
  readonly ro: number;
  readonly fu: number;
  readonly at: number;
  /** Support vs attack over the non-root units whose gold is not the root. */
  readonly supportAttack: number;
  /** Undercut vs rebut over the gold attacks that the tree also reads as attacks. */
  readonly undercutRebut: number;
}

/** Roles read off a tree: the root is the proponent's; an attack flips the role, support keeps it. */
export function rolesOf(heads: readonly number[], attacks: readonly boolean[]): ('pro' | 'opp')[] {
  const roles: ('pro' | 'opp' | null)[] = heads.map(() => null);
  const resolve = (k: number, depth: number): 'pro' | 'opp' => {
    const known = roles[k];
    if (known !== null && known !== undefined) return known;
    const head = heads[k] ?? -1;
    const parent: 'pro' | 'opp' = head < 0 || depth > heads.length ? 'pro' : resolve(head, depth + 1);
    const role: 'pro' | 'opp' = head < 0 ? 'pro' : attacks[k] === true ? (parent === 'pro' ? 'opp' : 'pro') : parent;
    roles[k] = role;
    return role;
  };
  return heads.map((_, k) => resolve(k, 0));
}

/** Scores decoded trees against gold, P&S style (pooled over the given texts). */
export function scoreLevels(texts: readonly Microtext[], decoded: readonly { heads: readonly number[]; types: readonly (string | null)[] }[]): LevelScores {
  const gold = { cc: [] as number[], ro: [] as string[], fu: [] as string[], at: [] as number[], sa: [] as string[], ur: [] as string[] };
  const pred = { cc: [] as number[], ro: [] as string[], fu: [] as string[], at: [] as number[], sa: [] as string[], ur: [] as string[] };
  texts.forEach((t, i) => {
    const d = decoded[i] as { heads: readonly number[]; types: readonly (string | null)[] };
    const fn = (type: string | null | undefined, head: number): string => (head < 0 ? 'root' : type === 'support' ? 'support' : 'attack');
    const predRoles = rolesOf(
      d.heads,
      d.types.map((type) => type === 'attack' || type === 'undercut'),
    );
    t.units.forEach((_, k) => {
      gold.cc.push(t.parents[k] === -1 ? 1 : 0);
      pred.cc.push((d.heads[k] ?? -1) < 0 ? 1 : 0);
      gold.ro.push(t.roles[k] ?? 'pro');
      pred.ro.push(predRoles[k] ?? 'pro');
      const gf = fn(t.functions[k], t.parents[k] ?? -1);
      const pf = fn(d.types[k], d.heads[k] ?? -1);
      gold.fu.push(gf);
      pred.fu.push(pf);
      if (gf !== 'root') {
        gold.sa.push(gf);
        pred.sa.push(pf === 'root' ? 'support' : pf);
      }
      if (gf === 'attack' && pf === 'attack') {
        gold.ur.push(t.functions[k] === 'undercut' ? 'undercut' : 'rebut');
        pred.ur.push(d.types[k] === 'undercut' ? 'undercut' : 'rebut');
      }
      t.units.forEach((__, j) => {
        if (j === k) return;
        gold.at.push(t.parents[k] === j ? 1 : 0);
        pred.at.push(d.heads[k] === j ? 1 : 0);
      });
    });
  });
  return {
    cc: macroF1(gold.cc, pred.cc, [0, 1]),
    ro: macroF1(gold.ro, pred.ro, ['pro', 'opp']),
    fu: macroF1(gold.fu, pred.fu, ['root', 'support', 'attack']),
    at: macroF1(gold.at, pred.at, [0, 1]),
    supportAttack: macroF1(gold.sa, pred.sa, ['support', 'attack']),
    undercutRebut: gold.ur.length === 0 ? 0 : macroF1(gold.ur, pred.ur, ['rebut', 'undercut']),
  };
}

/** Fold of each text for repetition `r`: a seeded shuffle of the texts, dealt into FOLDS folds. */
export function repeatedFolds(count: number, r: number, folds = FOLDS): number[] {
  const order = [...Array(count).keys()];
  const next = random(1000 + r);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const fold: number[] = new Array<number>(count).fill(0);
  order.forEach((text, position) => {
    fold[text] = position % folds;
  });
  return fold;
}

/** The rule structure's tree over a prepared text, for the baseline row. */
export function ruleTree(t: PreparedText): { heads: number[]; types: (string | null)[] } {
  const n = t.hashed.length;
  const heads = new Array<number>(n).fill(-1);
  const types: (string | null)[] = new Array<string | null>(n).fill(null);
  t.view.ruleLinks.forEach((link, k) => {
    if (link.parent !== null) {
      heads[k] = link.parent;
      types[k] = link.type;
    }
  });
  // Units the rules left out of the map (kind question/other) hang from the rule root as support.
  const root = t.view.ruleRoot ?? 0;
  heads.forEach((h, k) => {
    if (h === -1 && k !== root) {
      heads[k] = root;
      types[k] = 'support';
    }
  });
  return { heads, types };
}

/**
 * Cross-validated level scores for a setup: means over REPETITIONS × FOLDS test folds. With `tune`,
 * each training fold picks the decoder settings by its own inner cross-validation (nested CV);
 * without, every fold decodes with `setup.decode`.
 */
export function crossValidate(texts: readonly PreparedText[], setup: StructureSetup = DEFAULT_SETUP, repetitions = REPETITIONS, tune = true): { mean: LevelScores; rule: LevelScores } {
  const runs: LevelScores[] = [];
  const ruleRuns: LevelScores[] = [];
  for (let r = 0; r < repetitions; r += 1) {
    const folds = repeatedFolds(texts.length, r);
    for (let fold = 0; fold < FOLDS; fold += 1) {
      const trainTexts = texts.filter((_, i) => folds[i] !== fold);
      const testTexts = texts.filter((_, i) => folds[i] === fold);
      const scorer = structureScorer(trainStructure(trainTexts, setup));
      const decode = tune ? tuneDecodeOptions(trainTexts, setup) : setup.decode;
      const decoded: DecodedStructure[] = testTexts.map((t) => decodeStructure(scorer, t.view, decode));
      runs.push(scoreLevels(testTexts.map((t) => t.text), decoded));
      ruleRuns.push(scoreLevels(testTexts.map((t) => t.text), testTexts.map(ruleTree)));
    }
  }
  const average = (list: readonly LevelScores[]): LevelScores => ({
    cc: mean(list.map((s) => s.cc)),
    ro: mean(list.map((s) => s.ro)),
    fu: mean(list.map((s) => s.fu)),
    at: mean(list.map((s) => s.at)),
    supportAttack: mean(list.map((s) => s.supportAttack)),
    undercutRebut: mean(list.map((s) => s.undercutRebut)),
  });
  return { mean: average(runs), rule: average(ruleRuns) };
}

/** Every English microtext, prepared. */
export function prepareAll(): PreparedText[] {
  return loadMicrotexts().map(prepareText);
}

const PROTOCOL = `arg-microtexts EN, 84 texts, units = gold ADUs; macro F1 per test fold, mean of ${REPETITIONS}×${FOLDS}-fold CV grouped by text, decoder weights chosen by an inner ${INNER_FOLDS}-fold CV on each training fold`;
const REFERENCE = 'Peldszus & Stede 2015 joint MST (112 texts, 10×5-fold CV)';

export const structureTask: Task = {
  name: 'structure',
  train(): Record<string, ModelFile> {
    if (!hasData(MICROTEXTS, 'structure')) return {};
    const texts = prepareAll();
    const models = trainStructure(texts);
    // The decoder settings ship as DEFAULT_DECODE_OPTIONS (code, not a model file): say when the search on all the texts disagrees.
    const gridScores = decodeGridScores(texts);
    const best = bestIndex(gridScores);
    const tuned = DECODE_GRID[best] as DecodeOptions;
    const shipped = DECODE_GRID.findIndex((options) => sameDecodeWeights(options, DEFAULT_DECODE_OPTIONS));
    const gain = (gridScores[best] ?? 0) - (shipped === -1 ? -Infinity : (gridScores[shipped] ?? 0));
    if (gain > DECODE_MARGIN) {
      console.warn(`structure: the decoder search on all texts picks weights ${JSON.stringify(tuned.weights)}, rootRole ${tuned.rootRole}, ${shipped === -1 ? 'and the shipped ones are not in its grid' : `${gain.toFixed(4)} above the shipped ones`}; update DEFAULT_DECODE_OPTIONS in src/passes/learned/structure-decoder.ts`);
    } else if (best !== shipped) {
      console.log(`structure: the decoder search picks weights ${JSON.stringify(tuned.weights)}, rootRole ${tuned.rootRole}, within ${DECODE_MARGIN} of the shipped ones (${gain.toFixed(4)}); they stay`);
    }
    // The decoded tree's cross-validated scores, recorded in every model file (and so in MODELS.md).
    const { mean: cv } = crossValidate(texts);
    const scores = { 'cc macro F1': cv.cc, 'ro macro F1': cv.ro, 'fu macro F1': cv.fu, 'at macro F1': cv.at };
    const provenance = (task: string): Parameters<typeof saveModel>[1] => ({ task, data: [MICROTEXTS], licence: LICENCE, features: STRUCTURE_FEATURES_VERSION, scores });
    const files: Record<string, ModelFile> = {};
    for (const [name, model] of Object.entries(models) as [keyof StructureModels, LogisticModel][]) {
      files[`structure-${name}`] = saveModel(model, provenance(`structure-${name}`));
    }
    return files;
  },
  evaluate(): Score[] {
    if (!hasData(MICROTEXTS, 'structure')) return [];
    const texts = prepareAll();
    const { mean: s, rule } = crossValidate(texts);
    const row = (task: string, metric: string, value: number, reference: string, goal: number | null): Score => ({ task, metric: `${PROTOCOL}: ${metric}`, value, reference, goal });
    return [
      row('structure-central-claim', 'cc (central claim or not, per unit)', s.cc, `${REFERENCE} ~0.86; rule structure ${rule.cc.toFixed(3)}`, 0.86),
      row('structure-role', 'ro (proponent/opponent, from the tree)', s.ro, `${REFERENCE} ~0.77; rule structure ${rule.ro.toFixed(3)}`, 0.77),
      row('structure-function', 'fu (root/support/attack, per unit)', s.fu, `${REFERENCE} ~0.75; rule structure ${rule.fu.toFixed(3)}`, 0.75),
      row('structure-attachment', 'at (attached or not, all ordered pairs)', s.at, `${REFERENCE} ~0.72; rule structure ${rule.at.toFixed(3)}`, 0.72),
      row('structure-support-attack', 'support vs attack (non-root gold units)', s.supportAttack, `rule structure ${rule.supportAttack.toFixed(3)}`, null),
      row('structure-undercut', 'undercut vs rebut (gold attacks decoded as attacks)', s.undercutRebut, `rule structure ${rule.undercutRebut.toFixed(3)}`, null),
    ];
  },
};
