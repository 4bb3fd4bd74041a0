/**
 * Gains and losses of a counted thing are two measures, not one measure with two signs: jobs
 * created and jobs lost (or displaced) are separate flows, each counted in its own right (labour
 * statistics publish gross job gains and gross job losses side by side). So "we created 500,000
 * jobs" is neither supported nor bounded by "851,700 jobs displaced"; a claim and a fact whose
 * words name opposite flows of a count are not compared. Words that name both, or neither, leave
 * the figure compared as before.
 */
import type { Token } from '../../nlp/tokenize.ts';

/** Which flow of a counted thing words name. */
export type Flow = 'gain' | 'loss';

/** Lemmas of verbs and nouns that bring a counted thing into being or add it. */
const GAIN = new Set(['create', 'creation', 'add', 'gain', 'hire', 'generate']);
/** Lemmas of verbs and nouns that take a counted thing away. */
const LOSS = new Set(['lose', 'loss', 'cost', 'displace', 'eliminate', 'destroy', 'shed', 'cut', 'layoff']);

/** The flow the words name, or null when they name none or both. */
export function flowOfWords(tokens: readonly Token[]): Flow | null {
  let gain = false;
  let loss = false;
  for (const token of tokens) {
    const lemma = token.lemma.toLowerCase();
    if (GAIN.has(lemma) || GAIN.has(token.normal)) gain = true;
    if (LOSS.has(lemma) || LOSS.has(token.normal)) loss = true;
  }
  return gain === loss ? null : gain ? 'gain' : 'loss';
}

/** True when both sides name a flow and the flows are opposite. */
export function oppositeFlows(claim: Flow | null, fact: Flow | null): boolean {
  return claim !== null && fact !== null && claim !== fact;
}
