/**
 * The head noun of a noun phrase such as a fact's subject: the last noun of its first run of
 * nouns and adjectives, so "low-income pensioners getting the heating subsidy" is about
 * pensioners and "people not in the labor force who want a job" about people, not jobs.
 */
import type { Token } from '../../nlp/tokenize.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The head noun token of the phrase's first noun group, or null when it has none. */
export function phraseHead(tokens: readonly Token[]): Token | null {
  let i = 0;
  while (i < tokens.length) {
    if (!NOMINAL.has(tokens[i]?.pos ?? '')) {
      i += 1;
      continue;
    }
    let head: Token | null = null;
    while (i < tokens.length && NOMINAL.has(tokens[i]?.pos ?? '')) {
      const token = tokens[i] as Token;
      if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token;
      i += 1;
    }
    // A run of adjectives alone ("low" of "low-income") is a modifier; the group goes on.
    if (head !== null) return head;
  }
  return null;
}
