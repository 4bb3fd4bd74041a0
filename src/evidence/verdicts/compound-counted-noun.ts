/**
 * The counted noun of a bare figure whose noun follows a hyphenated modifier: "8 million
 * low-income kids", "300 full-time jobs". The quantities pass stops at the hyphen and leaves the
 * figure without a noun, so nothing said it counts kids or jobs.
 */
import type { Token } from '../../nlp/tokenize.ts';

/** Right after a figure: a hyphenated modifier, then a word. */
const COMPOUND_THEN_NOUN = /^\s+((?:\p{L}+-)+\p{L}+)\s+(\p{L}+)/u;

/**
 * The counted phrase after a figure ending at `end` in `text` ("low-income kids"), or null when
 * no hyphenated modifier and noun follow it. `tokens` are the text's, to check the word is a noun.
 */
export function compoundCountedNoun(text: string, tokens: readonly Token[], end: number): string | null {
  const match = COMPOUND_THEN_NOUN.exec(text.slice(end));
  if (match === null) return null;
  const [whole, compound, noun] = match as unknown as [string, string, string];
  const nounStart = end + whole.length - noun.length;
  const token = tokens.find((t) => t.start === nounStart);
  return token?.pos === 'NOUN' ? `${compound} ${noun}` : null;
}
