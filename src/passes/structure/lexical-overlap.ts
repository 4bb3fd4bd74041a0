/** Content-word overlap between units: a cheap stand-in for "these two talk about the same thing". */
import type { Token } from '../../nlp/tokenize.ts';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'go', 'say', 'take', 'come', 'want', 'need', 'know', 'think']);

/** The lemmas of a unit's content words. */
export function contentLemmas(tokens: readonly Token[]): Set<string> {
  const lemmas = new Set<string>();
  for (const token of tokens) {
    if (!CONTENT_POS.has(token.pos) || LIGHT_VERBS.has(token.lemma) || token.lemma.length < 2) continue;
    lemmas.add(token.lemma);
  }
  return lemmas;
}

/** Shared lemmas over the smaller set's size, in 0..1 (0 when either is empty). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const lemma of a) if (b.has(lemma)) shared += 1;
  return shared / Math.min(a.size, b.size);
}
