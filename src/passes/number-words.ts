/**
 * Spelled-out numbers over tokens: "five", "twenty-five", "one hundred and five", "a million",
 * "half a million". compromise parses these too, but measured here it took ~3 ms a sentence and
 * misread ranges and percentages, so this small closed grammar is ours.
 */
import type { Token } from '../nlp/tokenize.ts';

const SMALL = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12],
]);

/** Scale words, also usable after digits ("1.4 million", "$5bn", "$11k"). */
export const SCALES = new Map<string, number>([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['tn', 1e12],
]);

/** A number read from tokens `[first, end)`. */
export interface NumberMatch {
  readonly value: number;
  readonly first: number;
  readonly end: number;
}

/** "twenty-five" and "one hundred and five" join; "two and three" does not. */
function joinsNumberWords(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1]?.normal ?? '';
  const after = SMALL.get(tokens[j + 1]?.normal ?? '');
  if (after === undefined || after >= 20) return false;
  if (tokens[j]?.normal === '-') return (SMALL.get(before) ?? 0) >= 20 && after < 10;
  return tokens[j]?.normal === 'and' && (before === 'hundred' || before === 'thousand');
}

/** Reads a spelled-out number starting at token `i`, or returns null. */
export function readNumberWords(tokens: readonly Token[], i: number, limit: number): NumberMatch | null {
  let j = i;
  let fraction = 1;
  // "half a million": step onto the article so it is read as "a million", then halve.
  if (tokens[j]?.normal === 'half' && (tokens[j + 1]?.normal === 'a' || tokens[j + 1]?.normal === 'an')) {
    fraction = 0.5;
    j += 1;
  }
  let total = 0;
  let current = 0;
  let words = 0;
  let last = j;
  // "a million", "a hundred", "a dozen": the article counts as one.
  if ((tokens[j]?.normal === 'a' || tokens[j]?.normal === 'an') && SCALES.has(tokens[j + 1]?.normal ?? '') || (tokens[j]?.normal === 'a' && tokens[j + 1]?.normal === 'dozen')) {
    current = 1;
    j += 1;
  }
  for (; j < limit; j += 1) {
    const token = tokens[j] as Token;
    const small = SMALL.get(token.normal);
    const scale = token.type === 'word' ? SCALES.get(token.normal) : undefined;
    if (token.normal === 'dozen') {
      // "a dozen", "two dozen": dozen multiplies what comes before it.
      current = (current || 1) * 12;
    } else if (small !== undefined && token.pos === 'NUM') {
      current += small;
    } else if (scale !== undefined && scale >= 100 && token.normal.length > 2 && (words > 0 || current > 0)) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (joinsNumberWords(tokens, j)) {
      continue;
    } else {
      break;
    }
    words += 1;
    last = j + 1;
  }
  if (words === 0) return null;
  return { value: (total + current) * fraction, first: i, end: last };
}
