/**
 * Words of size and which end they point to: "lowest", "fewer", "least" toward the low end;
 * "biggest", "more", "most" toward the high end. Record spans ("the lowest in 17 years") and
 * superlatives without a number ("the biggest win") both read a claim's direction from them.
 */
import type { Token } from '../../nlp/tokenize.ts';

/** Which end of a measure a size word points to. */
export type SizeEnd = 'low' | 'high';

// Lemmas and written forms: the lemmatiser takes "-est" and "-er" off some words ("biggest" →
// "big") and leaves others whole ("lowest", where it tags the word as an adverb).
const LOW = new Set(['low', 'few', 'little', 'small', 'cheap', 'least', 'lowest', 'fewest', 'smallest', 'cheapest', 'lower', 'fewer', 'less', 'smaller', 'cheaper']);
const HIGH = new Set(['high', 'many', 'much', 'big', 'large', 'great', 'huge', 'most', 'highest', 'biggest', 'largest', 'greatest', 'hugest', 'higher', 'more', 'bigger', 'larger', 'greater']);

/** The end a size word points to, or null for any other word. */
export function sizeEnd(token: Pick<Token, 'normal' | 'lemma'>): SizeEnd | null {
  const lemma = token.lemma.toLowerCase();
  if (LOW.has(token.normal) || LOW.has(lemma)) return 'low';
  if (HIGH.has(token.normal) || HIGH.has(lemma)) return 'high';
  return null;
}
