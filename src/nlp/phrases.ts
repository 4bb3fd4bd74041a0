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

/**
 * Every word that starts a phrase of some table, numbered. A scan (findAll, findFirst) numbers a
 * text's tokens once, then reads each table's phrases by number: the analysis scans every unit
 * with about eight tables, and looking each token's word up in each table's own map was a few
 * percent of the whole analysis.
 */
const firstWordNumbers = new Map<string, number>();

/** A token array's first-word numbers (-1 for a word that starts no phrase), and how many first words existed when they were made. */
const numbered = new WeakMap<readonly Token[], { readonly numbers: Int32Array; readonly known: number }>();

/** The first-word number of every token of `tokens`, made once per array (and again if a table was made since). */
function firstWordNumbersOf(tokens: readonly Token[]): Int32Array {
  const cached = numbered.get(tokens);
  if (cached !== undefined && cached.known === firstWordNumbers.size && cached.numbers.length === tokens.length) return cached.numbers;
  const numbers = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) numbers[i] = firstWordNumbers.get((tokens[i] as Token).normal) ?? -1;
  numbered.set(tokens, { numbers, known: firstWordNumbers.size });
  return numbers;
}

interface TablePhrase<V> {
  readonly words: string[];
  readonly phrase: string;
  readonly value: V;
}

/** A set of phrases, each with a value (a category, a weight…), matched longest-first. */
export class PhraseTable<V> {
  private readonly byFirstWord = new Map<string, TablePhrase<V>[]>();
  /** The same buckets by first-word number, for scans. */
  private readonly byNumber: (TablePhrase<V>[] | undefined)[] = [];

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
    for (const [first, bucket] of this.byFirstWord) {
      bucket.sort((a, b) => b.words.length - a.words.length);
      let number = firstWordNumbers.get(first);
      if (number === undefined) {
        number = firstWordNumbers.size;
        firstWordNumbers.set(first, number);
      }
      this.byNumber[number] = bucket;
    }
  }

  /** The longest phrase starting at token `index`, or null. */
  matchAt(tokens: readonly Token[], index: number, end = tokens.length): (PhraseMatch & { value: V }) | null {
    return this.matchBucket(this.byFirstWord.get(tokens[index]?.normal ?? ''), tokens, index, end);
  }

  /** The longest phrase of `bucket` (the phrases starting with token `index`'s word) that matches there, or null. */
  private matchBucket(bucket: readonly TablePhrase<V>[] | undefined, tokens: readonly Token[], index: number, end: number): (PhraseMatch & { value: V }) | null {
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
    const numbers = firstWordNumbersOf(tokens);
    for (let i = from; i < to; i += 1) {
      const number = numbers[i] as number;
      if (number < 0) continue;
      const match = this.matchBucket(this.byNumber[number], tokens, i, to);
      if (match !== null) return match;
    }
    return null;
  }

  /** All non-overlapping longest matches in `tokens[from, to)`, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): (PhraseMatch & { value: V })[] {
    const found: (PhraseMatch & { value: V })[] = [];
    const numbers = firstWordNumbersOf(tokens);
    for (let i = from; i < to; i += 1) {
      const number = numbers[i] as number;
      if (number < 0) continue;
      const match = this.matchBucket(this.byNumber[number], tokens, i, to);
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
