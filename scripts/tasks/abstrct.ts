/**
 * AbstRCT (neoplasm abstracts of randomised controlled trials) as a second domain for the
 * structure features: trained on the train files, scored on the dev files (the test files are
 * kept aside). Two decisions:
 *
 * - components: each sentence (as given by the CoNLL files) is a Claim, a Premise or neither,
 *   labelled by the component its tokens belong to; macro F1 over the three.
 * - relations: each given (source, target) pair is Support, Attack or noRel; macro F1 over the three.
 *
 * The files carry no abstract boundaries, so sentences are grouped into pseudo-abstracts: the
 * components linked by any listed pair form a group, and the sentences without a component go
 * with the group of the next sentence that has one (background and methods precede results).
 * Also reported: whether adding AbstRCT's pairs to the attachment model's training helps the
 * microtexts (arg-microtexts cross-validation, same protocol as the structure task, fewer repetitions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example, LogisticModel } from '../../src/learn/logistic-regression.ts';
import { predict, train } from '../../src/learn/logistic-regression.ts';
import type { ModelFile } from '../../src/learn/model-file.ts';
import type { HashedFeatures } from '../../src/learn/pair-features.ts';
import { PAIR_MODEL_BITS, pairVector, UNIT_BITS, unitVector } from '../../src/learn/pair-features.ts';
import type { DecodedStructure } from '../../src/passes/learned/structure-decoder.ts';
import { decodeStructure, structureScorer } from '../../src/passes/learned/structure-decoder.ts';
import type { StructureView } from '../../src/passes/learned/structure-features.ts';
import { structurePairFeatures, structureUnitFeatures, structureView } from '../../src/passes/learned/structure-features.ts';
import { dataDir, hasData } from '../learning/data-dir.ts';
import { macroF1, mean } from '../learning/metrics.ts';
import type { Score, Task } from '../learning/task.ts';
import { contextOfParagraph } from './microtexts.ts';
import type { LevelScores, PreparedText } from './structure.ts';
import { DEFAULT_SETUP, prepareAll, repeatedFolds, scoreLevels, STRUCTURE_TRAIN_OPTIONS, trainStructure } from './structure.ts';

const FOLDER = 'abstrct-en';
const COMPONENT_LABELS = ['O', 'Claim', 'Premise'] as const;
const RELATION_LABELS = ['noRel', 'Support', 'Attack'] as const;
type ComponentLabel = (typeof COMPONENT_LABELS)[number];
type RelationLabel = (typeof RELATION_LABELS)[number];

interface Sentence {
  readonly text: string;
  readonly label: ComponentLabel;
  /** Texts of the components in it (tokens joined by spaces, as the relation files give them). */
  readonly components: readonly string[];
}

interface Relation {
  readonly label: RelationLabel;
  readonly source: string;
  readonly target: string;
}

/** A pseudo-abstract with its rule-pipeline view and unit features. */
interface Doc {
  readonly sentences: readonly Sentence[];
  readonly view: StructureView;
  readonly hashed: readonly HashedFeatures[];
}

function readSentences(split: 'train' | 'dev'): Sentence[] {
  const lines = readFileSync(join(dataDir(), FOLDER, 'argument_components', `neoplasm_${split}.tsv`), 'utf8').split('\n');
  const sentences: Sentence[] = [];
  let tokens: [string, string][] = [];
  const flush = (): void => {
    if (tokens.length === 0) return;
    const components: string[] = [];
    const counts = new Map<ComponentLabel, number>();
    for (let i = 0; i < tokens.length; i += 1) {
      const tag = (tokens[i] as [string, string])[1];
      const type: ComponentLabel = tag.endsWith('Claim') ? 'Claim' : tag.endsWith('Premise') ? 'Premise' : 'O';
      counts.set(type, (counts.get(type) ?? 0) + 1);
      if (tag.startsWith('B-')) {
        let j = i + 1;
        while (j < tokens.length && (tokens[j] as [string, string])[1].startsWith('I-')) j += 1;
        components.push(tokens.slice(i, j).map(([t]) => t).join(' '));
      }
    }
    const label = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'O';
    sentences.push({ text: tokens.map(([t]) => t).join(' '), label, components });
    tokens = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else {
      const [token, tag] = line.split('\t');
      tokens.push([token ?? '', tag ?? 'O']);
    }
  }
  flush();
  return sentences;
}

function readRelations(split: 'train' | 'dev'): Relation[] {
  return readFileSync(join(dataDir(), FOLDER, 'argument_relations', `neoplasm_relations_${split}.tsv`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [label, source, target] = line.split('\t');
      return { label: (label ?? '').replace('__label__', '') as RelationLabel, source: source ?? '', target: target ?? '' };
    });
}

/** Groups sentences into pseudo-abstracts by the components the relation pairs link. */
function pseudoAbstracts(sentences: readonly Sentence[], relations: readonly Relation[]): Sentence[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const { source, target } of relations) {
    if (!parent.has(source)) parent.set(source, source);
    if (!parent.has(target)) parent.set(target, target);
    parent.set(find(source), find(target));
  }
  const groupOf = sentences.map((s) => {
    const component = s.components.find((c) => parent.has(c));
    return component === undefined ? null : find(component);
  });
  // Sentences without a component join the next group; trailing ones join the last group.
  const assigned: (string | null)[] = groupOf.slice();
  let next: string | null = null;
  for (let i = assigned.length - 1; i >= 0; i -= 1) {
    if (assigned[i] !== null) next = assigned[i] ?? null;
    else assigned[i] = next;
  }
  const docs: Sentence[][] = [];
  let current: string | null | undefined;
  sentences.forEach((s, i) => {
    const group = assigned[i] ?? '(end)';
    if (group !== current || docs.length === 0) {
      docs.push([]);
      current = group;
    }
    docs.at(-1)?.push(s);
  });
  return docs;
}

function prepareDocs(split: 'train' | 'dev'): { docs: Doc[]; relations: Relation[] } {
  const relations = readRelations(split);
  const docs = pseudoAbstracts(readSentences(split), relations).map((sentences): Doc => {
    const context = contextOfParagraph(sentences.map((s) => s.text));
    const view = structureView(
      context,
      context.units.map((_, i) => i),
    );
    return { sentences, view, hashed: view.units.map((_, k) => structureUnitFeatures(view, k)) };
  });
  return { docs, relations };
}

const options = (labels: readonly string[], bits: number): typeof STRUCTURE_TRAIN_OPTIONS & { labels: readonly string[] } => ({ ...STRUCTURE_TRAIN_OPTIONS, bits, labels });

function balanced(raw: readonly { vector: Example['vector']; label: number }[], weight = 1): Example[] {
  const counts = new Map<number, number>();
  for (const r of raw) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  return raw.map((r) => ({ ...r, weight: (weight * raw.length) / (counts.size * (counts.get(r.label) ?? 1)) }));
}

function componentExamples(docs: readonly Doc[]): Example[] {
  return balanced(docs.flatMap((d) => d.hashed.map((h, k) => ({ vector: unitVector(h), label: COMPONENT_LABELS.indexOf(d.sentences[k]?.label ?? 'O') }))));
}

/** Where each component text sits: its document and sentence position. */
function componentIndex(docs: readonly Doc[]): Map<string, [number, number]> {
  const index = new Map<string, [number, number]>();
  docs.forEach((d, i) => d.sentences.forEach((s, k) => s.components.forEach((c) => index.set(c, [i, k]))));
  return index;
}

/** Pair vectors of the relation pairs found in the documents, with their labels. */
function relationItems(docs: readonly Doc[], relations: readonly Relation[]): { vector: Example['vector']; label: number }[] {
  const index = componentIndex(docs);
  const codes: number[] = [];
  const items: { vector: Example['vector']; label: number }[] = [];
  for (const r of relations) {
    const from = index.get(r.source);
    const to = index.get(r.target);
    if (from === undefined || to === undefined || from[0] !== to[0]) continue;
    const doc = docs[from[0]] as Doc;
    structurePairFeatures(doc.view, from[1], to[1], codes);
    items.push({ vector: pairVector(doc.hashed[from[1]] as HashedFeatures, doc.hashed[to[1]] as HashedFeatures, codes), label: RELATION_LABELS.indexOf(r.label) });
  }
  return items;
}

function argmax(p: Float64Array): number {
  let best = 0;
  p.forEach((v, i) => {
    if (v > (p[best] ?? 0)) best = i;
  });
  return best;
}

/** Microtext CV with and without AbstRCT's train pairs added to the attachment model's training. */
function microtextsWithAbstrct(extra: readonly { vector: Example['vector']; label: number }[], repetitions: number): { without: LevelScores; withAbstrct: LevelScores } {
  const texts = prepareAll();
  // AbstRCT pairs as attachment examples: a listed Support or Attack attaches, noRel does not.
  const attachExtra = balanced(
    extra.map((e) => ({ vector: e.vector, label: e.label === 0 ? 0 : 1 })),
    0.5,
  );
  const runs = { without: [] as LevelScores[], withAbstrct: [] as LevelScores[] };
  for (let r = 0; r < repetitions; r += 1) {
    const folds = repeatedFolds(texts.length, r);
    for (let fold = 0; fold < 5; fold += 1) {
      const trainTexts: PreparedText[] = texts.filter((_, i) => folds[i] !== fold);
      const testTexts = texts.filter((_, i) => folds[i] === fold);
      const base = trainStructure(trainTexts, DEFAULT_SETUP);
      const augmented = { ...base, attach: trainWithExtra(trainTexts, attachExtra) };
      for (const [key, models] of [
        ['without', base],
        ['withAbstrct', augmented],
      ] as const) {
        const scorer = structureScorer(models);
        const decoded: DecodedStructure[] = testTexts.map((t) => decodeStructure(scorer, t.view));
        runs[key].push(scoreLevels(testTexts.map((t) => t.text), decoded));
      }
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
  return { without: average(runs.without), withAbstrct: average(runs.withAbstrct) };
}

/** The microtext attachment model trained with extra examples (the microtext pairs as `trainStructure` makes them). */
function trainWithExtra(texts: readonly PreparedText[], extra: readonly Example[]): LogisticModel {
  const own: { vector: Example['vector']; label: number }[] = [];
  const codes: number[] = [];
  for (const t of texts) {
    const n = t.hashed.length;
    for (let a = 0; a < n; a += 1) {
      for (let b = 0; b < n; b += 1) {
        if (a === b) continue;
        structurePairFeatures(t.view, a, b, codes);
        own.push({ vector: pairVector(t.hashed[a] as HashedFeatures, t.hashed[b] as HashedFeatures, codes), label: t.text.parents[a] === b ? 1 : 0 });
      }
    }
  }
  return train([...balanced(own), ...extra], options(['no', 'yes'], PAIR_MODEL_BITS));
}

const MICROTEXT_REPETITIONS = 3;

export const abstrctTask: Task = {
  name: 'abstrct',
  /** No AbstRCT model ships: the structure pass is trained on microtexts only. */
  train(): Record<string, ModelFile> {
    return {};
  },
  evaluate(): Score[] {
    if (!hasData(FOLDER, 'abstrct')) return [];
    const trainSet = prepareDocs('train');
    const devSet = prepareDocs('dev');
    // Components.
    const components = train(componentExamples(trainSet.docs), options(COMPONENT_LABELS, UNIT_BITS));
    const gold: string[] = [];
    const predicted: string[] = [];
    for (const d of devSet.docs) {
      d.hashed.forEach((h, k) => {
        gold.push(d.sentences[k]?.label ?? 'O');
        predicted.push(COMPONENT_LABELS[argmax(predict(components, unitVector(h)))] ?? 'O');
      });
    }
    // Relations.
    const trainPairs = relationItems(trainSet.docs, trainSet.relations);
    const relations = train(balanced(trainPairs), options(RELATION_LABELS, PAIR_MODEL_BITS));
    const devPairs = relationItems(devSet.docs, devSet.relations);
    const relGold = devPairs.map((p) => RELATION_LABELS[p.label] ?? 'noRel');
    const relPredicted = devPairs.map((p) => RELATION_LABELS[argmax(predict(relations, p.vector))] ?? 'noRel');
    const { without, withAbstrct } = microtextsWithAbstrct(trainPairs, MICROTEXT_REPETITIONS);
    const reference = 'Mayer et al. 2020 (ECAI), neoplasm test set, fine-tuned transformers';
    return [
      {
        task: 'abstrct-components',
        metric: `AbstRCT neoplasm dev (${gold.length} sentences, trained on train): Claim/Premise/none per sentence, macro F1`,
        value: macroF1(gold, predicted, COMPONENT_LABELS),
        reference: `${reference}: component detection macro F1 .87 (token-level BIO tagging, not sentence classification)`,
        goal: null,
      },
      {
        task: 'abstrct-relations',
        metric: `AbstRCT neoplasm dev (${devPairs.length} of ${devSet.relations.length} given pairs, trained on train): Support/Attack/noRel, macro F1`,
        value: macroF1(relGold, relPredicted, RELATION_LABELS),
        reference: `${reference}: relation classification macro F1 .68`,
        goal: null,
      },
      {
        task: 'structure-attachment+abstrct',
        metric: `arg-microtexts at (macro F1, ${MICROTEXT_REPETITIONS}×5-fold CV) with AbstRCT train pairs added to the attachment model (cc ${withAbstrct.cc.toFixed(3)}, ro ${withAbstrct.ro.toFixed(3)}, fu ${withAbstrct.fu.toFixed(3)})`,
        value: withAbstrct.at,
        reference: `same folds without AbstRCT: at ${without.at.toFixed(3)} (cc ${without.cc.toFixed(3)}, ro ${without.ro.toFixed(3)}, fu ${without.fu.toFixed(3)})`,
        goal: null,
      },
    ];
  },
};
