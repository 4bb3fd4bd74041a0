/**
 * wink-nlp's English lite model has no lexicon entry for "I'm", so it reads "I'm" as one token
 * tagged PROPN (lemma "i'm"), while it splits "you're", "I've" and "he's" into a pronoun and an
 * auxiliary. A clause such as "I'm meeting folks all over the country." then had no verb
 * ("meeting" came out a noun too) and no first person. Read as "I 'm", wink gives I/PRON, 'm/AUX
 * (lemma "be") and meeting/VERB, so a space goes before the apostrophe.
 */

/** "I'm" with either apostrophe, in any case, as a word of its own. */
const I_AM = /(?<![\p{L}\p{N}'’])[iI](?=['’][mM](?![\p{L}\p{N}]))/gu;

/** The indices of the apostrophes of every "I'm" in `text`, ascending. */
export function iAmCuts(text: string): number[] {
  const cuts: number[] = [];
  // A cheap test first: most texts without "'m" never run the pattern.
  if (!text.includes("'m") && !text.includes('’m') && !text.includes("'M") && !text.includes('’M')) return cuts;
  for (const match of text.matchAll(I_AM)) cuts.push(match.index + 1);
  return cuts;
}
