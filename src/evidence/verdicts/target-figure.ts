/**
 * Target figures: the level a proposed change would reach. In "end the minimum wage of $7.25,
 * raise it to $15" the $15 is what the speaker wants, not what the minimum wage is; a fact that
 * the minimum wage is $7.25 does not contradict it. A figure after "to" whose verb is a change verb
 * in its base form (an infinitive, an imperative, after a modal: "raise it to", "would increase
 * spending to") is such a target. Only a fact about a proposal can contradict it or be its source
 * ("the amendment would increase military spending to $697 billion"); a fact that the level is
 * the target may still confirm it ("voted to increase spending to $900,000" and "the board set
 * spending at $900,000"). A change already made ("raised it to $7.25") is no target: its verb is
 * not in the base form.
 */
import type { Fact } from '../../model/evidence-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import { CLAUSE_BREAKS } from './compare-measure.ts';

/** Verbs that set a level by changing it ("raise it to $15"). */
const CHANGE_TO_VERBS = new Set(['raise', 'increase', 'boost', 'hike', 'lift', 'cut', 'reduce', 'lower', 'bring', 'double', 'triple']);

/** Words right before a verb that put it in its base form: "to raise", "would raise". */
const BASE_FORM_BEFORE = new Set(['to', 'will', 'would', 'should', 'could', 'can', 'must', 'may', 'might', 'shall', "'ll", "'d"]);

/**
 * True when the verb at `index` stands where only its base form can: after "to", a modal or "let's"
 * (adverbs and "not" between are skipped), or first in its clause, as a command or one of a list
 * under an earlier modal ("we must end it, raise it to $15"). A verb whose past is its base form
 * ("cut", "set") is told this way: "Congress cut the rate to 15 percent" is no target.
 */
function inBaseFormPlace(tokens: readonly Token[], index: number): boolean {
  let j = index - 1;
  while (j >= 0 && ((tokens[j] as Token).pos === 'ADV' || (tokens[j] as Token).normal === 'not')) j -= 1;
  const before = tokens[j];
  // "Let's" comes as "let us".
  const letUs = before?.normal === 'us' && tokens[j - 1]?.normal === 'let';
  return before === undefined || letUs || BASE_FORM_BEFORE.has(before.normal) || CLAUSE_BREAKS.has(before.value);
}

/**
 * True when the figure starting at token `first` is the target of a proposed change: "to" right
 * before it, and the nearest verb before that, in the same clause, a change verb in its base form
 * standing where only a base form can.
 */
export function isTargetFigure(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.normal !== 'to') return false;
  for (let i = first - 2; i >= 0; i -= 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_BREAKS.has(token.value)) return false;
    if (token.pos !== 'VERB') continue;
    return CHANGE_TO_VERBS.has(token.lemma.toLowerCase()) && token.normal === token.lemma.toLowerCase() && inBaseFormPlace(tokens, i);
  }
  return false;
}

/**
 * Words that make a fact about a proposal, a plan or a pledge rather than about what is. Matched
 * in lower case only, so "Bill Clinton" is no bill; "would not say" is no proposal, and an enacted
 * "tax bill" is none either.
 */
const PROPOSAL_WORDS = /\b(?:would(?!\s+(?:not|have)\b)|propos(?:e|es|ed|al|als)|plans? to|planned to|amendment|pledge[sd]?)\b/;

/** True when the fact states what a proposal would do, so it can contradict a target figure or be its source. */
export function isAboutProposal(fact: Pick<Fact, 'statement' | 'subject'>): boolean {
  return PROPOSAL_WORDS.test(`${fact.statement} ${fact.subject ?? ''}`);
}
