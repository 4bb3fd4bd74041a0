/**
 * Which way a change goes, from its words. A claim's "doubled" or "halved" becomes a percent with
 * no sign (facts write "fell 50 percent" too), so before such a figure is compared the fact must say
 * the same way: "halved" against "rose 50 percent" is no support, and "doubled" against "fell 95
 * percent" no contradiction of the size. Unknown or mixed wording leaves the two not compared.
 */
import type { Token } from '../../nlp/tokenize.ts';

export type Direction = 'up' | 'down';

const UP = new Set(['increase', 'rise', 'rose', 'risen', 'grow', 'grew', 'growth', 'jump', 'surge', 'climb', 'gain', 'double', 'triple', 'quadruple', 'higher', 'up', 'soar']);
const DOWN = new Set(['decrease', 'decline', 'drop', 'fall', 'fell', 'fallen', 'cut', 'reduce', 'reduction', 'lose', 'loss', 'lower', 'down', 'halve', 'shrink', 'plunge']);

/** The direction the words name, or null when they name none or both. */
export function directionOfWords(tokens: readonly Token[]): Direction | null {
  let up = false;
  let down = false;
  for (const token of tokens) {
    const lemma = token.lemma.toLowerCase();
    if (UP.has(token.normal) || UP.has(lemma)) up = true;
    if (DOWN.has(token.normal) || DOWN.has(lemma)) down = true;
  }
  return up === down ? null : up ? 'up' : 'down';
}
