/**
 * "The bill" against "a bill": a definite noun phrase points at one thing the speaker has in mind
 * ("the senator vetoed the bill", the one under discussion), an indefinite one at some thing of the
 * kind. A fact that "Governor Reyes vetoed a bill" does not establish that she vetoed the bill the
 * claim means, nor does "she vetoed the bill" (some bill the fact's writer had in mind) settle
 * that she vetoed a bill the claim introduces as new. Without a figure or a date, the words are all
 * restated-event.ts has, so a shared noun that one side makes definite and the other indefinite
 * leaves the identity open, and nothing is decided.
 *
 * The dated path (compare-event.ts) reads the same: "vetoed the bill in 2015" is not restated by
 * "vetoed a bill in 2015", and "signed a tax cut in 2016" is not denied by "signed a tax cut in
 * 2015", since one act of a kind on one date says nothing of another on another (`namesIndefinite`).
 *
 * Only "a"/"an"/"another" count as indefinite, and "the", demonstratives and possessives ("his",
 * "Lin's") as definite; a bare noun ("bills", "water") or a quantifier is read as neither.
 */
import type { Token } from '../../nlp/tokenize.ts';

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'my', 'your', 'our']);
const INDEFINITE = new Set(['a', 'an', 'another']);
/** Parts of speech inside a noun phrase before its head: "the port expansion bill", "a very large $5 fund". */
const INSIDE_PHRASE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PUNCT', 'SYM', 'PART']);

type Reference = 'definite' | 'indefinite' | null;

/** How the noun phrase whose head is `tokens[at]` refers, from the determiner that opens it. */
export function referenceOf(tokens: readonly Token[], at: number): Reference {
  for (let i = at - 1; i >= 0; i -= 1) {
    const token = tokens[i] as Token;
    if (DEFINITE.has(token.normal)) return 'definite';
    if (INDEFINITE.has(token.normal)) return 'indefinite';
    // "Lin's bill": a possessive makes the phrase definite.
    if (token.normal === "'s" || token.normal === '’s' || token.value === "'" || token.value === '’') return 'definite';
    if (token.value === '"' || token.value === '“' || token.value === '”') continue;
    if (!INSIDE_PHRASE.has(token.pos) || [',', ';', ':', '.', '(', ')'].includes(token.value)) return null;
  }
  return null;
}

/**
 * True when a noun whose key is in `keys` heads a phrase the claim makes definite and the fact
 * indefinite, or the other way round, and no phrase of that noun on the other side agrees.
 */
export function referencesDiffer<T extends Token & { readonly key: string }>(claim: readonly T[], fact: readonly T[], keys: ReadonlySet<string>): boolean {
  const refs = (tokens: readonly T[], key: string): Set<Reference> => new Set(tokens.flatMap((t, i) => (t.pos === 'NOUN' && t.key === key ? [referenceOf(tokens, i)] : [])));
  for (const key of keys) {
    const inClaim = [...refs(claim, key)].filter((r) => r !== null);
    const inFact = [...refs(fact, key)].filter((r) => r !== null);
    if (inClaim.length === 0 || inFact.length === 0) continue;
    if (!inClaim.some((r) => inFact.includes(r))) return true;
  }
  return false;
}

/** True when a noun whose key is in `keys` heads a phrase the tokens make indefinite: "a bill", "another tax cut". */
export function namesIndefinite<T extends Token & { readonly key: string }>(tokens: readonly T[], keys: ReadonlySet<string>): boolean {
  return tokens.some((t, i) => t.pos === 'NOUN' && keys.has(t.key) && referenceOf(tokens, i) === 'indefinite');
}
