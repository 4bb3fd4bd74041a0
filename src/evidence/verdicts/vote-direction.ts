/**
 * "Lin voted against the port bill" against a fact that "Lin voted for the port bill": the same
 * vote cast the other way. restated-event.ts keeps prepositions that may reverse an act apart, so
 * such a pair was left unverified although the fact plainly contradicts the claim. A vote's
 * direction is the "for" or "against" right after a form of "vote" ("voted for", "a vote
 * against"); when each side states one, and they differ, the two are read as one act of opposite
 * polarity, with every other guard of the restatement still applying. A negation on either side
 * ("did not vote against") says only that the vote was not cast that way (one may abstain), so a
 * reversed vote with any negation decides nothing; nor does a fact that dates or places its vote
 * ("in May 1991", "in committee") where the claim does not, since a bill is often voted on more
 * than once, in versions, and the claim may mean another of its votes. Nor does a fact that names
 * anyone the claim does not ("House Democrats" for "Democrats", "Senator David Lin" for "Senator
 * Lin", "Senator Lin" for "the senator"): a named part of a group, a namesake or another person
 * may have voted otherwise (`sameVoters`). Nor when what was voted on is not one definite thing on both sides ("voted for
 * a bill" and "voted against bills" may be about different bills: `sameMeasureVoted`), nor when
 * the fact's vote is one of several ("once", "again", "that year"), nor on the dated path
 * (compare-event.ts), where the same vote on another date is no contradiction either.
 */
import type { Token } from '../../nlp/tokenize.ts';
import { nameRuns, TITLES } from './person-reference.ts';
import { referenceOf } from './definite-reference.ts';

export type VoteWay = 'for' | 'against';

/** The way the votes of `tokens` are cast, or null when they name none or both. */
export function voteWay(tokens: readonly Token[]): VoteWay | null {
  const ways = new Set<VoteWay>();
  tokens.forEach((token, i) => {
    if (token.lemma.toLowerCase() !== 'vote' && !/^vot(e|es|ed|ing)$/.test(token.normal)) return;
    const next = tokens[i + 1]?.normal;
    if (next === 'for' || next === 'against') ways.add(next);
  });
  return ways.size === 1 ? ([...ways][0] as VoteWay) : null;
}

/** True when both sides state a vote and cast it opposite ways. */
export function votesReversed(claim: readonly Token[], fact: readonly Token[]): boolean {
  const a = voteWay(claim);
  const b = voteWay(fact);
  return a !== null && b !== null && a !== b;
}

/**
 * True when the fact names no one the claim does not (titles aside): "Senator Lin voted for it"
 * against "The senator voted against it" or "Our party voted against it" may be about someone else.
 */
export function sameVoters(claim: readonly Token[], fact: readonly Token[], speaker: ReadonlySet<string> = new Set()): boolean {
  // "I voted against it", said by Lin: the speaker's name is the claim's (person-reference.ts).
  const names = new Set([...nameRuns(claim).flat(), ...speaker]);
  return nameRuns(fact).every((run) => run.every((n) => names.has(n) || TITLES.has(n)));
}

/**
 * True when every common noun of `keys` that a side gives is a definite phrase ("the bill", "this
 * bill", "Lin's bill") or a bare mass noun ("port expansion"), not "a bill" nor "bills": only
 * then may a vote for and a vote against be on one and the same thing. An owner one side names and
 * the other does not ("Okafor's port bill" against "the port bill") may tell two bills apart.
 */
export function sameMeasureVoted<T extends Token & { readonly key: string }>(claim: readonly T[], fact: readonly T[], keys: ReadonlySet<string>): boolean {
  const definite = (tokens: readonly T[]): boolean => tokens.every((t, i) => {
    if (t.pos !== 'NOUN' || !keys.has(t.key)) return true;
    // Only the head of a phrase counts: "port" in "the port expansion bill" is read by its head.
    if (tokens[i + 1]?.pos === 'NOUN') return true;
    const reference = referenceOf(tokens, i);
    if (reference === 'indefinite') return false;
    const plural = t.normal !== t.lemma.toLowerCase() && t.normal.endsWith('s');
    return reference === 'definite' || !plural;
  });
  const owners = (tokens: readonly T[]): Set<string> => new Set(tokens.filter((t, i) => t.pos === 'PROPN' && ["'s", '’s', "'", '’'].includes(tokens[i + 1]?.normal ?? '')).map((t) => t.key));
  const claimOwners = owners(claim);
  const factOwners = owners(fact);
  const sameOwners = [...claimOwners].every((o) => factOwners.has(o)) && [...factOwners].every((o) => claimOwners.has(o));
  return sameOwners && definite(claim) && definite(fact);
}
