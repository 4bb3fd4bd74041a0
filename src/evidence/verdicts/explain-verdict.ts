/**
 * The words of a verdict: what was compared, with each fact cited by id and source title, in one
 * or two sentences a reader can check against the fact base.
 */
import type { Fact } from '../../model/evidence-schema.ts';
import type { ClaimFigure } from './claim-profile.ts';
import type { FigureComparison } from './compare-figure.ts';
import { formatValue } from './compare-quantity.ts';
import { formatRange } from './compare-time.ts';
import type { ScopeComparison } from './scope.ts';

/** "f07 (Dawn: Three million Afghans still in Pakistan: report (2 May 2005))". */
export function cite(fact: Fact): string {
  return `${fact.id} (${fact.source.title})`;
}

/** A fact's figure and what it is about: "1,861,412 people, Afghans living in NWFP (Khyber Pakhtunkhwa), 2005". */
export function describeFact(fact: Fact): string {
  const parts: string[] = [];
  if (fact.value !== null) parts.push(formatValue(fact.value, fact.unit));
  const about = fact.subject ?? fact.statement.replace(/\.$/, '');
  parts.push(about);
  if (fact.place !== null && !about.toLowerCase().includes(fact.place.toLowerCase().split(',')[0] ?? '')) parts.push(fact.place);
  if (fact.time !== null) parts.push(formatRange(fact.time));
  return parts.join(', ');
}

/** The claimed figure as written, with its counted noun, and its time and place when known. */
export function describeFigure(figure: ClaimFigure, places: readonly string[]): string {
  const context = [
    figure.measure.cue === null ? null : `"${figure.measure.cue}"`,
    figure.time === null ? null : formatRange(figure.time),
    places.length === 0 ? null : places.join(', '),
  ].filter((x): x is string => x !== null);
  return `"${figure.surface}"${context.length === 0 ? '' : ` (${context.join(', ')})`}`;
}

/** One way the fact's scope differs from the claim's, in words. */
function difference(d: ScopeComparison): string | null {
  const fact = d.fact ?? 'another';
  const claim = d.claim;
  switch (`${d.dimension}:${d.relation}`) {
    case 'measure:other': return `it measures ${fact}, not ${claim ?? 'what the claim counts'}`;
    case 'time:other': return `it is about ${fact}, not ${claim ?? 'the claimed time'}`;
    case 'time:part': return claim === null ? `it covers only ${fact}` : `it covers only ${fact} of ${claim}`;
    case 'time:whole': return `it covers the longer period ${fact}`;
    case 'time:mixed': return `its period ${fact} only partly overlaps ${claim ?? 'the claimed time'}`;
    case 'place:other': return `it is about ${fact}, not ${claim ?? 'the claimed place'}`;
    case 'place:part': return `it is about ${fact}, only part of ${claim ?? 'the claimed place'}`;
    case 'place:whole': return `it is about all of ${fact}, not ${claim ?? 'the claimed place'} alone`;
    case 'actor:whole': return `it counts all perpetrators, not ${claim ?? 'the named actor'} alone`;
    case 'actor:other': return `it is about ${fact}, not ${claim ?? 'the named actor'}`;
    default: return null;
  }
}

/** Every way the fact's scope differs from the claim's, joined: "it is about 2005, not 1990–2004 and it measures …". */
export function differences(comparison: FigureComparison): string {
  const found = comparison.dimensions.map(difference).filter((x): x is string => x !== null);
  if (found.length <= 1) return found[0] ?? 'it is about something else';
  return `${found.slice(0, -1).join(', ')} and ${found.at(-1) ?? ''}`;
}

/**
 * How the value compared was worked out, when it is not the fact's own: " (1990 to 2019 is 29
 * years)" for a span of years read from "the lowest since 1990" stated for 2019, " (-12 is a fall of
 * 12)" for a negative change met by its size; else "".
 */
export function derivedValue(comparison: Pick<FigureComparison, 'value' | 'profile'>): string {
  const { fact } = comparison.profile;
  if (fact.value === null || fact.value === comparison.value) return '';
  // A fall written as a negative value, met by its size (change-direction.ts), is no span of years.
  if (comparison.value === -fact.value) return ` (${fact.value} is a fall of ${comparison.value})`;
  if (fact.time === null) return '';
  return ` (${fact.value} to ${fact.time.to.slice(0, 4)} is ${comparison.value} years)`;
}

/** "f02 (IRIN …): 74,000 people, …; f05 (USCR …): 172,000 people, …". */
export function listFacts(facts: readonly Fact[]): string {
  return facts.map((f) => `${cite(f)}: ${describeFact(f)}`).join('; ');
}
