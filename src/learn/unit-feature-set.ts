/**
 * The features a learned decision sees about one unit: its words and word pairs, character
 * n-grams, parts of speech, the rule-based annotations (kind, certainty, markers, quantities,
 * times, entities, flags), its position, and words of its neighbours. Training and inference both
 * call this one function, so a model always sees features made the same way.
 */
import type { Token } from '../nlp/tokenize.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import { openingMarkers } from '../passes/opening-marker.ts';
import { FeatureSet, fnv1a } from './feature-hashing.ts';

/** Bump when features change: models record it and must be retrained to match. */
export const FEATURES_VERSION = 'unit-features/1';

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
}

export const ALL_GROUPS: FeatureGroups = Object.freeze({
  words: true,
  bigrams: true,
  charNgrams: [3, 4],
  pos: true,
  rules: true,
  position: true,
  neighbours: true,
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

/** A unit's rule features by name, hashed, with their values. */
interface RuleFeatures {
  readonly names: string[];
  readonly hashes: number[];
  readonly values: number[];
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
  for (let i = 0; i < rules.names.length; i += 1) set.addHashed(rules.names[i] as string, rules.hashes[i] as number, rules.values[i] as number);
}

function ruleFeatures(context: AnalysisContext, index: number, span: TokenSpan): RuleFeatures {
  const names: string[] = [];
  const values: number[] = [];
  const add = (name: string, value = 1): void => {
    // As FeatureSet.add does: a zero value is no feature.
    if (value === 0) return;
    names.push(name);
    values.push(value);
  };
  const unit = context.units[index];
  const features = context.features[index];
  const range = context.unitTokens[index];
  if (unit === undefined || features === undefined || range === undefined) return { names, hashes: [], values };
  add(`r:kind=${context.rules.kind[index] ?? 'none'}`);
  add(`r:certainty=${context.rules.certainty[index] ?? 'certain'}`);
  if (unit.concession) add('r:concession');
  if (unit.listMarker !== null) add('r:list-item');
  for (const marker of openingMarkers(context.tokens, range)) add(`r:opens=${marker.value}`);
  for (const q of unit.quantities) add(`r:quantity=${q.unit ?? 'none'}`);
  if (unit.quantities.length > 0) add('r:has-quantity');
  if (unit.times.length > 0) add('r:has-time');
  for (const e of unit.entities) add(`r:entity=${e.type}`);
  for (const f of unit.flags) add(`r:flag=${f.type}`);
  if (features.question) add('r:question');
  if (features.obligation !== null) add('r:obligation');
  if (features.future !== null) add('r:future');
  if (features.imperative !== null) add('r:imperative');
  if (features.firstPersonSingular) add('r:i');
  if (features.firstPersonPlural) add('r:we');
  if (features.secondPerson) add('r:you');
  if (features.pastTense) add('r:past');
  if (features.opinionMarker !== null) add('r:opinion-marker');
  if (features.reporting !== null) add('r:reporting');
  if (features.comparative) add('r:comparative');
  add('r:evaluative', Math.min(features.evaluative, 4) / 4);
  add('r:sentiment', features.sentiment);
  add(`r:length=${Math.min(Math.floor(Math.log2(1 + features.words)), 6)}`);
  for (let t = span.first; t < span.end; t += 1) {
    if (span.tokens[t]?.negated === true) {
      add('r:negated');
      break;
    }
  }
  return { names, hashes: names.map((name) => fnv1a(name)), values };
}

function addPosition(set: FeatureSet, context: AnalysisContext, index: number): void {
  const unit = context.units[index];
  if (unit === undefined) return;
  const count = context.units.length;
  set.add(`p:doc=${Math.min(Math.floor((index / Math.max(count, 1)) * 5), 4)}`);
  if (index === 0) set.add('p:first');
  if (index === count - 1) set.add('p:last');
  const previous = context.units[index - 1];
  const next = context.units[index + 1];
  if (previous === undefined || previous.paragraph !== unit.paragraph) set.add('p:opens-paragraph');
  if (next === undefined || next.paragraph !== unit.paragraph) set.add('p:closes-paragraph');
  if (previous !== undefined && previous.sentence === unit.sentence) set.add('p:same-sentence-as-previous');
  if (unit.speaker !== null && previous !== undefined && previous.speaker !== unit.speaker) set.add('p:new-speaker');
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
  set.add('bias');
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
  return set;
}
