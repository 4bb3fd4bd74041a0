/**
 * Words that name the same measure or the same act, mapped to one canonical stem, so that "a pay
 * raise" meets "a pay increase", "overturned" meets "reversed" and "net worth" meets "wealth". The
 * table is general-purpose: the verbs and nouns of change and of legal review that statistics and
 * fact-checks use, and the few measures statistics name in more than one way (pay, wages and
 * earnings; wealth and net worth), not words picked from any one claim. Keep it small: a synonym
 * wrongly merged makes unrelated facts share a topic word, which retrieval then mistakes for the
 * same subject.
 */
import type { Token } from '../../nlp/tokenize.ts';

/** Canonical stem → the stems (as `stem` gives them, after lemmatising) that mean the same. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // A rise in a level: taxes, pay, prices, spending.
  increase: ['raise', 'hike', 'boost'],
  // A fall in a level.
  reduce: ['cut', 'reduction', 'slash'],
  // A higher court setting a ruling aside.
  reverse: ['overturn', 'reversal', 'overrule'],
  // What work pays: labour statistics call it wages, salaries or earnings alike.
  wage: ['salary', 'earning', 'paycheck'],
};

const CANONICAL = new Map<string, string>(Object.entries(SYNONYMS).flatMap(([canonical, words]) => words.map((w) => [w, canonical] as const)));

/** The canonical stem of a stem: itself unless the table names it as a synonym. */
export function canonicalTerm(term: string): string {
  return CANONICAL.get(term) ?? term;
}

/**
 * Two-word names of a measure, keyed by their second word: the pair (or the two joined by a
 * hyphen) stands for the canonical stem ("net worth" is wealth; "worth" alone is not: "$2
 * billion worth of media").
 */
const PHRASES: Readonly<Record<string, { readonly first: string; readonly canonical: string }>> = {
  worth: { first: 'net', canonical: 'wealth' },
};

/** Nouns that are a synonym only as nouns: "pay rose" is wages, "we pay 22 percent" is not. */
const NOUN_SYNONYMS: Readonly<Record<string, string>> = { pay: 'wage' };

/**
 * Nouns, by lemma, that the tagger already reads as nouns and that mean the same as another noun
 * wherever they are nouns: a trade "deal" is a trade "agreement", "vets" in speech are veterans.
 * Their verbs differ ("deal with", "to vet"), so only the noun is merged.
 */
const TAGGED_NOUN_SYNONYMS: Readonly<Record<string, string>> = { deal: 'agreement', vet: 'veteran' };

const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
const MODIFIER_BEFORE = new Set(['DET', 'ADJ', 'NUM']);

/**
 * True when a word that can be a noun or a verb is used as a noun. The tagger often reads "pay"
 * as a verb even in "average hourly pay rose", so the neighbours decide: a determiner, adjective,
 * number or possessive before it ("their pay", "military pay"), or a verb right after it ("pay
 * rose", "teacher pay is") make it a noun; "we pay", "to pay", "Americans pay taxes" stay verbs.
 */
function usedAsNoun(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before !== undefined && (MODIFIER_BEFORE.has(before.pos) || POSSESSIVES.has(before.normal))) return true;
  return after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX');
}

/**
 * The canonical stem the token at `index` stands for in its context (the second word of "net
 * worth", "pay" used as a noun), or null when its context changes nothing.
 */
export function contextualTerm(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  if (token === undefined) return null;
  const phrase = PHRASES[token.normal];
  // The first word may be joined by a hyphen: "net-worth" is tokenized as "net", "-", "worth".
  const before = tokens[index - 1]?.value === '-' ? tokens[index - 2] : tokens[index - 1];
  if (phrase !== undefined && before?.normal === phrase.first) return phrase.canonical;
  const tagged = token.pos === 'NOUN' ? TAGGED_NOUN_SYNONYMS[token.lemma.toLowerCase()] : undefined;
  if (tagged !== undefined) return tagged;
  const noun = NOUN_SYNONYMS[token.normal];
  return noun !== undefined && usedAsNoun(tokens, index) ? noun : null;
}
