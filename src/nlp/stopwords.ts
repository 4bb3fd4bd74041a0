/**
 * English function words, which carry no topic: the claim matcher leaves them out of its queries
 * (an OR-query of them would rank by noise) and the learned features out of a unit's mean word
 * vector (they are in every sentence and pull every mean toward the same point). Short on
 * purpose: negations and quantifiers stay, since claims turn on them.
 */
const STOPWORDS = new Set(
  ('a an the and or of to in on for is are was were be been being it its this that these those with as at by from ' +
    'he she they we you i me my his her their our your him them us do does did has have had will would can could ' +
    'should shall may might must just about into than then so if but also there here what which who whom whose ' +
    'when where why how s t am re ve ll d rt via amp').split(' '),
);

/** True for a lower-case word that says nothing about the topic. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
