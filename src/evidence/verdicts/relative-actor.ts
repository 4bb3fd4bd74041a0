/**
 * "Senator Okafor praised Senator Lin, who voted for the port expansion bill": a clause opened by a
 * relative pronoun ("who", "whom", "which", "that") tells of the name right before it, here Lin.
 * restated-event.ts reads a fact's clauses for the claim's words and found "voted for the port
 * expansion bill" there, and Okafor earlier in the fact, so "Senator Okafor voted for the port
 * expansion bill" was supported (and, a vote cast the other way, contradicted: vote-direction.ts).
 * When the clause that restates the claim is such a relative clause and its antecedent is a name
 * the claim does not give (titles aside), the act is someone else's, and nothing is decided.
 */
import type { Token } from '../../nlp/tokenize.ts';
import { TITLES } from './person-reference.ts';
import { stem } from './text-terms.ts';

const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Tokens that end the relative clause. */
const ENDS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–']);

/**
 * True when a relative clause of the fact that `restates` (the claim's words are in it) tells of a
 * name before it that is none of `claimNames` (stems of the claim's proper nouns).
 */
export function actorOfRelativeElsewhere(factTokens: readonly Token[], claimNames: ReadonlySet<string>, restates: (clause: readonly Token[]) => boolean): boolean {
  for (let i = 1; i < factTokens.length; i += 1) {
    if (!RELATIVES.has(factTokens[i]?.normal ?? '')) continue;
    let last = i - 1;
    if (factTokens[last]?.value === ',') last -= 1;
    const run: string[] = [];
    for (let j = last; j >= 0 && factTokens[j]?.pos === 'PROPN'; j -= 1) run.unshift(stem(factTokens[j]!.normal));
    if (run.length === 0 || run.some((n) => claimNames.has(n) && !TITLES.has(n))) continue;
    let end = i + 1;
    while (end < factTokens.length && !ENDS.has(factTokens[end]?.value ?? '')) end += 1;
    if (restates(factTokens.slice(i + 1, end))) return true;
  }
  return false;
}
