/**
 * Breaks very long runs of non-space characters before wink-nlp reads them. wink's word-shape
 * feature matches /[a-z].*\.$/ against every token, which backtracks in time quadratic in the
 * token's length: a text holding an 80,000-character run (a pasted base64 blob, minified data)
 * took 16 s to analyse instead of 1, a 5 MB one (within --max-size) hours, and a longer one (a
 * fact-base cell) overflowed the stack. A space every {@link RUN_PIECE} characters of a run longer
 * than {@link LONG_RUN} keeps each token short; `origin` maps every index of the broken text back
 * to the text it was given (an inserted space to the character after it), so offsets still point
 * into the original. Ordinary words, numbers and URLs are far shorter and are left alone.
 */

import { insertSpaces } from './inserted-spaces.ts';

/** Runs longer than this are broken. */
export const LONG_RUN = 1000;
/** The length of the pieces a long run is broken into. */
export const RUN_PIECE = 500;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** White space as `\s` reads it, tested without a regular expression for the common characters. */
function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x85) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(text.charAt(i));
}

/**
 * Where `text` needs a space so that no run of non-space characters is longer than
 * {@link LONG_RUN}: ascending indices, never inside a surrogate pair. Runs are found by a plain
 * scan: a regular expression such as /\S{1001,}/ overflows the stack on a run of tens of millions
 * of characters.
 */
export function longRunCuts(text: string): number[] {
  const cuts: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !isSpace(text, i)) continue;
    if (i - start > LONG_RUN) {
      for (let cut = start + RUN_PIECE; cut < i; cut += RUN_PIECE) {
        // Never between the two halves of a surrogate pair (an emoji, a rare CJK character).
        if (isLowSurrogate(text.charCodeAt(cut))) cut += 1;
        if (cut >= i) break;
        cuts.push(cut);
      }
    }
    start = i + 1;
  }
  return cuts;
}

/** `text` with long runs broken by spaces, and where each index of the result came from. */
export function breakLongRuns(text: string): { text: string; origin: (index: number) => number } {
  return insertSpaces(text, longRunCuts(text));
}
