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

export type Direction = 'up' | 'down';

const UP = new Set(['increase', 'rise', 'rose', 'risen', 'grow', 'grew', 'growth', 'jump', 'surge', 'climb', 'gain', 'double', 'triple', 'quadruple', 'higher', 'up', 'soar']);
const DOWN = new Set(['decrease', 'decline', 'drop', 'fall', 'fell', 'fallen', 'cut', 'reduce', 'reduction', 'lose', 'loss', 'lower', 'down', 'halve', 'shrink', 'plunge']);

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
 * in Ohio" is no rise. With "than" in the clause they name no way.
 */
const COMPARATIVES = new Set(['higher', 'lower']);

/** Words that deny the change beside them. */
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/**
 * The way the change of the figure at tokens `[first, end)` goes, from the words of its clause
 * (up to a clause break, at most six words either side): "rose 12 percent", "a 40-percent
 * reduction", "down 78 percent". Null when they name no way or both ("the tax cut increased the
 * deficit by $1 trillion" has a cut and an increase), only a comparative beside "than", or a
 * negation in the clause ("did not rise 12 percent").
 */
export function directionAround(tokens: readonly Token[], first: number, end: number): Direction | null {
  let from = first;
  while (from > 0 && first - from < WINDOW && !CLAUSE_BREAKS.has(tokens[from - 1]?.value ?? '')) from -= 1;
  let to = end;
  while (to < tokens.length && to - end < WINDOW && !CLAUSE_BREAKS.has(tokens[to]?.value ?? '')) to += 1;
  const clause = tokens.slice(from, to);
  // "Exports did not rise 12 percent" denies a way rather than naming one.
  if (clause.some((t) => t.negated || NEGATIONS.has(t.normal))) return null;
  const than = clause.some((t) => t.normal === 'than');
  return directionOfWords(clause.filter((t, i) => (i + from < first || i + from >= end) && !(than && COMPARATIVES.has(t.normal))));
}
