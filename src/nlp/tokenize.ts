/**
 * Tokens with character offsets, from one wink-nlp pass over the whole text.
 *
 * wink-nlp gives token values and the whitespace before each, not offsets; we rebuild offsets by
 * walking the text, and fall back to a search when wink normalises a character (rare, but it keeps
 * the `text.slice(start, end) === token` invariant unconditional).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { FILLER } from '../parse/source-document.ts';
import { startsWithCapital } from './letter-case.ts';
import { iAmCuts } from './i-am.ts';
import { insertSpaces } from './inserted-spaces.ts';
import { longRunCuts } from './long-runs.ts';

/** Universal POS tag as wink-nlp assigns it (NOUN, VERB, AUX, PROPN, NUM, PUNCT, SPACE, …). */
export type PartOfSpeech = string;

/** One token of the text; struct-of-arrays would be faster still, but objects keep passes readable. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The text as written, with character references decoded (so it may differ from the raw slice). */
  readonly value: string;
  /** Lower-cased, contractions expanded ("n't" → "not"). */
  readonly normal: string;
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** wink's token type: word, number, punctuation, decade, currency, email, url, tabCRLF, … */
  readonly type: string;
  /** True when the token lies in the scope of a negation ("not", "never", …). */
  readonly negated: boolean;
}

/** The text's tokens (white space dropped) with wink's sentence boundaries and sentiment. */
export interface TokenizedText {
  readonly tokens: readonly Token[];
  /** Parallel to `tokens`: true where wink starts a sentence. */
  readonly sentenceStart: readonly boolean[];
  /** Parallel to `tokens`: wink's sentiment (-1..1) of the sentence the token lies in. */
  readonly sentiment: readonly number[];
}

/** The part of wink's core model that holds its lexicon: every word's index, and the words in index order. */
interface WinkLexemes {
  readonly hash: Record<string, number>;
  readonly list: readonly string[];
  readonly intrinsicSize: number;
}

/**
 * How long wink's word list may grow before a fresh instance replaces it (~50 ms to make). Each
 * text's learned words are forgotten (see {@link forgetLearned}) but stay in the list, and past
 * 2^17 words a few words read their lemma from whichever word was learned at some index beyond
 * it: "cannot", "cant" and "DONT" came out with the lemmas "i'm", "allawi" or "#SemST" depending
 * on what had been read before. Of 28,328 texts (the bench corpus, ClaimBuster, SemEval and
 * CheckThat! tweets, ARCT essays), each tokenized after all the others, 8 differed from a fresh
 * read with a limit of 200,000 learned words (about 288,000 in the list), none with this one.
 */
const MAX_WORDS = 2 ** 17;

const loaders = model as unknown as { core: () => { features: { lexeme: WinkLexemes } }; metaCER: () => unknown };
// The model's `metaCER()` re-stringifies its own previous result on every call (the string grows
// with each instance made, until JSON.stringify throws), so every instance gets the first result;
// it only serves custom entities, which argscope does not use.
let metaCER: unknown = null;

/** A wink instance and the lexicon it reads. */
interface WinkInstance {
  readonly nlp: ReturnType<typeof winkNLP>;
  readonly lexemes: WinkLexemes;
}

function createNlp(): WinkInstance {
  let lexemes: WinkLexemes | null = null;
  // wink builds its core model (and lexicon) inside winkNLP() and keeps it private; wrapping
  // `core` is the one way to reach the lexicon this instance reads.
  const captured = {
    ...model,
    core: () => {
      const built = loaders.core();
      lexemes = built.features.lexeme;
      return built;
    },
    metaCER: () => (metaCER ??= loaders.metaCER()),
  };
  // Only the annotations argscope reads: sentence breaks, negation, sentiment and POS; wink's own
  // entity recogniser is skipped (it finds dates and numbers we parse ourselves), ~25% faster.
  const nlp = winkNLP(captured, ['sbd', 'negation', 'sentiment', 'pos']);
  if (lexemes === null) throw new Error('wink-nlp did not load its core model');
  return { nlp, lexemes };
}

let wink = createNlp();

/**
 * Makes wink forget the words it learned from one text, so no text's tokens depend on what the
 * process tokenized before. wink adds every word it has not seen to a lexicon shared by all its
 * documents, and its tokenizer takes any lexicon word whole: after "the president's." (where
 * "president's" is split from the full stop and learned as one word), "the president's plan" gave
 * the token "president's" instead of "president" + "'s", in every later text, so a model's features
 * (and `npm run train`'s models/kind.json) depended on which texts had been analysed earlier.
 * Only the name → index entries go: the list and wink's private per-word data stay aligned by
 * index, and a word met again is simply learned again, under a new index.
 */
function forgetLearned(lexemes: WinkLexemes, from: number): void {
  const { hash, list } = lexemes;
  for (let index = from; index < list.length; index += 1) {
    const word = list[index] as string;
    if (hash[word] === index) delete hash[word];
  }
}

/**
 * True for a word in wink's own English lexicon (lower case; words learned from texts do not
 * count). Reading it changes no token: the verdict terms use it to choose between two readings
 * of a word form ("raped": "rap" + "-ed" or "rape" + "-d"; "vetoes": "vetoe" or "veto").
 */
export function isKnownWord(word: string): boolean {
  const index = wink.lexemes.hash[word];
  return index !== undefined && index < wink.lexemes.intrinsicSize;
}

/**
 * True for the characters wink splits tokens on and keeps only as a count (its tokenizer's space
 * class; line breaks and tabs are tokens of their own). A token starts after the run of them that
 * follows the one before, so its offset needs no `its.precedingSpaces`, which rebuilt a string of
 * spaces for every token: 2-3% of tokenize() (CPU time over the bench corpus, alternating).
 */
function isWinkSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || (code >= 0x2002 && code <= 0x2005) || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f;
}

/** The first position at or after `from` that is not one of wink's spaces. */
function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isWinkSpace(text.charCodeAt(at))) at += 1;
  return at;
}

/** wink expands "'re" to "are" but leaves the "'m" of the "I 'm" it is given (see i-am.ts) as is. */
function amForM(normal: string): string {
  return normal.length === 2 && (normal === "'m" || normal === '’m') ? 'am' : normal;
}

/** Two ascending lists of indices as one. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  if (a.length === 0) return b as number[];
  if (b.length === 0) return a as number[];
  return [...a, ...b].sort((x, y) => x - y);
}

/** `plain` without FILLER characters, and where each of its code units came from. */
function removeFillers(plain: string): { text: string; origin: (index: number) => number } {
  if (!plain.includes(FILLER)) return { text: plain, origin: (index) => index };
  const kept: number[] = [];
  for (let i = 0; i < plain.length; i += 1) if (plain[i] !== FILLER) kept.push(i);
  return { text: plain.split(FILLER).join(''), origin: (index) => kept[index] ?? plain.length };
}

/** What tokenize() reads off wink's document, per token and per sentence. */
interface WinkReading {
  /** How many words the instance's list held before this text. */
  readonly knownBefore: number;
  readonly values: string[];
  readonly normals: string[];
  readonly lemmas: string[];
  readonly tags: string[];
  readonly types: string[];
  readonly negations: boolean[];
  readonly spans: [number, number][];
  readonly sentiments: number[];
}

/** Reads `text` with `instance`, which forgets the words the text taught it. */
function readWithWink(instance: WinkInstance, text: string): WinkReading {
  const { nlp, lexemes } = instance;
  const its = nlp.its;
  const knownBefore = lexemes.list.length;
  try {
    const doc = nlp.readDoc(text);
    const tokenSet = doc.tokens();
    return {
      knownBefore,
      values: tokenSet.out(its.value) as string[],
      normals: tokenSet.out(its.normal) as string[],
      // wink's typings declare `its.lemma` with an addon signature `out()` does not accept; it works.
      lemmas: tokenSet.out(its.lemma as never) as string[],
      tags: tokenSet.out(its.pos) as string[],
      types: tokenSet.out(its.type) as string[],
      negations: tokenSet.out(its.negationFlag) as boolean[],
      spans: doc.sentences().out(its.span) as unknown as [number, number][],
      sentiments: doc.sentences().out(its.sentiment) as unknown as number[],
    };
  } finally {
    forgetLearned(lexemes, knownBefore);
  }
}

/**
 * Tokenizes `plain` (a source document's plain text) once. Offsets are UTF-16 code units into it,
 * and so into the original text; a token's `value` is the decoded form.
 */
export function tokenize(plain: string): TokenizedText {
  const unfilled = removeFillers(plain);
  // wink reads the text with a space before the apostrophe of "I'm" (see i-am.ts) and long runs
  // broken (see long-runs.ts); offsets map back through both steps.
  const broken = insertSpaces(unfilled.text, mergeAscending(iAmCuts(unfilled.text), longRunCuts(unfilled.text)));
  const text = broken.text;
  const origin = broken.text === unfilled.text ? unfilled.origin : (index: number): number => unfilled.origin(broken.origin(index));
  if (wink.lexemes.list.length >= MAX_WORDS) wink = createNlp();
  let read = readWithWink(wink, text);
  // A text that took the list past the limit is read again by a fresh instance, so that it reads
  // as it would at the start of a process (one so long that it passes the limit on its own is then
  // read as at the start of a process every time, which is all that can be asked).
  if (wink.lexemes.list.length > MAX_WORDS && read.knownBefore > wink.lexemes.intrinsicSize) {
    wink = createNlp();
    read = readWithWink(wink, text);
  }
  const { values, normals, lemmas, tags, types, negations, spans, sentiments } = read;
  const tokens: Token[] = [];
  const sentenceStart: boolean[] = [];
  const sentiment: number[] = [];
  let sentence = 0;
  let startsSentence = true;
  let afterScaleStop = false;
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    let start = skipSpaces(text, cursor);
    const inPlace = text.startsWith(value, start);
    if (!inPlace) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : start;
    }
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    while (sentence < spans.length && (spans[sentence]?.[1] ?? Infinity) < i) {
      sentence += 1;
      startsSentence = true;
    }
    if (value.trim() === '') continue;
    const previous = tokens.at(-1);
    const opensSentence = startsSentence || (spans[sentence]?.[0] ?? -1) === i || (afterScaleStop && startsWithCapital(value));
    afterScaleStop = false;
    // wink reads "k." in "$19k." or "m." in "5 m." as an abbreviation, swallowing the full stop and
    // the sentence boundary after it; after a number, a single letter and "." are a unit and a stop.
    if (value.length === 2 && value.charCodeAt(1) === 46 && previous?.type === 'number' && end - start === 2 && /^\p{L}\.$/u.test(value)) {
      const letter = value.slice(0, 1);
      tokens.push({ start: origin(start), end: origin(start) + 1, value: letter, normal: letter.toLowerCase(), lemma: letter.toLowerCase(), pos: tags[i] ?? 'NOUN', type: 'word', negated: negations[i] ?? false });
      tokens.push({ start: origin(start + 1), end: origin(start + 1) + 1, value: '.', normal: '.', lemma: '.', pos: 'PUNCT', type: 'punctuation', negated: false });
      sentenceStart.push(opensSentence, false);
      sentiment.push(sentiments[sentence] ?? 0, sentiments[sentence] ?? 0);
      afterScaleStop = true;
      startsSentence = false;
      continue;
    }
    tokens.push({
      start: origin(start),
      // Up to the next kept character, so the FILLER padding a decoded reference stays in its token.
      end: end > start ? origin(end) : origin(start),
      value: inPlace ? value : text.slice(start, end),
      normal: amForM(normals[i] ?? value.toLowerCase()),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: tags[i] ?? 'X',
      type: types[i] ?? 'word',
      negated: negations[i] ?? false,
    });
    sentenceStart.push(opensSentence);
    sentiment.push(sentiments[sentence] ?? 0);
    startsSentence = false;
  }
  return { tokens, sentenceStart, sentiment };
}

/**
 * Tokenizes many short strings (phrases, gazetteer names) in one wink pass: much faster than one
 * pass each, which matters at start-up. Each string's tokens keep offsets into that string.
 */
export function tokenizeMany(strings: readonly string[]): Token[][] {
  const separator = '\n\n';
  const starts: number[] = [];
  let joined = '';
  for (const s of strings) {
    starts.push(joined.length);
    joined += s.replace(/\n/g, ' ') + separator;
  }
  const result: Token[][] = strings.map(() => []);
  let which = 0;
  for (const token of tokenize(joined).tokens) {
    while (which + 1 < starts.length && token.start >= (starts[which + 1] ?? Infinity)) which += 1;
    const offset = starts[which] ?? 0;
    result[which]?.push({ ...token, start: token.start - offset, end: token.end - offset });
  }
  return result;
}
