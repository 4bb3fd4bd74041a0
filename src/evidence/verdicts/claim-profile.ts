/**
 * A unit read for comparison, from what the analysis already found: its quantities, times and
 * entities, plus its content words and, per figure, the measure words around it.
 */
import type { Quantity, TimeExpression, Unit } from '../../model/analysis-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import { actorsOf } from './compare-actor.ts';
import type { Direction } from './change-direction.ts';
import { againstEarlierTime, comparedWayAround, deniedAround, directionAround } from './change-direction.ts';
import type { MeasureWords } from './compare-measure.ts';
import { SUBORDINATORS, isPerYear, measureAround, measureOfPhrase } from './compare-measure.ts';
import type { UnitKey } from './unit-key.ts';
import { claimUnitKey } from './unit-key.ts';
import type { Place } from './compare-place.ts';
import { innermostPlaces } from './compare-place.ts';
import type { TimeRange } from './compare-time.ts';
import { isCausePlace } from './cause-place.ts';
import { trustedEntities } from './capitals-entities.ts';
import { compoundCountedNoun } from './compound-counted-noun.ts';
import { digitQuantities } from './digit-figures.ts';
import { fractionQuantities } from './fraction-figures.ts';
import type { RecordSpan } from './record-span.ts';
import { RECORD_SPAN_UNIT, readRecordSpan } from './record-span.ts';
import { isTargetFigure } from './target-figure.ts';
import { multiplierDirection, multiplierQuantities } from './multiplier-figures.ts';
import { isNationwide } from './nationwide.ts';
import { namedPeriods } from './named-periods.ts';
import { isPercentGroup } from './percent-group.ts';
import { subjectCountedNoun } from './subject-counted-noun.ts';
import { unchangedFigure } from './unchanged-span.ts';
import type { TextTerms } from './text-terms.ts';
import { isActor, textTerms } from './text-terms.ts';

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
  /** True for a figure that describes one thing: "a $20,000 portrait", "a 104-page form". */
  readonly attributive: boolean;
  /** For a span of years that dates a record ("the lowest in 17 years", "a 20-year low"), the record; else null (record-span.ts). */
  readonly record: RecordSpan | null;
  /** True for the level a proposed change would reach: "raise it to $15" (target-figure.ts). */
  readonly target: boolean;
  /** For "not raised for 18 years", the years the measure is said not to have changed; the figure is then that change (unchanged-span.ts). */
  readonly unchangedYears: number | null;
  /** For a change with a number of its own ("rose 12 percent"), the way its words say it went, else null (change-direction.ts). */
  readonly direction: Direction | null;
  /** True when that way comes from a comparison with an earlier time ("12 percent lower than in 2014"), whose other end is undated (baseline-comparative.ts). */
  readonly sinceBaseline: boolean;
  /** For such a figure set against something else ("12 percent lower than in Ruritania"), the way its comparative names, else null (change-direction.ts). */
  readonly comparedWay: Direction | null;
  /** True for such a change its clause denies ("did not fall 12 percent"): change-direction.ts. */
  readonly denied: boolean;
  /** True when the figure names no place but its clause says it is the whole country's: "premiums nationwide" (nationwide.ts). */
  readonly nationwide: boolean;
  /** True for a percent of something ("92 percent of the jobs lost"): a share, not a rate or a change (share-period.ts). */
  readonly share: boolean;
}

/** A unit with what the comparisons read from it. */
export interface ClaimProfile {
  readonly unit: Unit;
  readonly words: TextTerms;
  /** Stems of the names of the places and actors the unit mentions: names, not topic words. */
  readonly names: ReadonlySet<string>;
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
 * place the unit names is its place, except a place that names a cause ("as a result of the Wall
 * Street collapse", cause-place.ts).
 */
function placesOf(unit: Unit, all: readonly Quantity[], quantity: Quantity): Place[] {
  const places = unit.entities.filter((e) => e.type === 'place' && all.every((q) => gap(e, quantity) <= gap(e, q))
    && !isCausePlace(unit.text, e.start - unit.start, quantity.start - unit.start));
  return innermostPlaces(places.map((e) => ({ name: e.name, partOf: e.partOf })));
}

/** Words after a figure that make it a part of a total or one side of a ratio. */
const PART_OF = new Set(['of', 'out']);

/** True when the figure ending at token `end` is followed by "of", "out of" or "in N" ("2 in 3"). */
function isPartOrRatio(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (next === undefined) return false;
  return PART_OF.has(next.normal) || (next.normal === 'in' && tokens[end + 1]?.pos === 'NUM');
}

/** A count joined to its noun by a hyphen: "104-page", "a 3-hour delay". */
const HYPHENATED_NOUN = /^-(\p{L}{3,})/u;

/**
 * A quantity with the noun a hyphen joins to it as its counted noun ("104-page" counts pages), or
 * the noun after a hyphenated modifier ("8 million low-income kids"), where the quantities pass
 * left it bare; other quantities unchanged.
 */
function withHyphenatedNoun(unit: Unit, tokens: readonly Token[], quantity: Quantity): Quantity {
  if (quantity.unit !== null || quantity.counted !== null) return quantity;
  const noun = HYPHENATED_NOUN.exec(unit.text.slice(quantity.end - unit.start))?.[1] ?? compoundCountedNoun(unit.text, tokens, quantity.end - unit.start);
  return noun === null ? quantity : { ...quantity, counted: noun };
}

/** Articles that make a figure right after them a property of one thing. */
const ARTICLES = new Set(['a', 'an']);

/**
 * True when the figure at tokens `[first, end)` stands between an article and the noun it
 * describes ("a $20,000 portrait", "a 104-page form"): it is the size or price of one thing, not a
 * total that could grow over time, so an undated one is not read as "so far".
 */
function isAttributive(tokens: readonly Token[], first: number, end: number): boolean {
  const after = tokens[end];
  return ARTICLES.has(tokens[first - 1]?.normal ?? '') && (after?.value === '-' || after?.pos === 'NOUN' || after?.pos === 'ADJ');
}

/**
 * A bare figure that completes a verb of level or change with its subject's head as counted noun
 * ("Militant attacks … rose to 306" counts attacks); other quantities unchanged.
 */
function withSubjectNoun(unit: Unit, tokens: readonly Token[], quantity: Quantity): Quantity {
  if (quantity.unit !== null || quantity.counted !== null) return quantity;
  const first = tokens.findIndex((t) => t.end > quantity.start - unit.start);
  const noun = first < 0 ? null : subjectCountedNoun(tokens, first);
  return noun === null ? quantity : { ...quantity, counted: noun };
}

/**
 * The measure of a record span: what its clause names, else the first measure the sentence names
 * (in "an increase in murder …, the biggest in 45 years" the record is of murders, named before
 * the comma). Never a change: the span dates the record, whether the record is of a level or a change.
 */
function recordMeasure(around: MeasureWords, tokens: readonly Token[]): MeasureWords {
  const measure = around.category === null ? measureOfPhrase(tokens) : around;
  return { category: measure.category, cue: measure.cue, change: false };
}

/**
 * Reads a unit for comparison. Figures that name neither a unit nor a counted thing ("zero",
 * "2") are left out unless measure words around them say what they measure ("96 million wanting
 * a job"): a bare number with nothing to say what it counts cannot be matched to a fact's measure.
 */
export function profileClaim(analysed: Unit): ClaimProfile {
  // A transcript in capitals keeps only the entities capitalisation did not guess (capitals-entities.ts).
  const unit = { ...analysed, entities: trustedEntities(analysed) };
  const words = textTerms(unit.text);
  // Dates, and periods named by a presidency ("during Obama's first term", named-periods.ts).
  const times = [...unit.times, ...namedPeriods(unit.text, unit.start)].sort((a, b) => a.start - b.start);
  // "doubled", "halved": a change in percent the verb names without a number.
  const multipliers = new Set(multiplierQuantities(words.tokens, unit.text, unit.start));
  // "half of", "two-thirds of": a share in percent the quantities pass does not read, in place of
  // the bare "one" it may have read inside "one third". Beside a percent figure a fraction names
  // the group the percent is of ("one fifth of households held 77 percent of the wealth"), so
  // only the percent is the claim's figure.
  // "The top 1 percent" names whose share a figure is, not a figure (percent-group.ts); nor is it
  // a percent beside which a fraction names a group.
  const notGroups = unit.quantities.filter((q) => !isPercentGroup(unit.text, q.start - unit.start, q.unit));
  const found = fractionQuantities(unit.text, unit.start);
  const percentBeside = notGroups.some((q) => q.unit === 'percent' && found.every((f) => q.end <= f.start || q.start >= f.end));
  const fractions = percentBeside ? [] : found;
  const outside = notGroups.filter((q) => fractions.every((f) => q.end <= f.start || q.start >= f.end));
  // "Increased by double digits": a percent range named by its digits (digit-figures.ts).
  const digits = digitQuantities(unit.text, unit.start);
  const quantities = [...outside, ...fractions, ...digits, ...multipliers].sort((a, b) => a.start - b.start);
  const read = quantities.map((q) => withSubjectNoun(unit, words.tokens, withHyphenatedNoun(unit, words.tokens, q))).map((quantity) => {
    const start = quantity.start - unit.start;
    const countedAt = quantity.counted === null ? -1 : unit.text.indexOf(quantity.counted, start);
    const countedEnd = quantity.counted === null || countedAt < 0 ? quantity.end : countedAt + quantity.counted.length + unit.start;
    const span = tokenSpan(words.tokens, start, Math.max(quantity.end, countedEnd) - unit.start);
    const own = tokenSpan(words.tokens, start, quantity.end - unit.start);
    const attributive = isAttributive(words.tokens, own.first, own.end);
    // A bare figure takes its measure from a verb of its own clause only (see SUBORDINATORS), and
    // none when it is a part or a ratio ("20,000 of the deaths", "2 in 3"): it is not the total.
    const bare = quantity.unit === null && quantity.counted === null && !multipliers.has(quantity);
    const around = bare && isPartOrRatio(words.tokens, own.end)
      ? { category: null, cue: null, change: false }
      : measureAround(words.tokens, span.first, span.end, bare ? SUBORDINATORS : undefined, bare);
    const record = readRecordSpan(quantity, claimUnitKey(quantity.unit, quantity.counted), words.tokens, unit.text, start, quantity.end - unit.start);
    const measure = multipliers.has(quantity)
      ? { ...around, change: true, direction: multiplierDirection(quantity) }
      : record !== null ? recordMeasure(around, words.tokens) : around;
    // "Not raised for 18 years": the span is the change it denies, not a count of years.
    const isSpan = claimUnitKey(quantity.unit, quantity.counted).dimension === 'year' && record === null;
    const unchanged = isSpan ? unchangedFigure(words.tokens, unit, quantity, own) : null;
    // A doubling carries its way in its measure, a denied change in its bound, a record none.
    const plain = measure.change && !multipliers.has(quantity) && record === null && unchanged === null;
    return {
      quantity: unchanged?.quantity ?? quantity, start, countedAt, countedEnd, attributive, measure: unchanged?.measure ?? measure, record,
      target: isTargetFigure(words.tokens, own.first), unchanged, direction: plain ? directionAround(words.tokens, own.first, own.end) : null,
      sinceBaseline: plain && againstEarlierTime(words.tokens, own.first, own.end),
      comparedWay: plain ? comparedWayAround(words.tokens, own.first, own.end) : null,
      denied: plain && deniedAround(words.tokens, own.first, own.end),
      share: quantity.unit === 'percent' && isPartOrRatio(words.tokens, own.end),
    };
  });
  const named = read.filter((r) => r.quantity.unit !== null || r.quantity.counted !== null || r.measure.category !== null);
  // Places go to the nearest figure, kept or not: in "8 million kids …, including 150,000 in
  // Indiana" Indiana is where the bare 150,000 are, not the 8 million. A verb's stand-in figure
  // ("doubled") takes no place from a real one: in "in Estonia doubled to 14 percent" both are in Estonia.
  const all = read.map((r) => r.quantity).filter((q) => !multipliers.has(q));
  const figures: ClaimFigure[] = named.map(({ quantity, start, countedAt, countedEnd, attributive, measure, record, target, unchanged, direction, sinceBaseline, comparedWay, denied, share }) => ({
    quantity,
    surface: unchanged !== null ? unchanged.surface : countedAt >= 0 ? unit.text.slice(start, countedEnd - unit.start) : quantity.counted === null ? quantity.text : `${quantity.text} ${quantity.counted}`,
    unit: record !== null ? RECORD_SPAN_UNIT : claimUnitKey(quantity.unit, quantity.counted),
    measure,
    time: nearestTime(times, quantity),
    places: placesOf(unit, multipliers.has(quantity) ? [...all, quantity] : all, quantity),
    perYear: isPerYear(unit.text.slice(Math.max(quantity.end, countedEnd) - unit.start)),
    attributive,
    record,
    target,
    unchangedYears: unchanged?.span.years ?? null,
    direction,
    sinceBaseline,
    comparedWay,
    denied,
    nationwide: isNationwide(unit.text, start, quantity.end - unit.start),
    share,
  }));
  const first = times[0];
  const names = unit.entities.filter((e) => e.type === 'place' || isActor(e)).flatMap((e) => [e.text, e.name]);
  return {
    unit,
    words,
    names: new Set(names.flatMap((name) => [...textTerms(name).terms])),
    places: innermostPlaces(unit.entities.filter((e) => e.type === 'place').map((e) => ({ name: e.name, partOf: e.partOf }))),
    actors: actorsOf(unit.entities),
    figures,
    time: first === undefined ? null : { from: first.from, to: times.reduce((to, t) => (t.to > to ? t.to : to), first.to) },
  };
}
