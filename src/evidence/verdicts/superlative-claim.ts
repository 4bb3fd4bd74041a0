/**
 * Superlatives with no number: "the biggest electoral college win since Ronald Reagan", "the lowest
 * in-state tuition of any state", "the highest taxed nation in the world". Such a claim says its
 * subject's value of a measure is above (or below) every rival's, so a fact base that holds the
 * subject's value and a rival's can refute it without the claim stating any figure
 * (compare-superlative.ts). Only words of size are read: "biggest", "lowest", "most" say which way
 * the value goes; "best", "worst", "safest" do not say which way the number goes.
 */
import type { Token } from '../../nlp/tokenize.ts';
import { CLAUSE_BREAKS } from './compare-measure.ts';
import { isRecordWord } from './record-span.ts';
import { sizeEnd } from './size-words.ts';
import { termOf } from './text-terms.ts';

/** Which end of the measure the claim puts its subject at. */
export type SuperlativeDirection = 'highest' | 'lowest';


/** How many content words after the superlative its noun phrase may run: "biggest electoral college win". */
const PHRASE_WINDOW = 4;

/** Words that open the superlative's scope, ending its noun phrase: "of any state", "in the world". */
const SCOPE_WORDS = new Set(['of', 'in', 'since', 'among', 'ever']);

/** Words after which the rivals are the subject's own values at every time, not others' at its time. */
const ACROSS_TIME = new Set(['ever', 'history', 'all-time']);

/**
 * Parts of speech that end the superlative's noun phrase: a verb, pronoun or name ("highest court
 * ruled", "the least Ohio can do"), or a preposition ("the biggest decline in population").
 */
const PHRASE_ENDS = new Set(['VERB', 'AUX', 'PRON', 'PROPN', 'ADP']);

/** Words that open a clause the speaker does not assert: "if Norway had the lowest fare". */
const CONDITIONS = new Set(['if', 'unless']);

/** A superlative read from a claim. */
export interface SuperlativeClaim {
  readonly direction: SuperlativeDirection;
  /** The superlative word as written, for the explanation. */
  readonly cue: string;
  /** Topic stems of the noun phrase it qualifies ("electoral", "college", "win"): the measure it ranks. */
  readonly phrase: ReadonlySet<string>;
  /** The stem of the phrase's head, its last noun ("win"): a fact must be about it. */
  readonly head: string;
  /** True when the claim ranks across time ("ever", "in history", "all-time"); else among rivals of the same time. */
  readonly acrossTime: boolean;
}

/**
 * True when the superlative at `index` is a loose rank, "one of the largest", "among the highest":
 * not a claim to be first, so a rival above it refutes nothing.
 */
function isLooseRank(tokens: readonly Token[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 3), index).map((t) => t.normal).join(' ');
  return /\b(of|among) the$/.test(before) || /\bone of$/.test(before);
}

/**
 * Words that stand before a superlative that ranks: "the biggest", "our largest", "Florida's
 * lowest". Without one, "most" is a quantifier ("most Americans") and "least" an adverb ("at least").
 */
const RANKING_DETERMINERS = new Set(['the', "'s", 'its', 'our', 'their', 'his', 'her', 'my', 'your']);

/** The end a superlative of size names ("lowest": the lowest), or null for any other word. */
export function superlativeDirection(token: Token): SuperlativeDirection | null {
  if (!isRecordWord(token)) return null;
  const end = sizeEnd(token);
  return end === null ? null : end === 'low' ? 'lowest' : 'highest';
}

/** The superlative's direction, or null for a word that is no ranking superlative of size. */
function directionAt(tokens: readonly Token[], index: number): SuperlativeDirection | null {
  return RANKING_DETERMINERS.has(tokens[index - 1]?.normal ?? '') ? superlativeDirection(tokens[index] as Token) : null;
}

/** Token indices `[from, to)` of the clause holding token `index`: between clause breaks. */
function clauseAround(tokens: readonly Token[], index: number): { from: number; to: number } {
  let from = index;
  while (from > 0 && !CLAUSE_BREAKS.has((tokens[from - 1] as Token).value)) from -= 1;
  let to = index + 1;
  while (to < tokens.length && !CLAUSE_BREAKS.has((tokens[to] as Token).value)) to += 1;
  return { from, to };
}

/**
 * True when the superlative at `index` is not asserted as it stands: negated ("does not have the
 * lowest fare"), in a condition ("if Norway had the lowest fare"), or ranked "since" some time or
 * person, which says the subject's value beats those after the anchor, not the anchor's own (a
 * reading the fact base rarely settles: which facts fall after "Reagan"?).
 */
function isUnasserted(tokens: readonly Token[], index: number, clause: { from: number; to: number }): boolean {
  if ((tokens[index] as Token).negated) return true;
  const before = tokens.slice(clause.from, index);
  if (before.some((t) => CONDITIONS.has(t.normal))) return true;
  return tokens.slice(clause.from, clause.to).some((t) => t.normal === 'since');
}

/** True when the token at `index` is a word joined to the next by a hyphen ("in-state"): part of an adjective. */
function isHyphenated(tokens: readonly Token[], index: number): boolean {
  return tokens[index + 1]?.value === '-';
}

/**
 * The noun phrase the superlative at `index` qualifies, or null when none follows it: an adjective
 * or noun must come next ("the lowest average fare"), not a name or a verb ("the least Ohio can
 * do", "the highest taxed"). The phrase ends at its scope ("of any state"), a clause break, or a
 * verb, pronoun, name or preposition ("Ohio's highest court ruled that …" ranks courts, not taxes).
 */
function phraseAfter(tokens: readonly Token[], index: number): { phrase: Set<string>; head: string } | null {
  const next = tokens[index + 1];
  if (next === undefined || (next.pos !== 'ADJ' && next.pos !== 'NOUN' && !isHyphenated(tokens, index + 1))) return null;
  const phrase = new Set<string>();
  let head: string | null = null;
  for (let i = index + 1; i < tokens.length && phrase.size < PHRASE_WINDOW; i += 1) {
    const token = tokens[i] as Token;
    // An "in" joined by a hyphen is part of a word ("in-state tuition"), not the scope.
    const joined = token.value === '-' || isHyphenated(tokens, i);
    if (CLAUSE_BREAKS.has(token.value) || (SCOPE_WORDS.has(token.normal) && !joined)) break;
    if (PHRASE_ENDS.has(token.pos) && !joined) break;
    if (token.pos === 'NOUN' || token.pos === 'ADJ' || (joined && token.pos === 'VERB')) phrase.add(termOf(token.lemma));
    if (token.pos === 'NOUN' && !isHyphenated(tokens, i)) head = termOf(token.lemma);
  }
  return head === null ? null : { phrase, head };
}

/**
 * The first superlative of size in a claim's tokens, or null when there is none, it is a loose
 * rank, it is not asserted (negated, conditional, "since …") or no noun phrase follows it.
 */
export function readSuperlative(tokens: readonly Token[]): SuperlativeClaim | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const direction = directionAt(tokens, index);
    if (direction === null) continue;
    if (isLooseRank(tokens, index)) return null;
    const clause = clauseAround(tokens, index);
    if (isUnasserted(tokens, index, clause)) return null;
    const read = phraseAfter(tokens, index);
    if (read === null) return null;
    // Only the superlative's own clause says what it ranks across: "…, and ferries have ever been popular" does not.
    const acrossTime = tokens.slice(index + 1, clause.to).some((t) => ACROSS_TIME.has(t.normal));
    return { direction, cue: (tokens[index] as Token).value, ...read, acrossTime };
  }
  return null;
}
