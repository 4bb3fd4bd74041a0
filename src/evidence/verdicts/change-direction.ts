/**
 * Which way a change goes, from its words. A claim's "doubled" or "halved" becomes a percent with
 * no sign (facts write "fell 50 percent" too), so before such a figure is compared the fact must say
 * the same way: "halved" against "rose 50 percent" is no support, and "doubled" against "fell 95
 * percent" no contradiction of the size. Unknown or mixed wording leaves the two not compared.
 *
 * A figure with a number of its own is stated the same way ("exports rose 12 percent", "a 40
 * percent reduction"), and facts too give the size as a plain number beside a word of rise or fall:
 * so the number alone fits "rose 12 percent" to "exports fell 12 percent", which is no support but
 * the opposite claim. When both sides name a way and the ways differ, the fact contradicts the
 * claim whatever the number (compare-figure.ts).
 */
import type { Token } from '../../nlp/tokenize.ts';
import { CLAUSE_BREAKS } from './compare-measure.ts';
import { baselineLater, comparesWithEarlierTime } from './baseline-comparative.ts';

export type Direction = 'up' | 'down';

const UP = new Set(['increase', 'rise', 'rose', 'risen', 'grow', 'grew', 'growth', 'jump', 'surge', 'climb', 'gain', 'double', 'triple', 'quadruple', 'higher', 'up', 'soar']);
const DOWN = new Set(['decrease', 'decline', 'drop', 'fall', 'fell', 'fallen', 'cut', 'reduce', 'reduction', 'lose', 'loss', 'lower', 'fewer', 'down', 'halve', 'shrink', 'plunge']);

/** The way one word names, if any. */
function directionOf(token: Token): Direction | null {
  const lemma = token.lemma.toLowerCase();
  if (UP.has(token.normal) || UP.has(lemma)) return 'up';
  if (DOWN.has(token.normal) || DOWN.has(lemma)) return 'down';
  return null;
}

/** The direction the words name, or null when they name none or both. */
export function directionOfWords(tokens: readonly Token[]): Direction | null {
  let up = false;
  let down = false;
  for (const token of tokens) {
    const way = directionOf(token);
    if (way === 'up') up = true;
    if (way === 'down') down = true;
  }
  return up === down ? null : up ? 'up' : 'down';
}

/** How far either side of a figure the words of its change are looked for, within its clause. */
const WINDOW = 6;

/**
 * Comparatives that set two things side by side as often as two times: "20 percent higher than
 * in Ohio" is no rise, nor "fewer than 500" a fall. With "than" in the clause they name no way
 * unless it compares with an earlier time (baseline-comparative.ts).
 */
const COMPARATIVES = new Set(['higher', 'lower', 'fewer']);

/** Words that deny the change beside them. */
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/**
 * Words right before a figure that make it a level left or reached, not the size of a change: in
 * "prices are up 4 percent, down from 9 percent" the 9 percent is last year's rise, and "down"
 * says how the 4 compares with it; "inflation fell to 4 percent" is a level of 4 percent.
 */
const LEVEL_BEFORE = new Set(['from', 'to']);

/** Determiners before which a participle describes the figure ("an estimated 5 percent") rather than governs it. */
const DETERMINERS = new Set(['a', 'an', 'the']);

/** Parts of speech of the words that may follow a figure in its own noun phrase: "a 40 percent overall reduction". */
const NOMINAL_AFTER = new Set(['NOUN', 'PROPN', 'ADJ', 'ADV']);

/** Particles that state a figure's way by themselves ("were down 78 percent"). */
const PARTICLES = new Set(['up', 'down']);

/** Words that join another clause before the figure's: "exports shrank in 2014 but grew 12 percent". */
const JOINS = new Set(['but', 'and', 'or', 'while', 'whereas', 'as', 'after', 'before', 'because', 'although', 'though', 'when', 'since', 'yet']);

/** Words of "as much as 12 percent", where "as" joins no clause. */
const AS_MUCH = new Set(['much', 'many', 'high', 'low', 'large', 'little', 'few', 'great', 'far', 'long']);

/** True when the word at `index` joins another clause: not the "as" of "as much as". */
function joins(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!JOINS.has(token.normal)) return false;
  return token.normal !== 'as' || (!AS_MUCH.has(tokens[index - 1]?.normal ?? '') && !AS_MUCH.has(tokens[index + 1]?.normal ?? ''));
}

/**
 * The words that can name the way of the figure at tokens `[first, end)`, within `[from, to)`.
 *
 * Before the figure, back to a word that joins another clause ("but", "while"…) and no further than
 * the verb that governs the figure when that verb names no way: the words before it are its subject
 * or its cause and name no change of the figure ("tax cuts raised revenue 5 percent", "lower gas
 * prices boosted spending 5 percent"). A verb that names a way does not end the search, since its
 * subject may name the other ("the tax cut increased the deficit", "GDP growth fell 2 percent":
 * which way growth itself went the words do not say), nor does a participle after a determiner
 * ("an estimated 12 percent"), which describes the figure. "Up" and "down" state the way and end
 * it ("lower-income wages were up 3 percent"); "from" or "to" right before the figure end it at once
 * (LEVEL_BEFORE).
 *
 * After the figure, only the nouns, adjectives and adverbs of its own phrase ("a 40 percent
 * reduction", "20 percent higher"), not a later phrase ("rose 5 percent in 2018 as tax cuts took
 * effect").
 */
function wordsOfChange(tokens: readonly Token[], first: number, end: number, from: number, to: number): Token[] {
  const words: Token[] = [];
  // The quantities pass may take the "from" into the figure ("from 9 percent").
  const level = LEVEL_BEFORE.has(tokens[first]?.normal ?? '');
  for (let i = first - 1; i >= from && !level; i -= 1) {
    const token = tokens[i] as Token;
    if (LEVEL_BEFORE.has(token.normal) && words.every((t) => !isWord(t))) break;
    if (joins(tokens, i)) break;
    const way = directionOf(token);
    if (token.pos === 'VERB' && way === null && !DETERMINERS.has(tokens[i - 1]?.normal ?? '')) break;
    words.push(token);
    if (PARTICLES.has(token.normal)) break;
  }
  for (let i = end; i < to; i += 1) {
    const token = tokens[i] as Token;
    // Inside a hyphenated compound ("year-over-year decline") every piece belongs to the phrase.
    const hyphened = token.value === '-' || tokens[i - 1]?.value === '-';
    if (!hyphened && !NOMINAL_AFTER.has(token.pos)) break;
    words.push(token);
  }
  return words;
}

/** True for a word rather than a number, a symbol or a determiner ("from a 9 percent rise"). */
function isWord(token: Token): boolean {
  return token.pos !== 'DET' && token.pos !== 'ADV' && token.pos !== 'NUM' && token.pos !== 'SYM' && token.pos !== 'PUNCT';
}

/** The words around a figure its way is read from: up to a clause break, at most six words either side. */
function clauseWindow(tokens: readonly Token[], first: number, end: number): { from: number; to: number } {
  let from = first;
  while (from > 0 && first - from < WINDOW && !CLAUSE_BREAKS.has(tokens[from - 1]?.value ?? '')) from -= 1;
  let to = end;
  while (to < tokens.length && to - end < WINDOW && !CLAUSE_BREAKS.has(tokens[to]?.value ?? '')) to += 1;
  return { from, to };
}

/** True when the figure at tokens `[first, end)` is compared with an earlier time ("12 percent lower than in 2014": baseline-comparative.ts). */
export function againstEarlierTime(tokens: readonly Token[], first: number, end: number): boolean {
  const { from, to } = clauseWindow(tokens, first, end);
  return comparesWithEarlierTime(tokens, from, to);
}

/**
 * The way the change of the figure at tokens `[first, end)` goes, from the words of its clause
 * (up to a clause break, at most six words either side) that can describe it (see wordsOfChange):
 * "rose 12 percent", "a 40-percent reduction", "down 78 percent". Null when they name no way or
 * both ("the tax cut increased the deficit by $1 trillion" has a cut and an increase), only a
 * comparative beside "than", or a negation in the clause ("did not rise 12 percent").
 */
export function directionAround(tokens: readonly Token[], first: number, end: number): Direction | null {
  const { from, to } = clauseWindow(tokens, first, end);
  const clause = tokens.slice(from, to);
  // "Exports did not rise 12 percent" denies a way rather than naming one.
  if (clause.some((t) => t.negated || NEGATIONS.has(t.normal))) return null;
  // "Lower than in 2014" is a fall since 2014 (baseline-comparative.ts); "higher than in Ohio" no way.
  const than = clause.some((t) => t.normal === 'than') && !comparesWithEarlierTime(tokens, from, to);
  const way = directionOfWords(wordsOfChange(tokens, first, end, from, to).filter((t) => !(than && COMPARATIVES.has(t.normal))));
  // "12 percent higher in 2014 than in 2015" is a fall from 2014 to 2015 (baseline-comparative.ts).
  if (!than && way !== null && baselineLater(tokens, from, to)) return way === 'up' ? 'down' : 'up';
  return way;
}

/**
 * The way a comparative beside "than" names when the figure is set against something that is not
 * a known earlier time ("12 percent lower than in Ruritania", "lower than when the law passed"):
 * no change a fact's change of the same size can be matched with, whichever way it went
 * (compare-figure.ts). Null when the clause has no such comparative,
 * is negated, or compares with an earlier time (then directionAround reads it).
 */
export function comparedWayAround(tokens: readonly Token[], first: number, end: number): Direction | null {
  const { from, to } = clauseWindow(tokens, first, end);
  const clause = tokens.slice(from, to);
  if (clause.some((t) => t.negated || NEGATIONS.has(t.normal))) return null;
  if (!clause.some((t) => t.normal === 'than') || comparesWithEarlierTime(tokens, from, to)) return null;
  return directionOfWords(wordsOfChange(tokens, first, end, from, to).filter((t) => COMPARATIVES.has(t.normal)));
}

/**
 * True when the clause of the change at tokens `[first, end)` is negated ("did not fall 12
 * percent", "are not 12 percent lower than in 2014"): the claim denies the change rather than
 * states it, so a fact of the same change is no support (compare-figure.ts), and one of another
 * size no contradiction either (the claim may deny only the size).
 */
export function deniedAround(tokens: readonly Token[], first: number, end: number): boolean {
  const { from, to } = clauseWindow(tokens, first, end);
  return tokens.slice(from, to).some((t) => t.negated || NEGATIONS.has(t.normal));
}
