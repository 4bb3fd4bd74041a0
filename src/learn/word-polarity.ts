/**
 * Prior polarity of single words, from wink-nlp's own sentiment lexicon. Stance needs word-level
 * polarity ("causes crime", "protects children"); wink's sentence score alone cannot say which
 * words near the target carry it. The table (lexicons/word-polarity.json) is wink's score of each
 * word of its vocabulary as a one-word sentence, made by `npm run lexicon`; a test checks it still
 * matches the installed wink model.
 */
import lexicon from '../../lexicons/word-polarity.json' with { type: 'json' };

const polarity = new Map<string, number>(Object.entries(lexicon.polarity as Record<string, number>));

/** Words that turn the polarity of what they act on: "reduces crime" is good news. */
export const REVERSERS = new Set([
  'reduce', 'cut', 'lower', 'prevent', 'end', 'eliminate', 'decrease', 'curb', 'fight', 'combat', 'stop', 'avoid',
  'limit', 'lessen', 'alleviate', 'eradicate', 'remove', 'minimise', 'minimize', 'tackle', 'ease', 'relieve', 'ban',
]);

/** Polarity in -1..1 of each word (lower-cased forms), 0 for words the lexicon does not know. */
export function wordPolarities(words: readonly string[]): number[] {
  return words.map((w) => polarity.get(w) ?? 0);
}
