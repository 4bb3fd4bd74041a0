/**
 * A unit read for comparison, from what the analysis already found: its quantities, times and
 * entities, plus its content words and, per figure, the measure words around it.
 */
import type { Quantity, TimeExpression, Unit } from '../../model/analysis-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import { actorsOf } from './compare-actor.ts';
import type { MeasureWords, UnitKey } from './compare-measure.ts';
import { claimUnitKey, isPerYear, measureAround } from './compare-measure.ts';
import type { Place } from './compare-place.ts';
import { innermostPlaces } from './compare-place.ts';
import type { TimeRange } from './compare-time.ts';
import type { TextTerms } from './text-terms.ts';
import { textTerms } from './text-terms.ts';

/** One figure of a unit, with what it measures and when. */
export interface ClaimFigure {
  readonly quantity: Quantity;
  /** The figure as the text words it, through its counted noun: "tens of thousands of Pakistani civilians". */
  readonly surface: string;
  readonly unit: UnitKey;
  readonly measure: MeasureWords;
  /** The unit's time expression nearest the figure, or null when the unit has none. */
  readonly time: TimeExpression | null;
  /** The places this figure is about: those nearer to it than to any other figure of the unit. */
  readonly places: readonly Place[];
  /** True for a yearly rate: "33,000 people a year". */
  readonly perYear: boolean;
}

/** A unit with what the comparisons read from it. */
export interface ClaimProfile {
  readonly unit: Unit;
  readonly words: TextTerms;
  readonly places: readonly Place[];
  readonly actors: readonly string[];
  readonly figures: readonly ClaimFigure[];
  /** The unit's time range when it names one time (the nearest to nothing in particular). */
  readonly time: TimeRange | null;
}

/** Token indices `[first, end)` covering characters `[start, end)` of the unit's own text. */
function tokenSpan(tokens: readonly Token[], start: number, end: number): { first: number; end: number } {
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && (tokens[last] as Token).start < end) last += 1;
  return { first, end: last };
}

/** Characters between two spans, 0 when they overlap. */
function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : Math.max(0, a.start - b.end);
}

/** The time expression nearest to a figure, measured between their spans. */
function nearestTime(times: readonly TimeExpression[], quantity: Quantity): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const time of times) {
    const distance = gap(time, quantity);
    if (distance < bestDistance) [best, bestDistance] = [time, distance];
  }
  return best;
}

/**
 * Each place goes with the figure nearest to it: in "8 million kids in this country, including
 * 150,000 in Indiana" Indiana is where the 150,000 are, not the 8 million. With one figure, every
 * place the unit names is its place.
 */
function placesOf(unit: Unit, kept: readonly Quantity[], quantity: Quantity): Place[] {
  const places = unit.entities.filter((e) => e.type === 'place' && kept.every((q) => gap(e, quantity) <= gap(e, q)));
  return innermostPlaces(places.map((e) => ({ name: e.name, partOf: e.partOf })));
}

/** A count joined to its noun by a hyphen: "104-page", "a 3-hour delay". */
const HYPHENATED_NOUN = /^-(\p{L}{3,})/u;

/**
 * A quantity with the noun a hyphen joins to it as its counted noun ("104-page" counts pages),
 * where the quantities pass left it bare; other quantities unchanged.
 */
function withHyphenatedNoun(unit: Unit, quantity: Quantity): Quantity {
  if (quantity.unit !== null || quantity.counted !== null) return quantity;
  const noun = HYPHENATED_NOUN.exec(unit.text.slice(quantity.end - unit.start))?.[1];
  return noun === undefined ? quantity : { ...quantity, counted: noun };
}

/**
 * Reads a unit for comparison. Figures that name neither a unit nor a counted thing ("zero",
 * "2") are left out: a bare number cannot be matched to a fact's measure.
 */
export function profileClaim(unit: Unit): ClaimProfile {
  const words = textTerms(unit.text);
  const figures: ClaimFigure[] = [];
  const kept = unit.quantities.map((q) => withHyphenatedNoun(unit, q)).filter((q) => q.unit !== null || q.counted !== null);
  for (const quantity of kept) {
    const start = quantity.start - unit.start;
    const countedAt = quantity.counted === null ? -1 : unit.text.indexOf(quantity.counted, start);
    const countedEnd = quantity.counted === null || countedAt < 0 ? quantity.end : countedAt + quantity.counted.length + unit.start;
    const span = tokenSpan(words.tokens, start, Math.max(quantity.end, countedEnd) - unit.start);
    figures.push({
      quantity,
      surface: countedAt >= 0 ? unit.text.slice(start, countedEnd - unit.start) : quantity.counted === null ? quantity.text : `${quantity.text} ${quantity.counted}`,
      unit: claimUnitKey(quantity.unit, quantity.counted),
      measure: measureAround(words.tokens, span.first, span.end),
      time: nearestTime(unit.times, quantity),
      places: placesOf(unit, kept, quantity),
      perYear: isPerYear(unit.text.slice(Math.max(quantity.end, countedEnd) - unit.start)),
    });
  }
  const first = unit.times[0];
  return {
    unit,
    words,
    places: innermostPlaces(unit.entities.filter((e) => e.type === 'place').map((e) => ({ name: e.name, partOf: e.partOf }))),
    actors: actorsOf(unit.entities),
    figures,
    time: first === undefined ? null : { from: first.from, to: unit.times.reduce((to, t) => (t.to > to ? t.to : to), first.to) },
  };
}
