/**
 * Target-aware features for stance: the unit's own features (unitFeatureSet) plus what it says
 * about one target. Target words are masked as `<T>`, so "we must ban <T>" and "<T> saves lives"
 * are learned once and carry over to any target the user names; the rest says whether and how
 * fully the unit mentions the target, the polarity of its wording (flipped by negation) near the
 * target and elsewhere, contrast words, and the inside of hashtags and @-names, where tweets put
 * their targets.
 */
import type { Token } from '../nlp/tokenize.ts';
import { tokenize } from '../nlp/tokenize.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import { tokensOf } from '../pipeline/context.ts';
import type { FeatureSet } from './feature-hashing.ts';
import { GLOVE_FEATURES } from './glove-vectors.ts';
import type { FeatureGroups } from './unit-feature-set.ts';
import { FEATURES_VERSION, unitFeatureSet } from './unit-feature-set.ts';
import { REVERSERS, wordPolarities } from './word-polarity.ts';

/**
 * Bump when these features change; a stance model records it and refuses other features. The
 * shipped groups read the GloVe vectors (STANCE_GROUPS), so their version is part of it.
 */
export const STANCE_FEATURES_VERSION = `${FEATURES_VERSION}+stance-features/2+${GLOVE_FEATURES}`;

/** Which stance feature groups a model uses. */
export interface StanceGroups {
  /** The target-blind features of the unit. */
  readonly unit: FeatureGroups;
  /** Words around each target mention, the target masked as `<T>`. */
  readonly targetContext: boolean;
  /** How many tokens either side of a mention count as its context. */
  readonly window: number;
  /** Character n-grams of these lengths inside hashtags and @-names. */
  readonly hashtagChars: readonly number[];
  /** Polarity and sentiment of the wording, apart for units that mention the target and units that do not. */
  readonly polarity: boolean;
  /** Character n-grams of these lengths over the unit's lower-cased text, spaces and punctuation included. */
  readonly textChars: readonly number[];
  /** Word trigrams. */
  readonly trigrams: boolean;
  /** Word polarity from wink's sentiment lexicon, flipped by negation and by reversers ("reduces crime"), near the target and apart. */
  readonly lexicon: boolean;
}

/** A stance target, prepared once for matching against many units. */
export interface StanceTarget {
  readonly text: string;
  /** Lemmas of its content words. */
  readonly lemmas: readonly string[];
  /** Lower case, letters and digits only: "Hillary Clinton" → "hillaryclinton", for hashtags. */
  readonly squashed: string;
  /** The target text in lower case, to compare with entity names. */
  readonly lower: string;
}

const LEXICAL_POS = new Set(['ADJ', 'ADV', 'NOUN', 'VERB', 'INTJ']);
const FUNCTION_POS = new Set(['DET', 'ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON', 'SYM', 'SPACE']);
/** Words the polarity features read; kept small and general on purpose (the model learns the rest). */
const FAVOR = new Set([
  'support', 'favor', 'favour', 'protect', 'defend', 'deserve', 'praise', 'love', 'like', 'admire', 'trust', 'recommend',
  'welcome', 'benefit', 'help', 'improve', 'strengthen', 'expand', 'fund', 'keep', 'choose', 'back', 'good', 'great',
  'right', 'fair', 'better', 'best', 'win', 'success', 'successful', 'worth', 'effective', 'safe', 'save', 'promote',
  'encourage', 'increase', 'reduce', 'prevent', 'positive', 'beneficial', 'important', 'necessary', 'essential', 'proud',
]);
const AGAINST = new Set([
  'oppose', 'ban', 'end', 'stop', 'abolish', 'blame', 'reject', 'destroy', 'kill', 'attack', 'hate', 'eliminate', 'cut',
  'remove', 'fight', 'condemn', 'criticise', 'criticize', 'fear', 'threaten', 'harm', 'hurt', 'fail', 'failure', 'bad',
  'wrong', 'worse', 'worst', 'corrupt', 'dangerous', 'false', 'against', 'neglect', 'violence', 'risk', 'damage',
  'undermine', 'lead', 'cause', 'problem', 'negative', 'harmful', 'unfair', 'illegal', 'evil', 'lie', 'murder', 'disgrace',
]);
const CONTRAST = new Set(['but', 'however', 'instead', 'rather', 'unlike', 'whereas', 'alternative', 'alternatives', 'than', 'versus', 'vs', 'vs.', 'although', 'though', 'yet']);

/** Prepared targets by text: the same few targets come back for every document. */
const prepared = new Map<string, StanceTarget>();
const PREPARED_LIMIT = 10_000;

/** Prepares a target for matching (once per target text). */
export function stanceTarget(text: string): StanceTarget {
  const known = prepared.get(text);
  if (known !== undefined) return known;
  const { tokens } = tokenize(text);
  const lemmas = [...new Set(tokens.filter((t) => !FUNCTION_POS.has(t.pos) && /\p{L}/u.test(t.value)).map((t) => t.lemma))];
  const target: StanceTarget = { text, lemmas, squashed: text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''), lower: text.toLowerCase() };
  if (prepared.size >= PREPARED_LIMIT) prepared.clear();
  prepared.set(text, target);
  return target;
}

const isTag = (token: Token): boolean => token.type === 'hashtag' || token.type === 'mention';
const bodyOf = (token: Token): string => token.normal.replace(/^[#@]+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** A hashtag or @-name holds the target when it contains the whole squashed target or one of its longer words. */
function tagMentions(token: Token, target: StanceTarget): boolean {
  const body = bodyOf(token);
  if (body.length < 3) return false;
  if (target.squashed.length >= 3 && body.includes(target.squashed)) return true;
  return target.lemmas.some((lemma) => lemma.length >= 5 && body.includes(lemma));
}

/**
 * Two forms of one word: the same lemma, or long words that differ only in their last letters
 * ("atheism"/"atheist", "feminism"/"feminist", "legalization"/"legalize"), not "government"/"governor".
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= shorter - 1;
}

/**
 * Whether `text` in lower case is `lower`, without building the lower-case copy when the lengths
 * differ (so a rare letter whose lower case is longer, such as "İ", never matches).
 */
function sameLetters(text: string, lower: string): boolean {
  return text.length === lower.length && text.toLowerCase() === lower;
}

/** The target lemma `word` is a form of, or null. */
function lemmaOf(word: string, target: StanceTarget): string | null {
  // A target has a few lemmas and sameWord fails on the first letter mostly: a scan beats a cache.
  for (const lemma of target.lemmas) if (sameWord(lemma, word)) return lemma;
  return null;
}

/**
 * The target lemma a token's lemma or, failing that, its normal form is a form of, or null. Most
 * tokens' lemma is their normal form, and the stance pass asks this of every token for every
 * target, so the second scan is skipped when it would repeat the first.
 */
function tokenLemmaOf(token: Token, target: StanceTarget): string | null {
  return lemmaOf(token.lemma, target) ?? (token.normal === token.lemma ? null : lemmaOf(token.normal, target));
}

interface TargetMatch {
  /** Parallel to the unit's tokens: true where a token names the target. */
  readonly marks: boolean[];
  /** The target lemmas named; '#' for a hashtag or entity that names the whole target. */
  readonly found: Set<string>;
}

/** Which tokens of unit `index` name the target: its words, a hashtag holding it, or an entity of that name. */
function matchTarget(context: AnalysisContext, index: number, target: StanceTarget): TargetMatch {
  const tokens = tokensOf(context, index);
  const found = new Set<string>();
  const marks = tokens.map((t) => {
    if (isTag(t)) {
      const named = tagMentions(t, target);
      if (named) found.add('#');
      return named;
    }
    const lemma = tokenLemmaOf(t, target);
    if (lemma !== null) found.add(lemma);
    return lemma !== null;
  });
  const unit = context.units[index];
  for (const entity of unit?.entities ?? []) {
    if (!sameLetters(entity.name, target.lower) && !sameLetters(entity.text, target.lower)) continue;
    found.add('#');
    tokens.forEach((t, i) => {
      if (t.start >= entity.start && t.end <= entity.end) marks[i] = true;
    });
  }
  return { marks, found };
}

/**
 * Whether unit `index` mentions the target: an entity or hashtag naming it, or at least half of
 * its content words ("abortion" for "Legalization of Abortion", "climate change" for "Climate
 * Change is a Real Concern").
 */
export function mentionsTarget(context: AnalysisContext, index: number, target: StanceTarget): boolean {
  // The rule stance pass asks this of every unit for every target: no per-token marks, and an early answer.
  const range = context.unitTokens[index];
  if (range === undefined) return false;
  for (const entity of context.units[index]?.entities ?? []) {
    if (sameLetters(entity.name, target.lower) || sameLetters(entity.text, target.lower)) return true;
  }
  const needed = Math.ceil(target.lemmas.length / 2);
  let found: Set<string> | null = null;
  for (let t = range.first; t < range.end; t += 1) {
    const token = context.tokens[t];
    if (token === undefined) continue;
    if (isTag(token)) {
      if (tagMentions(token, target)) return true;
      continue;
    }
    const lemma = tokenLemmaOf(token, target);
    if (lemma === null) continue;
    found ??= new Set();
    found.add(lemma);
    if (target.lemmas.length > 0 && found.size >= needed) return true;
  }
  return false;
}

function polaritySign(token: Token): number {
  const sign = FAVOR.has(token.lemma) ? 1 : AGAINST.has(token.lemma) ? -1 : 0;
  return token.negated ? -sign : sign;
}

/** The masked word at `i`: numbers by shape, negated words marked, punctuation kept. */
function maskedWord(token: Token): string {
  const word = /^\d/.test(token.value) ? '#num' : isTag(token) ? token.normal.slice(0, 1) : token.normal;
  return token.negated ? `not_${word}` : word;
}

function addTargetContext(set: FeatureSet, tokens: readonly Token[], marks: readonly boolean[], window: number): void {
  // The unit as a sequence with each run of target tokens collapsed to one <T>.
  const words: string[] = [];
  const targetAt: number[] = [];
  tokens.forEach((token, i) => {
    if (marks[i] === true) {
      if (marks[i - 1] !== true) {
        targetAt.push(words.length);
        words.push('<T>');
      }
    } else words.push(maskedWord(token));
  });
  for (const p of targetAt) {
    for (let d = 1; d <= window; d += 1) {
      const left = words[p - d];
      const right = words[p + d];
      if (left !== undefined && left !== '<T>') set.add(`sx:L:${left}`);
      if (right !== undefined && right !== '<T>') set.add(`sx:R:${right}`);
    }
    const [l2, l1, r1, r2] = [words[p - 2] ?? '<s>', words[p - 1] ?? '<s>', words[p + 1] ?? '</s>', words[p + 2] ?? '</s>'];
    set.add(`sx:b:${l1}_<T>`);
    set.add(`sx:b:<T>_${r1}`);
    set.add(`sx:t:${l2}_${l1}_<T>`);
    set.add(`sx:t:<T>_${r1}_${r2}`);
    set.add(`sx:at=${p === 0 ? 'start' : p >= words.length - 2 ? 'end' : 'middle'}`);
  }
}

function addPolarity(set: FeatureSet, tokens: readonly Token[], marks: readonly boolean[], window: number, sentiment: number, mentioned: boolean): void {
  const where = mentioned ? 'm' : 'u';
  let total = 0;
  let near = 0;
  let contrastAt = -1;
  let firstTarget = -1;
  tokens.forEach((token, i) => {
    if (marks[i] === true && firstTarget < 0) firstTarget = i;
    if (CONTRAST.has(token.normal) && contrastAt < 0) contrastAt = i;
    const sign = polaritySign(token);
    if (sign === 0) return;
    total += sign;
    let close = false;
    for (let d = -window; d <= window && !close; d += 1) close = marks[i + d] === true;
    if (close) near += sign;
  });
  set.add(`sx:${where}:polarity`, Math.max(-2, Math.min(2, total)) / 2);
  set.add(`sx:${where}:sentiment`, sentiment);
  if (near !== 0) set.add(`sx:near-polarity=${near > 0 ? '+' : '-'}`);
  if (tokens.some((t) => t.negated)) set.add(`sx:${where}:negated`);
  if (contrastAt >= 0) set.add(`sx:contrast${firstTarget < 0 ? '' : firstTarget < contrastAt ? ':target-before' : ':target-after'}`);
}

function addTagChars(set: FeatureSet, tokens: readonly Token[], sizes: readonly number[]): void {
  for (const token of tokens) {
    if (!isTag(token)) continue;
    const body = `<${bodyOf(token)}>`;
    for (const n of sizes) for (let i = 0; i + n <= body.length; i += 1) set.add(`hc${n}:${body.slice(i, i + n)}`);
  }
}

function addTextChars(set: FeatureSet, text: string, sizes: readonly number[]): void {
  const padded = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  for (const n of sizes) for (let i = 0; i + n <= padded.length; i += 1) set.add(`tc${n}:${padded.slice(i, i + n)}`);
}

function addTrigrams(set: FeatureSet, tokens: readonly Token[]): void {
  const words = ['<s>', '<s>', ...tokens.map((t) => (/^\d/.test(t.value) ? '#num' : t.normal)), '</s>'];
  for (let i = 2; i < words.length; i += 1) set.add(`w3:${words[i - 2] ?? ''}_${words[i - 1] ?? ''}_${words[i] ?? ''}`);
}

const signOf = (x: number): string => (x > 0.05 ? 'pos' : x < -0.05 ? 'neg' : 'zero');
const clip = (x: number): number => Math.max(-2, Math.min(2, x)) / 2;

function addLexicon(set: FeatureSet, tokens: readonly Token[], marks: readonly boolean[], window: number, mentioned: boolean): void {
  // Only content words can carry polarity; asking for no other keeps wink's lexicon look-ups few.
  const normals = wordPolarities(tokens.map((t) => (LEXICAL_POS.has(t.pos) ? t.normal : '')));
  const lemmas = wordPolarities(tokens.map((t) => (LEXICAL_POS.has(t.pos) ? t.lemma : '')));
  let all = 0;
  let near = 0;
  let before = 0;
  let after = 0;
  const first = marks.indexOf(true);
  tokens.forEach((token, i) => {
    if (marks[i] === true) {
      for (let d = 1; d <= 2; d += 1) if (REVERSERS.has(tokens[i - d]?.lemma ?? '')) set.add('sx:reverser-before-target');
      return;
    }
    let p = normals[i] || lemmas[i] || 0;
    if (p === 0) return;
    if (token.negated) p = -p;
    for (let d = 1; d <= 3; d += 1) if (REVERSERS.has(tokens[i - d]?.lemma ?? '')) p = -p;
    all += p;
    let close = false;
    for (let d = -window; d <= window && !close; d += 1) close = marks[i + d] === true;
    if (close) near += p;
    if (first >= 0) {
      if (i < first) before += p;
      else after += p;
    }
  });
  set.add('sx:lex:all', clip(all));
  set.add(`sx:lex-${mentioned ? 'm' : 'u'}=${signOf(all)}`);
  if (mentioned) {
    set.add('sx:lex:near', clip(near));
    set.add('sx:lex:before', clip(before));
    set.add('sx:lex:after', clip(after));
    set.add(`sx:lex-near=${signOf(near)}`);
  }
}

/** The stance features of unit `index` toward `target`, in a new set or in `into` (emptied first) when the caller reuses one. */
export function stanceFeatureSet(context: AnalysisContext, index: number, target: StanceTarget, groups: StanceGroups, into?: FeatureSet): FeatureSet {
  const set = unitFeatureSet(context, index, groups.unit, into);
  const tokens = tokensOf(context, index);
  const { marks, found } = matchTarget(context, index, target);
  const mentioned = found.size > 0;
  const covered = target.lemmas.filter((l) => found.has(l)).length / Math.max(1, target.lemmas.length);
  set.add(`sx:mention=${!mentioned ? 'none' : covered >= 1 || found.has('#') ? 'full' : 'partial'}`);
  if (mentioned) set.add('sx:coverage', covered);
  if (groups.targetContext && mentioned) addTargetContext(set, tokens, marks, groups.window);
  if (groups.polarity) {
    const range = context.unitTokens[index];
    const sentiment = range === undefined ? 0 : (context.tokenSentiment[range.first] ?? 0);
    addPolarity(set, tokens, marks, groups.window, sentiment, mentioned);
  }
  if (groups.lexicon) addLexicon(set, tokens, marks, groups.window, mentioned);
  if (groups.hashtagChars.length > 0) addTagChars(set, tokens, groups.hashtagChars);
  if (groups.textChars.length > 0) addTextChars(set, context.units[index]?.text ?? '', groups.textChars);
  if (groups.trigrams) addTrigrams(set, tokens);
  return set;
}
