/**
 * What every input parser produces: the original text, a same-length "plain" copy with markup
 * blanked out, and the blocks (paragraphs, list items, headings, transcript turns) found in it.
 *
 * Blanking markup instead of deleting it is what keeps every later offset an offset into the
 * original: `plain[i]` is `text[i]`, white space, a decoded character, or FILLER.
 */
import type { InputFormat } from '../model/analysis-schema.ts';

/**
 * Pads a decoded character reference ("&#8217;" → "’" + 6 fillers). Unlike a space it does not
 * split the word it sits in: the tokenizer deletes fillers and maps offsets back.
 */
export const FILLER = '\u0000';

export interface Block {
  /** Where the block starts in the text, including any list marker or speaker label. */
  readonly start: number;
  /** Where its content starts: after the list marker or `SPEAKER:` label. */
  readonly contentStart: number;
  readonly end: number;
  readonly kind: 'paragraph' | 'heading' | 'list_item' | 'turn' | 'unit';
  readonly speaker: string | null;
  /** "1)", "2.", "-", "•" for list items, else null. */
  readonly listMarker: string | null;
}

export interface SourceDocument {
  readonly format: InputFormat;
  readonly text: string;
  /** Same length as `text`; markup, tags and labels replaced by spaces or newlines. */
  readonly plain: string;
  readonly blocks: readonly Block[];
}

/** Shrinks `[start, end)` so it neither starts nor ends on white space in `plain`. */
export function trimSpan(plain: string | readonly string[], start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isBlank(plain[s])) s += 1;
  while (e > s) {
    // FILLER pads the decoded character before it ("&quot;" → '"' + 5 fillers): it ends the span
    // with that character unless the character is itself white space ("&nbsp;").
    let k = e;
    while (k > s && plain[k - 1] === FILLER) k -= 1;
    if (k > s && !isBlank(plain[k - 1])) break;
    e = k > s ? k - 1 : s;
  }
  return [s, e];
}

function isBlank(char: string | undefined): boolean {
  return char === undefined || char === FILLER || /\s/.test(char);
}
