/**
 * The counted noun of a bare figure that completes a verb of level or change: in "Militant attacks
 * in Pakistan rose to 306 in 2023" the 306 counts attacks, though no noun follows it. The verb's
 * subject names what the figure counts, so without it the figure could not be matched to a fact's
 * measure and the claim would stay unverified against a fact stating exactly that.
 */
import type { Token } from '../../nlp/tokenize.ts';
import { PEOPLE_NOUNS } from '../../passes/quantity-units.ts';
import { CLAUSE_BREAKS } from './compare-measure.ts';
import { nounPhrases } from './phrase-head.ts';

/**
 * Verbs (lemmas) whose complement is a figure of their subject: a level reached ("rose to",
 * "reached", "stood at", "totalled") or a change ("fell 306", "fell by 306").
 */
const LEVEL_VERBS = new Set([
  'rise', 'fall', 'climb', 'drop', 'reach', 'hit', 'total', 'stand', 'grow', 'increase', 'decrease', 'decline',
  'jump', 'surge', 'soar', 'plunge', 'plummet', 'swell', 'number', 'amount', 'shrink',
]);
/** Words between such a verb and its figure: "rose to", "stood at", "fell by". */
const LINKING = new Set(['to', 'at', 'by']);
/** Words that open a new clause, whose subject is not the one before them. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'because', 'while', 'when', 'whereas', 'although', 'and', 'but', 'or']);
/** Heads that name a count of something else: "the number of refugees" counts refugees. */
const COUNT_HEADS = new Set(['number', 'count', 'total', 'tally', 'amount', 'figure', 'level']);

/** True for a noun that counts things: a plural ("attacks", "children") or a noun of people. */
function isCountNoun(token: Token): boolean {
  if (PEOPLE_NOUNS.has(token.normal)) return true;
  return token.lemma.toLowerCase() !== token.normal || (token.normal.length > 3 && token.normal.endsWith('s') && !token.normal.endsWith('ss'));
}

/** Most words between such a verb and its figure: "fell by nearly 300 to 4,210". */
const MAX_BETWEEN = 5;

/**
 * True for a word that may stand between the verb and its figure: "to", "at", "by", an adverb
 * ("rose sharply to"), an article or adjective ("reached a record 306"), or the figure of the
 * change before the level ("fell by 300 to 4,210").
 */
function mayStandBetween(token: Token): boolean {
  return LINKING.has(token.normal) || token.normal === 'record' || ['ADV', 'DET', 'ADJ', 'NUM'].includes(token.pos);
}

/** The index of the verb a figure starting at token `first` completes, or -1. */
function governingVerb(tokens: readonly Token[], first: number): number {
  let i = first - 1;
  while (i >= 0 && first - i <= MAX_BETWEEN && tokens[i]?.pos !== 'VERB' && mayStandBetween(tokens[i] as Token)) i -= 1;
  const verb = tokens[i];
  return verb !== undefined && verb.pos === 'VERB' && LEVEL_VERBS.has(verb.lemma.toLowerCase()) ? i : -1;
}

/**
 * The head of a phrase: its last noun. A sentence-initial proper noun counts, since the tagger
 * reads a capitalised plural there ("Deaths stood at 1,069") as a name.
 */
function headOf(tokens: readonly Token[], run: { start: number; end: number }, clauseStart: number): number {
  for (let i = run.end - 1; i >= run.start; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'NOUN' || (token.pos === 'PROPN' && i === clauseStart)) return i;
  }
  return -1;
}

/**
 * The noun a bare figure at tokens from `first` counts, read from the subject of the verb it
 * completes, or null when no such verb precedes it or its subject has no countable head. The
 * subject is the clause's first noun phrase that is not the object of a preposition ("attacks",
 * not "Pakistan", in "Militant attacks in Pakistan rose to 306"); "the number of X" counts X.
 */
export function subjectCountedNoun(tokens: readonly Token[], first: number): string | null {
  const verb = governingVerb(tokens, first);
  if (verb < 0) return null;
  let clauseStart = verb;
  while (clauseStart > 0 && !CLAUSE_BREAKS.has(tokens[clauseStart - 1]?.value ?? '') && !CLAUSE_OPENERS.has(tokens[clauseStart - 1]?.normal ?? '')) clauseStart -= 1;
  const phrases = nounPhrases(tokens, clauseStart, verb);
  const subjectAt = phrases.findIndex((p) => p.start === clauseStart || tokens[p.start - 1]?.pos !== 'ADP');
  if (subjectAt < 0) return null;
  let head = headOf(tokens, phrases[subjectAt] as { start: number; end: number }, clauseStart);
  const next = phrases[subjectAt + 1];
  if (head >= 0 && COUNT_HEADS.has(tokens[head]?.lemma.toLowerCase() ?? '') && next !== undefined && tokens[next.start - 1]?.normal === 'of') {
    head = headOf(tokens, next, clauseStart);
  }
  const token = head < 0 ? undefined : tokens[head];
  return token !== undefined && isCountNoun(token) ? token.value : null;
}
