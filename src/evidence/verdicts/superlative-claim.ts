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
import { termOf } from './text-terms.ts';

/** Which end of the measure the claim puts its subject at. */
export type SuperlativeDirection = 'highest' | 'lowest';

/**
 * Superlatives of size, by the end they name, as lemmas ("biggest" is lemmatised to "big") and as
 * written, for where the tagger left one whole (it reads "the lowest average fare" as an adverb).
 */
const DIRECTION_OF: ReadonlyMap<string, SuperlativeDirection> = new Map([
  ...['big', 'large', 'high', 'great', 'huge', 'most', 'many', 'much', 'biggest', 'largest', 'highest', 'greatest', 'hugest'].map((w) => [w, 'highest'] as const),
  ...['low', 'small', 'few', 'least', 'little', 'cheap', 'lowest', 'smallest', 'fewest', 'cheapest'].map((w) => [w, 'lowest'] as const),
]);

/** How many content words after the superlative its noun phrase may run: "biggest electoral college win". */
const PHRASE_WINDOW = 4;

/** Words that open the superlative's scope, ending its noun phrase: "of any state", "in the world", "since Reagan". */
const SCOPE_WORDS = new Set(['of', 'in', 'since', 'among', 'ever']);

/** Words after which the rivals are the subject's values at every time, not only at its own. */
const ACROSS_TIME = new Set(['ever', 'history', 'since', 'all-time']);

/** A superlative read from a claim. */
export interface SuperlativeClaim {
  readonly direction: SuperlativeDirection;
  /** The superlative word as written, for the explanation. */
  readonly cue: string;
  /** Topic stems of the noun phrase it qualifies ("electoral", "college", "win"): the measure it ranks. */
  readonly phrase: ReadonlySet<string>;
  /** True when the claim ranks across time ("ever", "in history", "since Reagan"); else among rivals of the same time. */
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
  return DIRECTION_OF.get(token.normal) ?? DIRECTION_OF.get(token.lemma.toLowerCase()) ?? null;
}

/** The superlative's direction, or null for a word that is no ranking superlative of size. */
function directionAt(tokens: readonly Token[], index: number): SuperlativeDirection | null {
  return RANKING_DETERMINERS.has(tokens[index - 1]?.normal ?? '') ? superlativeDirection(tokens[index] as Token) : null;
}

/** The first superlative of size in a claim's tokens, or null when there is none or it is a loose rank. */
export function readSuperlative(tokens: readonly Token[]): SuperlativeClaim | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const direction = directionAt(tokens, index);
    if (direction === null) continue;
    if (isLooseRank(tokens, index)) return null;
    const phrase = new Set<string>();
    for (let i = index + 1; i < tokens.length && phrase.size < PHRASE_WINDOW; i += 1) {
      const token = tokens[i] as Token;
      // The phrase ends where a clause or its scope begins ("of any state", "in the world"); an
      // "in" joined by a hyphen is part of a word ("in-state tuition").
      if (CLAUSE_BREAKS.has(token.value) || SCOPE_WORDS.has(token.normal) && tokens[i + 1]?.value !== '-') break;
      if (token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN' || token.pos === 'VERB') phrase.add(termOf(token.lemma));
    }
    const acrossTime = tokens.slice(index + 1).some((t) => ACROSS_TIME.has(t.normal));
    return { direction, cue: (tokens[index] as Token).value, phrase, acrossTime };
  }
  return null;
}
