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
 *   the fact does too.
 *
 * Negation then decides, read per clause: the clauses of each side that carry shared words must
 * agree on their own negation ("No, there wasn't …": "No" is a clause of its own with no content
 * word and is ignored), and a negation in a clause that carries content words but none of the
 * shared ones leaves its scope unknown, so nothing is decided.
 */
import type { Token } from '../../nlp/tokenize.ts';
import type { ClaimProfile } from './claim-profile.ts';
import { EVENT_COVERAGE, EVENT_MIN_SHARED } from './compare-event.ts';
import type { Candidate } from './retrieve-candidates.ts';
import { contextualTerm } from './term-synonyms.ts';
import { termOf } from './text-terms.ts';

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
  'declare', 'post', 'accuse', 'find', 'conclude', 'rule', 'estimate', 'believe', 'think', 'dispute', 'reject', 'refute', 'rate', 'cite', 'question',
]);
/** Words of dispute or correction: a fact carrying one is likely to quote the claim in order to refute it. */
const DISPUTE = new Set([
  'false', 'falsely', 'untrue', 'incorrect', 'inaccurate', 'wrong', 'misleading', 'mislead', 'debunk', 'myth', 'hoax', 'rumor', 'rumour', 'baseless',
  'unfounded', 'evidence', 'actually', 'contrary', 'instead', 'rather', 'but', 'however', 'although', 'though', 'plausibility', 'exaggerate', 'alleged',
  'allegedly', 'purported', 'purportedly', 'supposedly', 'fabricate', 'fake', 'lie',
]);
const FACT_CHECK = /fact[\s-]?check|politifact|snopes/i;
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

const oddNegation = (clause: readonly Token[]): boolean => clause.filter((t) => NEGATORS.has(t.normal)).length % 2 === 1;

/**
 * Whether the clauses of a text that carry any of `keys` are negated: true or false when they all
 * agree, null when they disagree or a negation stands in a clause of other content words.
 */
export function clauseNegation(tokens: readonly Token[], keys: ReadonlySet<string>): boolean | null {
  let polarity: boolean | null = null;
  for (const clause of clauses(keyed(tokens))) {
    const content = clause.filter(isContent);
    const carries = carriesShared(content, keys);
    const negated = oddNegation(clause);
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
  const claimModals = normals(claimTokens, MODALS);
  const factModals = normals(factTokens, MODALS);
  if (claimModals.size !== factModals.size || [...claimModals].some((m) => !factModals.has(m))) return null;
  // The fact reports someone's words or a finding the claim does not report.
  if (factTokens.some((t) => t.pos === 'VERB' && REPORTING.has(t.lemma.toLowerCase()) && !claimKeys.has(t.key))) return null;
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
  return claimNegated === factNegated ? 'supports' : 'contradicts';
}
