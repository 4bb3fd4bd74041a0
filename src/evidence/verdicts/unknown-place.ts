/**
 * "Tens of thousands of jobs in the Midwest": a figure placed by a name the gazetteer does not
 * know (a region, a district, a county) has a place, only not one the comparisons can see, so its
 * place was read as unstated, and a national fact then bounded or matched it as if it were the
 * claim's own ("851,700 jobs, United States" contradicted the Midwest's tens of thousands). A
 * figure whose clause says "in", "across" or "throughout" (the) and a capitalised name that is no
 * entity of the unit, and that the fact's words and place do not name, is about a place the fact
 * is not known to cover: no number of that fact supports or contradicts it. So is a region of a
 * known place ("in northern Ohio", "across rural Texas"): the compass or region word before the
 * name is then one of the names the fact must give.
 */
import type { ClaimFigure, ClaimProfile } from './claim-profile.ts';
import { CLAUSE_BREAKS } from './compare-measure.ts';
import type { FactProfile } from './fact-profile.ts';
import { stem } from './text-terms.ts';

const PLACING = new Set(['in', 'across', 'throughout']);
/** Words that make a part of the place named after them: "northern Ohio", "rural Texas". */
const REGION = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast',
  'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upstate', 'downstate', 'rural', 'urban', 'suburban', 'coastal',
]);

/** The stems of the names that place the figure in its clause but that the unit's entities do not cover. */
export function unknownPlaceNames(claim: ClaimProfile, figure: ClaimFigure): string[] {
  const { tokens } = claim.words;
  const { unit } = claim;
  // Words are compared lower-cased, so an all-capitals transcript would make every word a name.
  if (unit.text === unit.text.toUpperCase()) return [];
  const at = tokens.findIndex((t) => t.start >= figure.quantity.start - unit.start);
  if (at < 0) return [];
  let from = at;
  while (from > 0 && !CLAUSE_BREAKS.has(tokens[from - 1]?.value ?? '')) from -= 1;
  let to = at;
  while (to < tokens.length && !CLAUSE_BREAKS.has(tokens[to]?.value ?? '')) to += 1;
  const covered = (start: number, end: number): boolean => unit.entities.some((e) => e.start - unit.start <= start && e.end - unit.start >= end);
  const names: string[] = [];
  for (let i = from; i < to; i += 1) {
    if (!PLACING.has(tokens[i]?.normal ?? '')) continue;
    let j = i + 1;
    if (tokens[j]?.normal === 'the') j += 1;
    // "In northern Ohio": a region of a place the gazetteer may know is still not all of it.
    const region = REGION.has(tokens[j]?.normal ?? '') && /^[a-z]/.test(tokens[j]?.value ?? '') && tokens[j + 1]?.pos === 'PROPN' ? stem(tokens[j]!.normal) : null;
    if (region !== null) j += 1;
    const run: string[] = [];
    let known = false;
    while (j < to && tokens[j]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[j]?.value ?? '')) {
      const token = tokens[j]!;
      if (covered(token.start, token.end)) known = true;
      run.push(stem(token.normal));
      j += 1;
    }
    if (run.length > 0 && region !== null) names.push(region);
    // A known name counts too when the figure has other places ("Ohio lost 40,000 jobs in Lucas
    // County"): the gazetteer not knowing which holds the other, a fact about one is not about both.
    else if (run.length > 0 && (!known || figure.places.length > 1)) names.push(...run);
  }
  return names;
}

/** True when the figure is placed by a name the fact's words and place do not give. */
export function placedElsewhere(claim: ClaimProfile, figure: ClaimFigure, profile: FactProfile): boolean {
  const names = unknownPlaceNames(claim, figure);
  if (names.length === 0) return false;
  const place = new Set((profile.fact.place ?? '').toLowerCase().match(/[a-z][a-z'-]*/g)?.map(stem) ?? []);
  return names.some((n) => !profile.terms.has(n) && !place.has(n));
}
