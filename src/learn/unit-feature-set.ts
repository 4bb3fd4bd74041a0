/**
 * The features a learned decision sees about one unit: its words and word pairs, character
 * n-grams, parts of speech, the rule-based annotations (kind, certainty, markers, quantities,
 * times, entities, flags), its position, words of its neighbours, and the mean GloVe vector of
 * its words (what they mean, beyond which words they are). Training and inference both
 * call this one function, so a model always sees features made the same way.
 */
import type { Token } from '../nlp/tokenize.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import { openingMarkers } from '../passes/opening-marker.ts';
import { FeatureSet, fnv1a } from './feature-hashing.ts';
import { gloveVectors } from './glove-vectors.ts';
import { isStopword } from '../nlp/stopwords.ts';
import type { NamedFeature } from './feature-names.ts';
import { addNamed, FeatureFamily, namedFeature } from './feature-names.ts';

/** Bump when features change: models record it and must be retrained to match. */
export const FEATURES_VERSION = 'unit-features/2';

/** Which feature groups a task uses; groups cost time, so each task takes what pays. */
export interface FeatureGroups {
  readonly words: boolean;
  readonly bigrams: boolean;
  /** Character n-grams of these lengths inside words (with word-boundary marks). */
  readonly charNgrams: readonly number[];
  readonly pos: boolean;
  readonly rules: boolean;
  readonly position: boolean;
  /** Words of the previous and next unit, prefixed. */
  readonly neighbours: boolean;
  /**
   * The mean GloVe vector of the unit's words, function words left out (src/learn/glove-vectors.ts),
   * as dense features `v:0`…`v:99`, each times this scale; 0 for none. The other groups' features
   * do not change with it, so a model of a task without it needs no retraining.
   */
  readonly wordVectors: number;
}

export const ALL_GROUPS: FeatureGroups = Object.freeze({
  words: true,
  bigrams: true,
  charNgrams: [3, 4],
  pos: true,
  rules: true,
  position: true,
  neighbours: true,
  wordVectors: 0,
});

const lower = (token: Token): string => token.normal;

/** Tokens `first` to `end` (exclusive) of the text: a unit's tokens without copying them out. */
interface TokenSpan {
  readonly tokens: readonly Token[];
  readonly first: number;
  readonly end: number;
}

function addWords(set: FeatureSet, span: TokenSpan, prefix: string, bigrams: boolean): void {
  const wordHead = `${prefix}w:`;
  const pairHead = `${prefix}b:`;
  let previous = '<s>';
  for (let t = span.first; t < span.end; t += 1) {
    const token = span.tokens[t] as Token;
    const word = isDigit(token.value.charCodeAt(0)) ? numberShape(token.value) : lower(token);
    set.addJoined(wordHead, word);
    if (bigrams) set.addPair(pairHead, previous, word);
    previous = word;
  }
  if (bigrams) set.addPair(pairHead, previous, '</s>');
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** "1,248" → "#,###": keeps the shape of a number, not its value. */
function numberShape(value: string): string {
  return value.replace(/\d/g, '#').slice(0, 8);
}

function addCharNgrams(set: FeatureSet, span: TokenSpan, sizes: readonly number[]): void {
  for (let t = span.first; t < span.end; t += 1) {
    const token = span.tokens[t] as Token;
    if (token.type !== 'word') continue;
    const word = `<${lower(token)}>`;
    for (const n of sizes) {
      for (let i = 0; i + n <= word.length; i += 1) set.add(`c${n}:${word.slice(i, i + n)}`);
    }
  }
}

/** A unit's rule features, named and hashed, with their values (parallel arrays). */
interface RuleFeatures {
  readonly features: readonly NamedFeature[];
  readonly values: readonly number[];
}

/**
 * Rule features made once per unit (keyed by the unit object, so a context whose units were
 * replaced never reads stale ones): the check-worthiness, structure and stance features all start
 * from them (stance once per target), and they read only what the rule passes wrote before any
 * learned pass runs.
 */
const ruleFeatureCache = new WeakMap<object, RuleFeatures>();

function addRules(set: FeatureSet, context: AnalysisContext, index: number, span: TokenSpan): void {
  const unit = context.units[index];
  if (unit === undefined) return;
  let rules = ruleFeatureCache.get(unit);
  if (rules === undefined) {
    rules = ruleFeatures(context, index, span);
    ruleFeatureCache.set(unit, rules);
  }
  const { features, values } = rules;
  for (let i = 0; i < features.length; i += 1) addNamed(set, features[i] as NamedFeature, values[i] as number);
}

/**
 * The rule features, named and hashed once per value (see feature-names.ts) rather than for every
 * unit. `bare` names those without a `=value` part: yes/no annotations (`r:question`) and the two
 * valued ones (`r:evaluative`, `r:sentiment`).
 */
const R = {
  kind: new FeatureFamily('r:kind='),
  certainty: new FeatureFamily('r:certainty='),
  opens: new FeatureFamily('r:opens='),
  quantity: new FeatureFamily('r:quantity='),
  entity: new FeatureFamily('r:entity='),
  flag: new FeatureFamily('r:flag='),
  length: new FeatureFamily('r:length='),
  bare: new FeatureFamily('r:'),
};

/**
 * The unit being described's rule features so far, reused unit after unit and copied out at their
 * length: made with `add` and `flag` closures per unit and arrays grown push by push, the rule
 * features were 48 MB of the 160 MB the check-worthiness scores allocated over the bench corpus
 * (tsx also names every such closure, a defineProperty call each), and 12 MB so.
 */
const ruleScratch: { features: NamedFeature[]; values: number[]; count: number } = { features: [], values: [], count: 0 };

function addRule(feature: NamedFeature, value = 1): void {
  // As FeatureSet.add does: a zero value is no feature.
  if (value === 0) return;
  ruleScratch.features[ruleScratch.count] = feature;
  ruleScratch.values[ruleScratch.count] = value;
  ruleScratch.count += 1;
}

const addFlag = (name: string): void => addRule(R.bare.get(name));

function ruleFeatures(context: AnalysisContext, index: number, span: TokenSpan): RuleFeatures {
  ruleScratch.count = 0;
  const unit = context.units[index];
  const features = context.features[index];
  const range = context.unitTokens[index];
  if (unit === undefined || features === undefined || range === undefined) return { features: [], values: [] };
  addRule(R.kind.get(context.rules.kind[index] ?? 'none'));
  addRule(R.certainty.get(context.rules.certainty[index] ?? 'certain'));
  if (unit.concession) addFlag('concession');
  if (unit.listMarker !== null) addFlag('list-item');
  for (const marker of openingMarkers(context.tokens, range)) addRule(R.opens.get(marker.value));
  for (const q of unit.quantities) addRule(R.quantity.get(q.unit ?? 'none'));
  if (unit.quantities.length > 0) addFlag('has-quantity');
  if (unit.times.length > 0) addFlag('has-time');
  for (const e of unit.entities) addRule(R.entity.get(e.type));
  for (const f of unit.flags) addRule(R.flag.get(f.type));
  if (features.question) addFlag('question');
  if (features.obligation !== null) addFlag('obligation');
  if (features.future !== null) addFlag('future');
  if (features.imperative !== null) addFlag('imperative');
  if (features.firstPersonSingular) addFlag('i');
  if (features.firstPersonPlural) addFlag('we');
  if (features.secondPerson) addFlag('you');
  if (features.pastTense) addFlag('past');
  if (features.opinionMarker !== null) addFlag('opinion-marker');
  if (features.reporting !== null) addFlag('reporting');
  if (features.attribution !== null) addFlag('attributed');
  if (features.comparative) addFlag('comparative');
  addRule(R.bare.get('evaluative'), Math.min(features.evaluative, 4) / 4);
  addRule(R.bare.get('sentiment'), features.sentiment);
  addRule(R.length.get(Math.min(Math.floor(Math.log2(1 + features.words)), 6)));
  for (let t = span.first; t < span.end; t += 1) {
    if (span.tokens[t]?.negated === true) {
      addFlag('negated');
      break;
    }
  }
  return { features: ruleScratch.features.slice(0, ruleScratch.count), values: ruleScratch.values.slice(0, ruleScratch.count) };
}

const BIAS = namedFeature('bias');

/** The position features, named and hashed once (see feature-names.ts): every learned pass adds them for every unit. */
const P = {
  doc: new FeatureFamily('p:doc='),
  first: namedFeature('p:first'),
  last: namedFeature('p:last'),
  opensParagraph: namedFeature('p:opens-paragraph'),
  closesParagraph: namedFeature('p:closes-paragraph'),
  sameSentence: namedFeature('p:same-sentence-as-previous'),
  newSpeaker: namedFeature('p:new-speaker'),
};

function addPosition(set: FeatureSet, context: AnalysisContext, index: number): void {
  const unit = context.units[index];
  if (unit === undefined) return;
  const count = context.units.length;
  P.doc.addTo(set, Math.min(Math.floor((index / Math.max(count, 1)) * 5), 4));
  if (index === 0) addNamed(set, P.first);
  if (index === count - 1) addNamed(set, P.last);
  const previous = context.units[index - 1];
  const next = context.units[index + 1];
  if (previous === undefined || previous.paragraph !== unit.paragraph) addNamed(set, P.opensParagraph);
  if (next === undefined || next.paragraph !== unit.paragraph) addNamed(set, P.closesParagraph);
  if (previous !== undefined && previous.sentence === unit.sentence) addNamed(set, P.sameSentence);
  if (unit.speaker !== null && previous !== undefined && previous.speaker !== unit.speaker) addNamed(set, P.newSpeaker);
}

/** The dense word-vector features, named and hashed once: `v:0`…`v:99`. */
let vectorNames: readonly string[] = [];
let vectorHashes: readonly number[] = [];
/** The sum of a unit's word vectors, reused unit after unit. */
let vectorSum = new Float64Array(0);
/** The GloVe vectors without the function words: one look-up per token decides both. */
let contentVectors: ReadonlyMap<string, Float32Array> | undefined;

/** The GloVe vectors of content words: the words the word-vector group averages. */
export function contentWordVectors(): ReadonlyMap<string, Float32Array> {
  contentVectors ??= new Map([...gloveVectors().vectors].filter(([word]) => !isStopword(word)));
  return contentVectors;
}

/** The head of the word-vector features' names, by which scoring tells them apart (they explain nothing one by one). */
export const WORD_VECTOR_HEAD = 'v:';

/** `v:0`…`v:99` hashed, for scoring a unit's word vector without adding it to a set (word-vector-pushes.ts). */
export function wordVectorHashes(): readonly number[] {
  const { dimensions } = gloveVectors();
  if (vectorNames.length !== dimensions) {
    vectorNames = Array.from({ length: dimensions }, (_, d) => String(d));
    vectorHashes = vectorNames.map((name) => fnv1a(WORD_VECTOR_HEAD + name));
    vectorSum = new Float64Array(dimensions);
  }
  return vectorHashes;
}

/**
 * What the sum of `count` word vectors is multiplied by: `scale` over one more than the count, a
 * mean shrunk toward zero as if one more word, with a zero vector, were in the unit. A unit of
 * one or two words ("Rebates.") then pushes a model half or two thirds as far as its words alone
 * would: so few words say less about what a sentence is than a mean makes them say. On
 * ClaimBuster (CFS F1, grouped 4-fold / published protocol) the plain mean gave 0.784 / 0.787
 * and this 0.785 / 0.786, but the plain mean made the one-word unit "Rebates." check-worthy.
 */
export function wordVectorFactor(scale: number, count: number): number {
  return scale / (count + 1);
}

/**
 * The (shrunk, see {@link wordVectorFactor}) mean of the GloVe vectors of the unit's words, one
 * value per dimension, in a buffer reused by the next call; null when no word has a vector. A
 * lookup and an add per token: words without a vector (rare names, numbers, punctuation) and
 * function words ("the", "of", "is": they are in every sentence and pull every mean toward the
 * same point) are left out.
 */
function meanWordVector(span: TokenSpan, scale: number): Float64Array | null {
  wordVectorHashes();
  const vectors = contentWordVectors();
  const sum = vectorSum.fill(0);
  const dimensions = sum.length;
  let count = 0;
  for (let t = span.first; t < span.end; t += 1) {
    const vector = vectors.get((span.tokens[t] as Token).normal);
    if (vector === undefined) continue;
    count += 1;
    for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] as number) + (vector[d] as number);
  }
  if (count === 0) return null;
  const factor = wordVectorFactor(scale, count);
  for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] as number) * factor;
  return sum;
}

/**
 * What the word-vector features of unit `index` at `scale` are, `v:0`…`v:99` in order, for a
 * scorer that weighs them apart from the set (stance-model.ts); null when no word has a vector.
 * The array is reused by the next call.
 */
export function unitWordVector(context: AnalysisContext, index: number, scale: number): Float64Array | null {
  return meanWordVector(spanAt(context, index), scale);
}

/** The word-vector features of a unit: its mean word vector, one feature `v:d` per dimension. */
function addWordVectors(set: FeatureSet, span: TokenSpan, scale: number): void {
  const mean = meanWordVector(span, scale);
  if (mean === null) return;
  for (let d = 0; d < mean.length; d += 1) set.addPrehashed(WORD_VECTOR_HEAD, vectorNames[d] as string, vectorHashes[d] as number, mean[d] as number);
}

function spanAt(context: AnalysisContext, index: number): TokenSpan {
  const range = context.unitTokens[index];
  return range === undefined ? { tokens: context.tokens, first: 0, end: 0 } : { tokens: context.tokens, first: range.first, end: range.end };
}

/**
 * The features of unit `index` in `context`, by the given groups, in a new set or in `into`
 * (emptied first) when the caller reuses one set unit after unit.
 */
export function unitFeatureSet(context: AnalysisContext, index: number, groups: FeatureGroups = ALL_GROUPS, into?: FeatureSet): FeatureSet {
  const set = into?.clear() ?? new FeatureSet();
  const span = spanAt(context, index);
  addNamed(set, BIAS);
  if (groups.words) addWords(set, span, '', groups.bigrams);
  if (groups.charNgrams.length > 0) addCharNgrams(set, span, groups.charNgrams);
  if (groups.pos) {
    let previous = '<s>';
    for (let t = span.first; t < span.end; t += 1) {
      const token = span.tokens[t] as Token;
      set.addJoined('t:', token.pos);
      set.addPair('tt:', previous, token.pos);
      previous = token.pos;
    }
  }
  if (groups.rules) addRules(set, context, index, span);
  if (groups.position) addPosition(set, context, index);
  if (groups.neighbours) {
    addWords(set, spanAt(context, index - 1), 'prev:', false);
    addWords(set, spanAt(context, index + 1), 'next:', false);
  }
  if (groups.wordVectors !== 0) addWordVectors(set, span, groups.wordVectors);
  return set;
}
