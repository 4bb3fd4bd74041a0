/**
 * Undated claims with no figure (an act, a quote, a vote: "You called it the gold standard of
 * trade deals", "The senator never voted for the bill") decided by a fact with no value that
 * restates them. Without a figure or a date to compare, the only evidence is the wording, and this
 * path has no `misleading` outcome, so it fires only on a near-verbatim restatement and abstains
 * whenever a word that could carry a difference is not on both sides:
 *
 * - every content word of the claim (noun, verb, adjective, adverb or name, beyond a few light
 *   verbs and intensifiers) must be in the fact's statement: "I hoped it would be the gold
 *   standard" is not restated by "This TPP sets the gold standard", nor "the biggest threat" by
 *   "our No. 1 foe";
 * - the fact's clauses that carry shared words other than names may add no common noun, verb or
 *   adjective of their own ("the picture … 'having breakfast' actually shows Oswald distributing leaflets"):
 *   an added word may be what makes the fact refute the claim;
 * - the fact may not report someone saying, denying or checking it ("X said that …", "fact-checkers
 *   found no evidence that …", "X denied that …") unless the claim reports the same act, nor be a
 *   question, nor carry a word of dispute ("false", "actually", "but");
 * - both sides must use the same modals ("would", "might": a plan is not an act), and the claim
 *   may not bound itself in time relative to when it was spoken ("in years", "ago", "recently"),
 *   which only the text's date could settle, nor limit itself ("only", "first", "every") unless
 *   the fact does too;
 * - prepositions that may reverse the act agree ("voted for" / "voted against", a passive "by"),
 *   the claim's content words come in the fact in the same order (who did what to whom), a
 *   relative clause restating the claim is not about a name the claim does not give ("praised
 *   Lin, who voted for it": relative-actor.ts), a claim
 *   whose actor is "he", "she", "they" or "we" is not matched to a fact naming someone else, nor
 *   one whose actor is "I" or "you" unless that is resolved (person-reference.ts), a definite
 *   phrase ("the bill") is not matched to an indefinite one ("a bill": definite-reference.ts), and
 *   no side states a condition; the fact adds no hedge, partial quantifier or change over time
 *   ("nearly", "reportedly", "some of", "no longer"), and a present stance is not a past act.
 *
 * Negation then decides, read per clause: the clauses of each side that carry shared words must
 * agree on their own negation ("No, there wasn't …": "No" is a clause of its own with no content
 * word and is ignored), and a negation in a clause that carries content words but none of the
 * shared ones leaves its scope unknown, so nothing is decided; so does a clause with two negations
 * ("neither … nor"), and a negated fact that adds an adverb or a preposition the negation may bear
 * on ("did not veto it alone", "did not veto it in March").
 */
import type { Token } from '../../nlp/tokenize.ts';
import type { ClaimProfile } from './claim-profile.ts';
import { EVENT_COVERAGE, EVENT_MIN_SHARED } from './compare-event.ts';
import type { Candidate } from './retrieve-candidates.ts';
import { contextualTerm } from './term-synonyms.ts';
import { termOf } from './text-terms.ts';
import { FIRST_PERSON, nameStems, personResolved, speakerNames } from './person-reference.ts';
import { referencesDiffer } from './definite-reference.ts';
import { sameMeasureVoted, sameVoters, votesReversed } from './vote-direction.ts';
import { actorOfRelativeElsewhere } from './relative-actor.ts';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);
/** Verbs that only carry an auxiliary's or a support verb's meaning ("made a call", "got elected"). */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'make']);
/** Intensifiers and discourse adverbs that change no fact ("very clear", "absolutely"). */
const INTENSIFIERS = new Set(['very', 'really', 'absolutely', 'just', 'so', 'also', 'too', 'well', 'quite', 'indeed', 'certainly', 'there', 'then', 'now', 'even']);
/** Modals: "would provide" states a plan or a condition, "provided" an act. */
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'will', 'shall', 'can', 'ought', 'wo', 'ca']);
/** Words that bound a claim in time relative to when it was spoken: only the text's date could settle them. */
const RELATIVE_TIME = new Set([
  'ago', 'recently', 'lately', 'anymore', 'yet', 'since', 'today', 'yesterday', 'tomorrow', 'currently', 'now', 'still', 'again',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'last', 'past', 'ever', 'once', 'before', 'after', 'until',
]);
/** Words that limit or generalise a claim ("only once", "the first", "every bill"); the fact must say the same. */
const LIMITS = new Set(['only', 'first', 'every', 'all', 'each', 'always', 'both', 'most', 'whole', 'entire', 'sole', 'any']);
/** Verbs that report someone's words or findings: a fact of that shape is about the report, not the event, unless the claim reports too. */
const REPORTING = new Set([
  'say', 'tell', 'claim', 'write', 'tweet', 'describe', 'suggest', 'argue', 'assert', 'state', 'report', 'allege', 'insist', 'deny', 'announce',
  'declare', 'post', 'accuse', 'find', 'conclude', 'rule', 'estimate', 'believe', 'think', 'dispute', 'reject', 'refute', 'rate', 'cite', 'question', 'quote', 'repeat', 'recall',
]);
/** Words that mark a report however they are tagged ("or so aides claim", "according to"). */
const REPORT_MARKERS = new Set(['according', 'claim', 'claims', 'claimed', 'reportedly', 'rumored', 'rumoured']);
/** Words of dispute or correction: a fact carrying one is likely to quote the claim in order to refute it. */
const DISPUTE = new Set([
  'false', 'falsely', 'untrue', 'incorrect', 'inaccurate', 'wrong', 'misleading', 'mislead', 'debunk', 'myth', 'hoax', 'rumor', 'rumour', 'baseless',
  'unfounded', 'evidence', 'actually', 'contrary', 'instead', 'rather', 'but', 'however', 'although', 'though', 'plausibility', 'exaggerate', 'alleged',
  'allegedly', 'purported', 'purportedly', 'supposedly', 'fabricate', 'fake', 'lie',
]);
const FACT_CHECK = /fact[\s-]?check|politifact|snopes/i;
/**
 * Adverbs that hedge, approximate or date an act ("nearly vetoed", "reportedly said", "no longer
 * supports", "formerly backed"): a fact carrying one does not say the act plainly happened.
 */
const QUALIFIERS = new Set([
  'nearly', 'almost', 'hardly', 'barely', 'scarcely', 'seldom', 'rarely', 'partially', 'partly', 'reportedly', 'apparently', 'seemingly',
  'nominally', 'technically', 'longer', 'anymore', 'still', 'yet', 'formerly', 'previously', 'originally', 'initially', 'later',
  'eventually', 'currently', 'recently', 'lately', 'briefly', 'temporarily',
]);
/** Words that open a condition or a counterfactual: "If re-elected, she vetoes …" states no act. */
const CONDITIONALS = new Set(['if', 'unless', 'whether', 'suppose', 'supposing', 'assuming', 'lest', 'otherwise', 'hypothetically']);
/** Prepositions that place or date an act without changing it; any other one the claim lacks ("against" for "for", "from" for "to") may reverse it. */
const NEUTRAL_ADP = new Set(['in', 'on', 'at', 'during', 'of', 'as']);
/** Third-person subject pronouns: the claim's actor is then unknown, and a fact naming someone may be about someone else. */
const THIRD_PERSON = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'we', 'us']);
/** Partial quantifiers: "vetoed some of the bills" does not restate "vetoed the bills". */
const PARTIAL = new Set(['some', 'half', 'several', 'many', 'few', 'much', 'most', 'majority', 'minority', 'certain', 'partly', 'part']);
/** Tokens that end a clause: punctuation, conjunctions and subordinators. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '--', '.', '!', '?']);
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'because', 'although', 'though', 'while', 'when', 'which', 'who', 'whom', 'whose', 'that', 'if', 'whereas', 'where', 'so']);

/** A token with the comparable key of its word: its canonical stem, read in context ("trade deals" as agreements). */
interface Keyed extends Token {
  readonly key: string;
}

function keyed(tokens: readonly Token[]): Keyed[] {
  return tokens.map((t, i) => ({ ...t, key: contextualTerm(tokens, i) ?? termOf(t.lemma) }));
}

function isContent(token: Token): boolean {
  return token.type === 'word' && CONTENT_POS.has(token.pos) && !LIGHT.has(token.lemma.toLowerCase()) && !INTENSIFIERS.has(token.normal)
    && !NEGATORS.has(token.normal) && !MODALS.has(token.normal);
}

/** The tokens of each clause, split at punctuation and at words that open another clause. */
export function clauses<T extends Token>(tokens: readonly T[]): T[][] {
  const out: T[][] = [[]];
  for (const token of tokens) {
    if (CLAUSE_PUNCT.has(token.value)) {
      out.push([]);
      continue;
    }
    if (CLAUSE_WORDS.has(token.normal)) out.push([]);
    (out.at(-1) as T[]).push(token);
  }
  return out.filter((c) => c.length > 0);
}

/**
 * True when a clause carries words it shares with the other side beyond names: "In 2012 Senator
 * Lin gave a speech" only names who, and is not where "she called the pact …" is restated.
 */
function carriesShared(content: readonly Keyed[], keys: ReadonlySet<string>): boolean {
  return content.some((t) => t.pos !== 'PROPN' && keys.has(t.key));
}

const negations = (clause: readonly Token[]): number => clause.filter((t) => NEGATORS.has(t.normal)).length;

/**
 * Whether the clauses of a text that carry any of `keys` are negated: true or false when they all
 * agree, null when they disagree or a negation stands in a clause of other content words.
 */
export function clauseNegation(tokens: readonly Token[], keys: ReadonlySet<string>): boolean | null {
  let polarity: boolean | null = null;
  for (const clause of clauses(keyed(tokens))) {
    const content = clause.filter(isContent);
    const carries = carriesShared(content, keys);
    const count = negations(clause);
    // Two negations in one clause ("neither … nor", "not … without") have no scope this reading can place.
    if (count > 1) return null;
    const negated = count === 1;
    if (!carries) {
      // "No," on its own answers a question and restates the denial that follows; a negation among
      // other content words has a scope this reading cannot place.
      if (negated && content.length > 0) return null;
      continue;
    }
    if (polarity !== null && polarity !== negated) return null;
    polarity = negated;
  }
  return polarity;
}

/** The keys of a text's content words. */
function contentKeys(tokens: readonly Keyed[]): Set<string> {
  return new Set(tokens.filter(isContent).map((t) => t.key));
}

const normals = (tokens: readonly Token[], of: ReadonlySet<string>): Set<string> => new Set(tokens.map((t) => t.normal).filter((n) => of.has(n)));

/** "never once", "not ever": an adverb that only strengthens the negation before it. */
const emphasis = (clause: readonly Token[], i: number): boolean =>
  ['once', 'ever'].includes(clause[i]?.normal ?? '') && NEGATORS.has(clause[i - 1]?.normal ?? '');

/** True when the claim's content words first appear in the fact in the order they first appear in the claim. */
function inOrder(claim: readonly Keyed[], fact: readonly Keyed[], keys: ReadonlySet<string>): boolean {
  const firsts = (tokens: readonly Keyed[]): string[] => [...new Set(tokens.filter((t) => isContent(t) && keys.has(t.key)).map((t) => t.key))];
  const factOrder = firsts(fact);
  const positions = firsts(claim).map((k) => factOrder.indexOf(k));
  return positions.every((p, i) => i === 0 || p > (positions[i - 1] as number));
}

/** What a valueless fact says of an undated, figureless claim it restates, or null when it is not a safe restatement. */
export function compareRestatement(claim: ClaimProfile, candidate: Candidate): 'supports' | 'contradicts' | null {
  const { fact, statement } = candidate.profile;
  if (claim.time !== null || claim.figures.length > 0 || fact.value !== null) return null;
  const coverage = candidate.shared.length / Math.max(1, claim.words.terms.size);
  if (candidate.shared.length < EVENT_MIN_SHARED || coverage < EVENT_COVERAGE) return null;
  const claimTokens = keyed(claim.words.tokens);
  const factTokens = keyed(statement.tokens);
  // A question asserts nothing; a bare number left out of the figures is still unchecked.
  if (claim.unit.text.includes('?') || fact.statement.includes('?')) return null;
  if (claimTokens.some((t) => t.pos === 'NUM' || t.type === 'number')) return null;
  if (claimTokens.some((t) => RELATIVE_TIME.has(t.normal))) return null;
  const claimKeys = contentKeys(claimTokens);
  const factKeys = contentKeys(factTokens);
  if ([...claimKeys].some((k) => !factKeys.has(k))) return null;
  const claimLimits = normals(claimTokens, LIMITS);
  const factLimits = normals(factTokens, LIMITS);
  if ([...claimLimits].some((w) => !factLimits.has(w))) return null;
  // Prepositions may reverse the act ("voted for" / "voted against", "moved to" / "moved from", a
  // passive "by"): the claim's must all be in the fact, and the fact may add only neutral ones.
  // "Voted against" meets "voted for" as the same vote cast the other way (vote-direction.ts).
  const reversed = votesReversed(claimTokens, factTokens);
  const vote = (t: Token): boolean => !reversed || (t.normal !== 'for' && t.normal !== 'against');
  const claimAdps = new Set(claimTokens.filter((t) => t.pos === 'ADP' && vote(t)).map((t) => t.normal));
  const factAdps = new Set(factTokens.filter((t) => t.pos === 'ADP' && vote(t)).map((t) => t.normal));
  if ([...claimAdps].some((a) => !factAdps.has(a)) || [...factAdps].some((a) => !claimAdps.has(a) && !NEUTRAL_ADP.has(a))) return null;
  if (factTokens.some((t) => PARTIAL.has(t.normal) && !claimTokens.some((c) => c.normal === t.normal))) return null;
  // A condition, a hedge or a change over time in the fact (or the claim) is no plain restatement.
  if ([...claimTokens, ...factTokens].some((t) => CONDITIONALS.has(t.normal))) return null;
  if (factTokens.some((t) => QUALIFIERS.has(t.normal) && !claimKeys.has(t.key))) return null;
  if (clauses(factTokens).some((c) => ['had', 'were', 'should'].includes(c[0]?.normal ?? '') && ['PRON', 'PROPN', 'DET'].includes(c[1]?.pos ?? ''))) return null;
  // A claim in the present ("supports") is not restated by a past act ("supported"): a stance can change.
  if (claimTokens.some((t) => t.pos === 'VERB' && t.normal !== t.lemma.toLowerCase() && t.normal.endsWith('s') && !factTokens.some((f) => f.normal === t.normal))) return null;
  // Who did what to whom: the claim's content words in the fact's order ("Okafor endorsed Reyes" is not "Reyes endorsed Okafor").
  if (!inOrder(claimTokens, factTokens, claimKeys)) return null;
  // "He voted for it" names no one: a fact naming someone the claim does not may be about someone else.
  const claimNames = new Set(claimTokens.filter((t) => t.pos === 'PROPN').map((t) => t.key));
  if (claimTokens.some((t) => THIRD_PERSON.has(t.normal)) && factTokens.some((t) => t.pos === 'PROPN' && !claimNames.has(t.key))) return null;
  // "Okafor praised Lin, who voted for it": the relative clause is Lin's act, not Okafor's (relative-actor.ts).
  const claimNameStems = nameStems(claimTokens);
  if (actorOfRelativeElsewhere(factTokens, claimNameStems, (c) => carriesShared((c as Keyed[]).filter(isContent), claimKeys))) return null;
  // "I" is the speaker, "you" whoever is addressed: a fact naming someone restates them only once that is known (person-reference.ts).
  const restating = clauses(factTokens).filter((c) => carriesShared(c.filter(isContent), claimKeys)).flat();
  if (!personResolved(claimTokens, factTokens, claimNameStems, claim.unit.speaker, restating)) return null;
  // "The bill" is not "a bill": a definite phrase on one side and an indefinite on the other leave which one open (definite-reference.ts).
  if (referencesDiffer(claimTokens, factTokens, claimKeys)) return null;
  const claimModals = normals(claimTokens, MODALS);
  const factModals = normals(factTokens, MODALS);
  if (claimModals.size !== factModals.size || [...claimModals].some((m) => !factModals.has(m))) return null;
  // The fact reports someone's words or a finding the claim does not report.
  if (factTokens.some((t) => t.pos === 'VERB' && REPORTING.has(t.lemma.toLowerCase()) && !claimKeys.has(t.key))) return null;
  // "…, or so her aides claim", "according to a report": a report whatever the tagger calls the word.
  if (factTokens.some((t) => REPORT_MARKERS.has(t.normal) && !claimKeys.has(t.key))) return null;
  if (FACT_CHECK.test(fact.statement) || factTokens.some((t) => DISPUTE.has(t.normal) || DISPUTE.has(t.lemma.toLowerCase()))) return null;
  // The fact's clauses that restate the claim add no common word of their own.
  for (const clause of clauses(factTokens)) {
    const content = clause.filter(isContent);
    if (!carriesShared(content, claimKeys)) continue;
    if (content.some((t) => t.pos !== 'PROPN' && t.pos !== 'ADV' && !claimKeys.has(t.key))) return null;
  }
  const claimNegated = clauseNegation(claimTokens, claimKeys);
  const factNegated = clauseNegation(factTokens, claimKeys);
  if (claimNegated === null || factNegated === null) return null;
  // A negation may bear on what the fact adds ("did not veto it alone", "did not veto it in March"):
  // a negated fact that adds an adverb or a preposition contradicts nothing.
  if (factNegated && !claimNegated && clauses(factTokens).some((c) => carriesShared(c.filter(isContent), claimKeys)
    && c.some((t, i) => (t.pos === 'ADV' && isContent(t) && !claimKeys.has(t.key) && !emphasis(c, i)) || (t.pos === 'ADP' && !claimAdps.has(t.normal))))) return null;
  // "Did not vote against" is no vote for: one may abstain.
  // And a fact that dates or places its vote ("in March 2015") may be one vote of several on the bill.
  // And "House Democrats voted for it" is a part of "Democrats", who may have voted against it.
  if (reversed) {
    // "Once", "again", "that year" make the fact's vote one of several, as a date does.
    const dated = [...factAdps].some((a) => !claimAdps.has(a)) || factTokens.some((t) => t.pos === 'NUM' || t.type === 'number' || RELATIVE_TIME.has(t.normal));
    return claimNegated || factNegated || dated || !sameVoters(claimTokens, factTokens, claimTokens.some((t) => FIRST_PERSON.has(t.normal)) ? speakerNames(claim.unit.speaker) : new Set()) || !sameMeasureVoted(claimTokens, factTokens, claimKeys) ? null : 'contradicts';
  }
  return claimNegated === factNegated ? 'supports' : 'contradicts';
}
