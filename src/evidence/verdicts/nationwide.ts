/**
 * Figures said of a whole country without naming it: "premiums nationwide have increased",
 * "unemployment across the country is 5 percent". With no place named, any fact placed anywhere
 * used to fit such a figure ("unknown" place), so one state's 116 percent supported a nationwide
 * "triple digits". "Nationwide" names no country, but it says the figure is not one state's or one
 * city's: a fact placed inside a country (a state, a province, a city) is a part of the claimed
 * whole, which bounds a count but is another place for a rate or a share; a fact placed in a
 * country, or in no place, may be the claim's own.
 */
import type { Place } from './compare-place.ts';
import type { ScopeRelation } from './scope.ts';

/**
 * Words that put a figure at the level of the whole country ("nationally televised" describes
 * something else; "nationally increased", "nationally averaged" say how the figure itself went).
 */
const NATIONWIDE = /\b(?:nationwide|nation-wide|nationally(?!\s+(?!(?:increas|decreas|declin|climb|jump|dropp|surg|soar|plung|tumbl|doubl|tripl|halv|improv|worsen|averag|total|reach|peak|fall|ris|grow)\w*)\w+(?:ed|own|ing)\b)|countrywide|(?:across|throughout|all\s+over)\s+the\s+(?:country|nation))\b/i;

/** Punctuation that ends a clause: the word must be in the figure's own. */
const CLAUSE_BREAK = /[,;:()—–]|--|[.!?](?=\s|$)/g;

/** True when the clause of the figure at `[start, end)` of `text` (offsets in the unit's text) says "nationwide". */
export function isNationwide(text: string, start: number, end: number): boolean {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const index = match.index ?? 0;
    if (index + match[0].length <= start) from = index + match[0].length;
    else if (index >= end) {
      to = index;
      break;
    }
  }
  return NATIONWIDE.test(text.slice(from, to));
}

/**
 * How a fact's places relate to a nationwide figure's: a place inside another (a state, a city) is
 * a part of the country, so `part` for a figure that adds up over places and `other` for a rate or
 * a share; a place inside nothing the gazetteer knows (a country), or no place, is `unknown`.
 */
export function compareNationwide(fact: readonly Place[], additive: boolean): ScopeRelation {
  if (fact.length === 0 || fact.some((place) => place.partOf.length === 0)) return 'unknown';
  return additive ? 'part' : 'other';
}
