/**
 * Multi-word phrase lookup over tokens. Phrases are tokenized by the same tokenizer as the text,
 * so "that's not to say" matches however wink splits and normalises the contraction.
 */
import type { Token } from './tokenize.ts';
import { tokenizeMany } from './tokenize.ts';

/** A phrase found in a token sequence: token indices `[first, end)`. */
export interface PhraseMatch {
  /** The table's phrase that matched, e.g. "that is not to say". */
  readonly phrase: string;
  /** The words as the text writes them, e.g. "That's not to say", for cues a reader recognises. */
  readonly text: string;
  readonly first: number;
  readonly end: number;
}

/** Tokens `[first, end)` as written: values joined with a space only where the text has one. */
export function surface(tokens: readonly Token[], first: number, end: number): string {
  let text = '';
  for (let i = first; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (i > first && token.start > (tokens[i - 1] as Token).end) text += ' ';
    text += token.value;
  }
  return text;
}

/** A set of phrases, each with a value (a category, a weight…), matched longest-first. */
export class PhraseTable<V> {
  private readonly byFirstWord = new Map<string, { words: string[]; phrase: string; value: V }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    const tokenized = tokenizeMany(list.map(([phrase]) => phrase));
    list.forEach(([phrase, value], i) => {
      const words = (tokenized[i] ?? []).map((t) => t.normal);
      const first = words[0];
      if (first === undefined) return;
      const bucket = this.byFirstWord.get(first) ?? [];
      bucket.push({ words, phrase, value });
      this.byFirstWord.set(first, bucket);
    });
    for (const bucket of this.byFirstWord.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token `index`, or null. */
  matchAt(tokens: readonly Token[], index: number, end = tokens.length): (PhraseMatch & { value: V }) | null {
    const bucket = this.byFirstWord.get(tokens[index]?.normal ?? '');
    if (bucket === undefined) return null;
    for (const candidate of bucket) {
      if (index + candidate.words.length > end) continue;
      let ok = true;
      for (let k = 1; k < candidate.words.length && ok; k += 1) ok = tokens[index + k]?.normal === candidate.words[k];
      if (ok) {
        const end = index + candidate.words.length;
        return { phrase: candidate.phrase, text: surface(tokens, index, end), first: index, end, value: candidate.value };
      }
    }
    return null;
  }

  /** The leftmost (longest) match in `tokens[from, to)`, or null: `findAll(...)[0]` without scanning on past it. */
  findFirst(tokens: readonly Token[], from = 0, to = tokens.length): (PhraseMatch & { value: V }) | null {
    for (let i = from; i < to; i += 1) {
      const match = this.matchAt(tokens, i, to);
      if (match !== null) return match;
    }
    return null;
  }

  /** All non-overlapping longest matches in `tokens[from, to)`, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): (PhraseMatch & { value: V })[] {
    const found: (PhraseMatch & { value: V })[] = [];
    for (let i = from; i < to; i += 1) {
      const match = this.matchAt(tokens, i, to);
      if (match !== null) {
        found.push(match);
        i = match.end - 1;
      }
    }
    return found;
  }
}

/** A phrase table whose values are the phrases' categories. */
export function phraseTable<C extends string>(byCategory: Readonly<Record<C, readonly string[]>>): PhraseTable<C> {
  const entries: [string, C][] = [];
  for (const category of Object.keys(byCategory) as C[]) {
    for (const phrase of byCategory[category]) entries.push([phrase, category]);
  }
  return new PhraseTable(entries);
}
