/** The discourse marker that opens a unit, if any, looking past leading conjunctions and punctuation. */
import type { Token } from '../nlp/tokenize.ts';
import type { PhraseMatch } from '../nlp/phrases.ts';
import type { TokenRange } from '../pipeline/context.ts';
import type { MarkerFunction } from './discourse-markers.ts';
import { MARKERS, OPENING_WINDOW } from './discourse-markers.ts';

export type MarkerMatch = PhraseMatch & { readonly value: MarkerFunction };

/** "since" and "while" before a number are about time ("since 2019"), not reasons or contrast. */
function isTemporalOrComparative(tokens: readonly Token[], match: MarkerMatch): boolean {
  const next = tokens[match.end];
  return (match.phrase === 'since' || match.phrase === 'while') && next !== undefined && (next.type === 'number' || next.pos === 'NUM');
}

/** All markers among the first tokens of a unit, outermost first ("But because …" gives contrast, then support). */
export function openingMarkers(tokens: readonly Token[], range: TokenRange): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  let i = range.first;
  const limit = Math.min(range.end, range.first + OPENING_WINDOW + 1);
  while (i < limit) {
    const match = MARKERS.matchAt(tokens, i, range.end);
    const token = tokens[i] as Token;
    if (match !== null && !isTemporalOrComparative(tokens, match)) {
      found.push(match);
      i = match.end;
    } else if (token.pos === 'PUNCT' || token.pos === 'INTJ' || token.normal === 'well' || token.normal === 'frankly' || token.normal === 'honestly') {
      i += 1;
    } else {
      break;
    }
  }
  return found;
}

/** The first opening marker of one of the given functions, or null. */
export function openingMarkerOf(tokens: readonly Token[], range: TokenRange, functions: readonly MarkerFunction[]): MarkerMatch | null {
  return openingMarkers(tokens, range).find((m) => functions.includes(m.value)) ?? null;
}
