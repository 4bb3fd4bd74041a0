/**
 * Words of a query or a fact-check as the matcher sees them. Queries are often social-media
 * posts, so links are dropped (a glued "...#tagpic.twitter.com/x" too) and hashtags and handles
 * are split at case changes ("#AustralianFires" → "australian fires", "@MorganEastwood" →
 * "morgan eastwood"): on CLEF 2020 task 2 dev that split alone adds ~3 points of MAP@5.
 */
import { isStopword } from '../../nlp/stopwords.ts';

/** Links, including the ones glued to the word before them. */
const LINK = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/giu;
const TAG = /[#@]([\p{L}\p{N}_]+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** "AustralianFires" → "Australian Fires", "CBP_West" → "CBP West", "covid19" → "covid 19". */
export function splitCompound(word: string): string {
  return word
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2');
}

/** The text with links removed and every hashtag or handle followed by its split form. */
export function cleanPost(text: string): string {
  return text.replace(LINK, ' ').replace(TAG, (_, word: string) => {
    const split = splitCompound(word);
    return split === word ? ` ${word} ` : ` ${word} ${split} `;
  });
}

/** Lower case without diacritics, as the full-text index folds them. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of `text` (after {@link cleanPost}), folded, in order, stopwords included. */
export function words(text: string): string[] {
  return (cleanPost(text).match(WORD) ?? []).map(fold);
}

/** The distinct content words of `text`, first occurrence first, at most `limit` of them. */
export function contentTerms(text: string, limit = 64): string[] {
  const seen = new Set<string>();
  for (const word of words(text)) {
    if (!isStopword(word) && !seen.has(word)) seen.add(word);
    if (seen.size >= limit) break;
  }
  return [...seen];
}

/**
 * A light English stem for comparing words across texts: plural and common verb endings off
 * ("migrants" → "migrant", "shooting" → "shoot", "laughed" → "laugh"). Cruder than the index's
 * Porter stemmer, and only used to see whether two texts share a word.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\p{N}/u.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(word) && !/(?:ll|ss|zz)$/.test(word) ? word.slice(0, -1) : word;
}
