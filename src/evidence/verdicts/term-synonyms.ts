/**
 * Words that name the same measure or the same act, mapped to one canonical stem, so that "a pay
 * raise" meets "a pay increase" and "overturned" meets "reversed". The table is general-purpose:
 * the verbs and nouns of change and of legal review that statistics and fact-checks use, not
 * words picked from any one claim. Keep it small: a synonym wrongly merged makes unrelated facts
 * share a topic word, which retrieval then mistakes for the same subject.
 */

/** Canonical stem → the stems (as `stem` gives them, after lemmatising) that mean the same. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // A rise in a level: taxes, pay, prices, spending.
  increase: ['raise', 'hike', 'boost'],
  // A fall in a level.
  reduce: ['cut', 'reduction', 'slash'],
  // A higher court setting a ruling aside.
  reverse: ['overturn', 'reversal', 'overrule'],
};

const CANONICAL = new Map<string, string>(Object.entries(SYNONYMS).flatMap(([canonical, words]) => words.map((w) => [w, canonical] as const)));

/** The canonical stem of a stem: itself unless the table names it as a synonym. */
export function canonicalTerm(term: string): string {
  return CANONICAL.get(term) ?? term;
}
