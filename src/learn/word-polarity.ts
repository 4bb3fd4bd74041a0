/**
 * Prior polarity of single words, read from wink-nlp's own sentiment lexicon: wink scores
 * sentences, so each word is scored as a one-word sentence, in one batch, and remembered. Stance
 * needs word-level polarity ("causes crime", "protects children"); the sentence score alone
 * cannot say which words near the target carry it.
 */
import { tokenize } from '../nlp/tokenize.ts';

/** Remembered words; bounded so a long-running server does not grow without end. */
const cache = new Map<string, number>();
const CACHE_LIMIT = 200_000;

/** Words that turn the polarity of what they act on: "reduces crime" is good news. */
export const REVERSERS = new Set([
  'reduce', 'cut', 'lower', 'prevent', 'end', 'eliminate', 'decrease', 'curb', 'fight', 'combat', 'stop', 'avoid',
  'limit', 'lessen', 'alleviate', 'eradicate', 'remove', 'minimise', 'minimize', 'tackle', 'ease', 'relieve', 'ban',
]);

/** Polarity in -1..1 of each word (lower-cased forms), 0 for words the lexicon does not know. */
export function wordPolarities(words: readonly string[]): number[] {
  const missing = [...new Set(words.filter((w) => !cache.has(w) && /^\p{L}+$/u.test(w)))];
  if (missing.length > 0) {
    if (cache.size + missing.length > CACHE_LIMIT) cache.clear();
    // "word." on its own line is one sentence, so its sentence sentiment is the word's.
    const starts = new Map<number, string>();
    let text = '';
    for (const word of missing) {
      if (text.length > 0) text += '\n\n';
      starts.set(text.length, word);
      text += `${word}.`;
    }
    const { tokens, sentiment } = tokenize(text);
    tokens.forEach((token, i) => {
      const word = starts.get(token.start);
      if (word !== undefined) cache.set(word, sentiment[i] ?? 0);
    });
    for (const word of missing) if (!cache.has(word)) cache.set(word, 0);
  }
  return words.map((w) => cache.get(w) ?? 0);
}
