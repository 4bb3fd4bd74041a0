/**
 * Word forms the tagger reads wrongly, put right for the verdict terms only (the tokens the
 * learned models read are left as wink gives them):
 *
 * - wink lemmatises a verb by stripping "-ed"/"-ing" and taking the rest if it is a verb, before
 *   it tries the rest with an "e": "raped" → "rap", "fined" → "fin", "stared" → "star",
 *   "coded" → "cod", "rating" → "rat". A one-syllable verb ending in one vowel and one consonant
 *   doubles that consonant before "-ed"/"-ing" ("rapped", "finned", "starred"), so a form that
 *   does not double it is the "-e" verb's. Of ~350 common verbs, 16 were read this way.
 * - A doubled consonant wink does not know to undo ("slimmed", "travelled") leaves the form
 *   itself as the lemma; the word without the second consonant is taken when it is a word.
 * - "here's" (either apostrophe), and "I'm" where tokenize() does not split it (see i-am.ts), are
 *   kept whole and tagged as a name or an adverb, so they read as content words; they are a
 *   pronoun and a verb.
 */
import type { Token } from '../../nlp/tokenize.ts';
import { isKnownWord } from '../../nlp/tokenize.ts';

/** A typographic apostrophe (’, ‘, ʼ) written as the plain one, so "O’Rourke" meets "O'Rourke". */
export function plainApostrophes(word: string): string {
  return word.replace(/[\u2018\u2019\u02BC]/g, "'");
}

/** One syllable ending in one vowel and one consonant that doubles ("rap", "fin", "star"; not "bow", "fix", "say"). */
const DOUBLING_STEM = /^[^aeiou]*[aeiou][^aeiouwxy]$/;
/** "-ed"/"-ing" after a doubled consonant; not s, f or z, which words end in doubled ("passed", "stuffed"). */
const DOUBLED_ENDING = /^(.*[aeiou]([bdglmnprtv]))\2(?:ed|ing)$/;

/**
 * The lemma of a token as the verdict terms read it: wink's, except for the two verb forms
 * above ("raped" → "rape", "slimmed" → "slim").
 */
export function verdictLemma(token: Pick<Token, 'pos' | 'normal' | 'lemma'>): string {
  if (token.pos !== 'VERB') return token.lemma;
  const lemma = token.lemma.toLowerCase();
  const { normal } = token;
  if ((normal === `${lemma}ed` || normal === `${lemma}ing`) && DOUBLING_STEM.test(lemma) && isKnownWord(`${lemma}e`)) return `${lemma}e`;
  if (lemma === normal) {
    const doubled = DOUBLED_ENDING.exec(normal);
    if (doubled !== null && isKnownWord(doubled[1] as string)) return doubled[1] as string;
  }
  return token.lemma;
}

/** Words that take a contracted verb and that wink may keep whole with it ("I'm", "here's"). */
const CONTRACTING = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'when', 'why']);
const CONTRACTED_VERB = new Set(['m', 're', 's', 've', 'll', 'd']);

/** True for a pronoun (or "here", "there") and its contracted verb kept as one token: "I'm", "here’s". */
export function isContraction(normal: string): boolean {
  const [head, tail, ...rest] = plainApostrophes(normal).toLowerCase().split("'");
  return rest.length === 0 && head !== undefined && tail !== undefined && CONTRACTING.has(head) && CONTRACTED_VERB.has(tail);
}
