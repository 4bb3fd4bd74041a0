/**
 * What the matcher compares between a query and a fact-check: content words (stemmed), their
 * order (for shared two-word phrases), their spelling (character 4-grams), numbers, names, and
 * whether the text is about a picture or a video.
 */
import { charGrams } from './char-grams.ts';
import { startsWithCapital } from '../../nlp/letter-case.ts';
import { isStopword } from '../../nlp/stopwords.ts';
import { cleanPost, fold, stem } from './claim-text.ts';

/** One text, ready to compare. */
export interface TextProfile {
  /** Content stems, each with the first word it came from (the index looks words up by word). */
  readonly stems: ReadonlyMap<string, string>;
  /** Adjacent content stems, "a b", in order of the text. */
  readonly bigrams: ReadonlySet<string>;
  /** Numbers as plain digits ("1,000" → "1000", "fourteen" → "14"). */
  readonly numbers: ReadonlySet<string>;
  /** Stems of capitalised words that do not open a sentence: names of people, places, organisations. */
  readonly names: ReadonlySet<string>;
  /** Whether it speaks of (or links) a photo, video or image. */
  readonly media: boolean;
  /** The distinct character 4-grams of the content words. */
  readonly grams: ReadonlySet<string>;
}

const NUMBER_WORDS = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map(
    (w, i) => [w, String(i)],
  ),
);
const MEDIA_WORDS = new Set(['photo', 'photograph', 'picture', 'pic', 'image', 'video', 'footage', 'clip', 'meme', 'screenshot', 'gif', 'film', 'filmed', 'camera', 'viral']);
const MEDIA_LINK = /pic\.twitter\.com\/|youtu\.?be|instagram\.com|\.(?:jpe?g|png|gif|mp4)\b/i;
/** A word, or a sentence end (so the next word is known to open a sentence). */
const TOKEN = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*|[.!?:;"“”—|\n]/gu;

/** Reads a text into a {@link TextProfile}. */
export function profileText(text: string): TextProfile {
  const stems = new Map<string, string>();
  const bigrams = new Set<string>();
  const numbers = new Set<string>();
  const names = new Set<string>();
  let media = MEDIA_LINK.test(text);
  const contentWords: string[] = [];
  let previous: string | null = null;
  let opensSentence = true;
  for (const match of cleanPost(text).matchAll(TOKEN)) {
    const token = match[0];
    if (!/[\p{L}\p{N}]/u.test(token)) {
      opensSentence = true;
      continue;
    }
    if (/^\p{N}[\p{N}.,]*$/u.test(token)) numbers.add(token.replace(/,/g, '').replace(/\.0+$/, ''));
    for (const part of token.split(/[.,]/)) {
      if (part === '') continue;
      const word = fold(part);
      const number = NUMBER_WORDS.get(word);
      if (number !== undefined) numbers.add(number);
      if (isStopword(word)) continue;
      contentWords.push(word);
      const s = stem(word);
      if (!stems.has(s)) stems.set(s, word);
      if (MEDIA_WORDS.has(s) || MEDIA_WORDS.has(word)) media = true;
      if (previous !== null) bigrams.add(`${previous} ${s}`);
      previous = s;
      // ALL-CAPS shouting is not a name; short acronyms (FBI, CNN, NYC) are.
      const capitalised = startsWithCapital(part) && (/\p{Ll}/u.test(part) || part.length <= 5);
      if (capitalised && !opensSentence) names.add(s);
    }
    opensSentence = false;
  }
  return { stems, bigrams, numbers, names, media, grams: charGrams(contentWords) };
}
