/**
 * The parties a fact's subject names: the proper nouns of "pages in Mitt Romney's financial
 * disclosure form" or "military spending under Marco Rubio's budget amendment" that are not
 * places (places have their own comparison). A figure that belongs to a named party is that
 * party's figure, and says nothing against the same measure of another.
 */
import { findTimes } from '../../passes/times.ts';
import type { TextTerms } from './text-terms.ts';
import { isActor, termOf, textEntities } from './text-terms.ts';

/** Stems of the proper nouns of `phrase` outside its place and nationality names. */
export function subjectNames(phrase: TextTerms): Set<string> {
  const { tokens } = phrase;
  const notParties = textEntities(phrase).filter((e) => !isActor(e));
  // Month names ("February-June 2017") are capitalised but name a time, not a party.
  const inTime = new Set<number>();
  for (const time of findTimes(tokens, 0, tokens.length)) for (let t = time.first; t < time.end; t += 1) inTime.add(t);
  const names = new Set<string>();
  // A parenthesis names who estimated the figure ("(FAIR estimate)", "(Economic Policy
  // Institute)"), not whose figure it is: a claim need not name the source to be about it.
  let depth = 0;
  for (const [index, token] of tokens.entries()) {
    if (token.value === '(') depth += 1;
    if (token.value === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || token.pos !== 'PROPN' || token.type !== 'word' || inTime.has(index)) continue;
    if (notParties.some((e) => token.start >= e.start && token.end <= e.end)) continue;
    const term = termOf(token.lemma);
    if (phrase.terms.has(term)) names.add(term);
  }
  return names;
}
