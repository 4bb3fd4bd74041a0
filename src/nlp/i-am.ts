/**
 * wink-nlp's English lite model has no lexicon entry for "I'm", so it reads "I'm" as one token
 * tagged PROPN (lemma "i'm"), while it splits "you're", "I've" and "he's" into a pronoun and an
 * auxiliary. A clause such as "I'm meeting folks all over the country." then had no verb
 * ("meeting" came out a noun too) and no first person. Read as "I 'm", wink gives I/PRON, 'm/AUX
 * (lemma "be") and meeting/VERB, so a space goes before the apostrophe.
 */

/**
 * "I'm" with either apostrophe, in any case, as a word of its own: not inside a word ("Hi'm",
 * "don'I'm"), though after an opening quote ("'I'm done'"). Only before a space, the end or
 * sentence punctuation: before a bracket or a dash wink reads "I 'm" as "I", "'" and "m".
 */
const I_AM = /(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]['’])[iI](?=['’][mM](?:$|[\s.,!?;:"'’”…]))/gu;

/** The indices of the apostrophes of every "I'm" in `text`, ascending. */
export function iAmCuts(text: string): number[] {
  const cuts: number[] = [];
  // A cheap test first: most texts without "'m" never run the pattern.
  if (!text.includes("'m") && !text.includes('’m') && !text.includes("'M") && !text.includes('’M')) return cuts;
  for (const match of text.matchAll(I_AM)) cuts.push(match.index + 1);
  return cuts;
}
