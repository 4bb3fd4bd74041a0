/**
 * Noun phrases as runs of nouns and adjectives, and the head noun of one such as a fact's subject:
 * the last noun of its first run of nouns and adjectives, so "low-income pensioners getting the
 * heating subsidy" is about pensioners and "people not in the labor force who want a job" about
 * people, not jobs.
 */
import type { Token } from '../../nlp/tokenize.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Runs of nominal tokens `[start, end)` within `[from, to)`. */
export function nounPhrases(tokens: readonly Token[], from = 0, to = tokens.length): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let i = from;
  while (i < to) {
    if (!NOMINAL.has(tokens[i]?.pos ?? '')) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < to && NOMINAL.has(tokens[i]?.pos ?? '')) i += 1;
    runs.push({ start, end: i });
  }
  return runs;
}

/** The head noun token of the phrase's first noun group, or null when it has none. */
export function phraseHead(tokens: readonly Token[]): Token | null {
  for (const run of nounPhrases(tokens)) {
    let head: Token | null = null;
    for (let i = run.start; i < run.end; i += 1) {
      const token = tokens[i] as Token;
      if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token;
    }
    // A run of adjectives alone ("low" of "low-income") is a modifier; the group goes on.
    if (head !== null) return head;
  }
  return null;
}
