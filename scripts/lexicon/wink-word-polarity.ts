/**
 * Prior polarity of single words as wink-nlp's sentiment model scores them. wink scores
 * sentences, not words, so each word is scored as a one-word sentence ("word." on its own line),
 * many in one document. Asking wink per word at analysis time cost ~4% of `analyze()` and taught
 * wink's lexicon every unknown word it was shown, so the table is made once here, over wink's own
 * vocabulary, and shipped (`npm run lexicon`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tokenize } from '../../src/nlp/tokenize.ts';

const LETTERS_ONLY = /^\p{L}+$/u;
const BATCH = 5000;

/** wink's intrinsic vocabulary: every word of letters it knows, lower-cased, once each, sorted. */
export function winkVocabulary(): string[] {
  const path = createRequire(import.meta.url).resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const core = JSON.parse(readFileSync(path, 'utf8')) as { features: { lexeme: { list: string[] } } };
  const words = core.features.lexeme.list.filter((w) => LETTERS_ONLY.test(w)).map((w) => w.toLowerCase());
  return [...new Set(words)].sort();
}

/** wink's sentiment (-1..1) of each word as a sentence of its own; 0 for a word it does not score. */
export function winkWordPolarities(words: readonly string[]): number[] {
  const scores = new Map<string, number>();
  for (let i = 0; i < words.length; i += BATCH) {
    const batch = words.slice(i, i + BATCH).filter((w) => LETTERS_ONLY.test(w));
    const starts = new Map<number, string>();
    let text = '';
    for (const word of batch) {
      if (text.length > 0) text += '\n\n';
      starts.set(text.length, word);
      text += `${word}.`;
    }
    const { tokens, sentiment } = tokenize(text);
    tokens.forEach((token, k) => {
      const word = starts.get(token.start);
      if (word !== undefined) scores.set(word, sentiment[k] ?? 0);
    });
  }
  return words.map((w) => scores.get(w) ?? 0);
}

/** The shipped lexicon: where it came from, and every word of wink's vocabulary with a non-zero polarity. */
export interface PolarityLexicon {
  readonly source: string;
  readonly polarity: Record<string, number>;
}

/** The lexicon as the installed wink model gives it (words in sorted order). */
export function polarityLexicon(): PolarityLexicon {
  const words = winkVocabulary();
  const polarity: Record<string, number> = {};
  winkWordPolarities(words).forEach((p, i) => {
    if (p !== 0) polarity[words[i] as string] = p;
  });
  return { source: `wink-eng-lite-web-model ${winkModelVersion()} (MIT), sentiment of each word as a sentence`, polarity };
}

function winkModelVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
}
