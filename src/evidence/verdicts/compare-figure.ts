/**
 * One claimed figure against one fact: every dimension of scope (measure, time, place, actor)
 * and the number, folded into what the fact says about the figure.
 */
import type { ClaimFigure, ClaimProfile } from './claim-profile.ts';
import { compareActor } from './compare-actor.ts';
import type { Direction } from './change-direction.ts';
import { directionOfWords } from './change-direction.ts';
import { namesSubgroup, subgroupOutcome } from './subgroup-figure.ts';
import { placedElsewhere } from './unknown-place.ts';
import { magnitudeOutcome } from './order-of-magnitude.ts';
import { clauseTerms } from './narrower-measure.ts';
import type { Token } from '../../nlp/tokenize.ts';
import { CLAUSE_BREAKS } from './compare-measure.ts';
import { contextualTerm } from './term-synonyms.ts';
import { isGenericTerm, termOf } from './text-terms.ts';
import type { MeasureWords } from './compare-measure.ts';
import { addsUpOverTime, compareMeasure, isAttributed } from './compare-measure.ts';
import type { UnitKey } from './unit-key.ts';
import { countedNounKey } from './unit-key.ts';
import { comparePlace } from './compare-place.ts';
import { compareNationwide } from './nationwide.ts';
import { compareSharePeriod, isShareOfEvents } from './share-period.ts';
import { sameParty, sharesTopic, sharesTopicWord } from './compare-subject.ts';
import type { NumberFit } from './compare-quantity.ts';
import { fitAsBound, fitNumber } from './compare-quantity.ts';
import { compareTime, formatRange, overlaps } from './compare-time.ts';
import type { FactProfile } from './fact-profile.ts';
import type { ScopeComparison, ScopeRelation } from './scope.ts';
import { combineScopes } from './scope.ts';
import { valueForFigure } from './years-since.ts';
import { flowOfWords, oppositeFlows } from './gain-or-loss.ts';
import { coversSpan, isChangeFact } from './unchanged-span.ts';
import { occurrencesCounted } from './occurrence-count.ts';

/**
 * What a fact says about a figure:
 * - `supports`: same scope, and the value fits the figure;
 * - `contradicts`: same scope and the value does not fit, or a bound the fact sets is broken
 *   (a part already larger than the claimed whole, a whole smaller than the claimed part);
 * - `matches_other`: the value fits, but the fact is about something else (another year, another
 *   measure, all actors): the figure was borrowed;
 * - `consistent`: the fact covers only part of the claim and does not break the bound;
 * - `silent`: a different scope and a different number: nothing to say.
 */
export type FigureOutcome = 'supports' | 'contradicts' | 'matches_other' | 'consistent' | 'silent';

/** The comparison of one figure with one fact. */
export interface FigureComparison {
  readonly figure: ClaimFigure;
  readonly profile: FactProfile;
  readonly fit: NumberFit;
  readonly scope: ScopeRelation;
  readonly dimensions: readonly ScopeComparison[];
  readonly outcome: FigureOutcome;
  /** The fact's value as compared: its own, or the span of years a "since" year gives (years-since.ts). */
  readonly value: number;
  /** The way the fact's change went when the claim's went the other (change-direction.ts), else null. */
  readonly opposedWay: Direction | null;
}

/** Measure categories in a reader's words. */
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  inflow: 'arrivals', outflow: 'departures', stock: 'a stock', capture: 'captures', control: 'control',
};

/** A measure in words: 'arrivals ("crossed")', 'a change in attacks', 'people'. */
function describeMeasure(unit: UnitKey, words: MeasureWords): string {
  const name = words.category === null ? null : (CATEGORY_NAMES[words.category] ?? words.category);
  const what = name !== null ? `${name}${words.cue === null ? '' : ` ("${words.cue}")`}` : (unit.noun ?? unit.dimension);
  // "arrivals of districts" says what is counted; "attacks of attacks" would only repeat the cue.
  const repeats = words.cue !== null && countedNounKey(words.cue) === unit.noun;
  const counted = words.category !== null && unit.noun !== null && unit.noun !== 'people' && !repeats ? ` of ${unit.noun}s` : '';
  return `${words.change ? 'a change in ' : ''}${what}${counted}`;
}

/**
 * The outcome, guarded by subject agreement: a fitting number still supports (the number is
 * itself evidence of the same measure), but a figure is only called borrowed from, or
 * contradicted by, a fact on the claim's topic about the same party.
 */
function outcomeOf(scope: ScopeRelation, fit: NumberFit, boundFit: NumberFit, sameMeasure: boolean, sameSubject: boolean): FigureOutcome {
  const outcome = outcomeInScope(scope, fit, boundFit, sameMeasure);
  return sameSubject || outcome === 'supports' || outcome === 'consistent' ? outcome : 'silent';
}

/**
 * `boundFit` is the fit with a hedge's slack at least (compare-quantity.ts): a bound is an inference
 * (that the fact's period or place lies inside the claim's), so it shows the claim wrong only when
 * broken by more than a speaker's rounding and an estimate's error together.
 */
function outcomeInScope(scope: ScopeRelation, fit: NumberFit, boundFit: NumberFit, sameMeasure: boolean): FigureOutcome {
  switch (scope) {
    case 'equal':
    case 'unknown':
      // A fitting number is itself evidence that both speak of the same thing; a differing one
      // contradicts only when the measure is known to be the same, else it may be another measure.
      if (fit === 'inside') return 'supports';
      return sameMeasure ? 'contradicts' : 'silent';
    case 'part':
      // The fact is a lower bound on what the claim counts: it can only show the claim too small,
      // and only when it counts the same thing; a part of another measure bounds nothing.
      if (boundFit === 'above') return sameMeasure ? 'contradicts' : 'silent';
      return 'consistent';
    case 'whole':
      // The fact is an upper bound: it shows the claim too large (again only for the same
      // measure), or that the figure is the total's.
      if (boundFit === 'below') return sameMeasure ? 'contradicts' : 'silent';
      return fit === 'inside' ? 'matches_other' : 'silent';
    case 'mixed':
    case 'other':
      return fit === 'inside' ? 'matches_other' : 'silent';
  }
}

/**
 * Half of the topic words of a fact's subject found in the claim make the same measure when no
 * measure word decides ("share of Americans with health insurance coverage" for "90 percent
 * health insurance coverage").
 */
export const SUBJECT_COVERAGE = 0.5;

function subjectCovered(claim: ClaimProfile, subject: ReadonlySet<string>): boolean {
  if (subject.size === 0) return false;
  let found = 0;
  for (const term of subject) if (claim.words.terms.has(term)) found += 1;
  return found / subject.size >= SUBJECT_COVERAGE;
}

/**
 * Whether a record-span fact states the same record as a record-span figure (record-span.ts): both
 * must go the same known way (a "highest in 10 years" is not the "lowest in 10 years", and "the
 * first time in 10 years" could be either), and be of the same measure: the categories their words
 * name when both name one, else the claim covering the fact's record topic, the names of places and
 * actors aside (Oslo's jobless rate and Oslo's crime rate share only "Oslo"). Anything else is
 * null, not another measure: the number of years alone says nothing about how two records relate.
 */
function compareRecordMeasure(claim: ClaimProfile, figure: ClaimFigure, profile: FactProfile): ScopeRelation | null {
  const direction = figure.record?.direction ?? null;
  if (profile.record === null || direction === null || direction !== profile.record.direction) return null;
  const [a, b] = [figure.measure.category, profile.measure.category];
  if (a !== null && b !== null) return a === b ? 'equal' : null;
  const topic = new Set([...profile.record.topic].filter((term) => !claim.names.has(term)));
  return subjectCovered(claim, topic) ? 'equal' : null;
}

/**
 * The claim's unit as people when it counts the people the fact's subject is about: "2 million
 * pensioners" against a fact in people about "pensioners getting the subsidy". The subject's head
 * says who the people are, so the counted noun need not be one the quantities pass knows as
 * people; a noun elsewhere in the subject ("people … who want a job") is not what is counted.
 */
function peopleNamedBySubject(unit: UnitKey, profile: FactProfile): UnitKey {
  const named = unit.dimension === 'count' && unit.noun !== null && profile.unit.noun === 'people' && profile.subjectHead === unit.noun;
  return named ? profile.unit : unit;
}

/**
 * True when a fact can meet a denied change over `years` (unchanged-span.ts): it states a change,
 * over a period of about that length, overlapping the figure's (else the claim's) time when there
 * is one ("in the 1990s, wages did not rise for 10 years" meets no change of 2010–2020).
 */
function meetsUnchangedSpan(claim: ClaimProfile, figure: ClaimFigure, profile: FactProfile, years: number): boolean {
  const { fact } = profile;
  if (fact.time === null || !coversSpan(fact.time, years) || !isChangeFact(fact, profile.measure.change)) return false;
  const when = figure.time ?? claim.time;
  return when === null || overlaps(when, fact.time);
}

/**
 * The way the fact's change goes when it states a change and its words name one way, else null: a
 * level ("wages were $26.36") has no way, whatever words of rise its statement also holds. A
 * negative change whose words name no way ("changed by -12 percent") is a fall: read as none, its
 * -12 lay below a claimed "fell 12 percent" and contradicted it.
 */
function factDirection(profile: FactProfile, value: number): Direction | null {
  if (!profile.measure.change && !isChangeFact(profile.fact, false)) return null;
  return profile.measure.direction ?? (value < 0 ? 'down' : null);
}

/** Parts of speech of the words that can narrow a measure: "youth unemployment", "real wages", "exports of wine". */
const QUALIFIERS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * True when the figure's clause names something the fact does not: a noun or adjective outside the
 * figure, the claim's dates and the fact's own places and actors whose term the fact's words lack,
 * words of change aside ("youth
 * unemployment fell 2 percent", "real wages", "exports of wine", "exports to China", "in the second
 * half of 2015" against a fact on all unemployment, wages, exports or the whole year).
 */
function namesMoreThan(claim: ClaimProfile, figure: ClaimFigure, profile: FactProfile): boolean {
  const { tokens } = claim.words;
  const { unit } = claim;
  const start = figure.quantity.start - unit.start;
  const end = figure.quantity.end - unit.start;
  const at = tokens.findIndex((t) => t.start >= start);
  if (at < 0) return false;
  let from = at;
  while (from > 0 && !CLAUSE_BREAKS.has(tokens[from - 1]?.value ?? '')) from -= 1;
  let to = at;
  while (to < tokens.length && !CLAUSE_BREAKS.has(tokens[to]?.value ?? '')) to += 1;
  const within = (t: Token, span: { readonly start: number; readonly end: number }): boolean => t.start >= span.start - unit.start && t.end <= span.end - unit.start;
  // The fact's own places and actors are compared as such, though its words may not name them (a
  // `place` field): "Lyon" of "exports from Lyon" is no qualifier of a fact placed in Lyon.
  const factNames = new Set([...profile.places.flatMap((p) => [p.name, ...p.partOf]), ...profile.actors]);
  const named = unit.entities.filter((e) => factNames.has(e.name));
  for (let i = from; i < to; i += 1) {
    const token = tokens[i] as Token;
    if (!QUALIFIERS.has(token.pos) || token.type !== 'word' || (token.start >= start && token.end <= end)) continue;
    if (unit.times.some((time) => within(token, time)) || named.some((e) => within(token, e))) continue;
    const term = contextualTerm(tokens, i) ?? termOf(token.lemma);
    if (isGenericTerm(term) || profile.terms.has(term) || directionOfWords([token]) !== null) continue;
    return true;
  }
  return false;
}

/**
 * The outcome once the ways of the two changes are known (change-direction.ts): a fact whose change
 * went the other way contradicts the claim, whatever the number, when it is of the claim's very
 * measure and scope, and the claim's clause names nothing the fact does not (namesMoreThan): a
 * part of what the fact measures ("youth unemployment", "exports of wine") may well have gone the
 * other way. Anywhere else it neither supports nor lent the number.
 */
function outcomeOfWays(outcome: FigureOutcome, opposed: boolean, scope: ScopeRelation, sameMeasure: boolean, sameSubject: boolean, narrower: () => boolean, undatedWay = false): FigureOutcome {
  if (!opposed) return outcome;
  // "Lower than in 2014" runs to when the claim was spoken, which it does not date (baseline-comparative.ts).
  if (undatedWay) return 'silent';
  return scope === 'equal' && sameMeasure && sameSubject && !narrower() ? 'contradicts' : 'silent';
}

/** Compares `figure` of `claim` with one fact, or null when the fact has no comparable value. */
export function compareFigure(claim: ClaimProfile, figure: ClaimFigure, profile: FactProfile): FigureComparison | null {
  const { fact } = profile;
  const given = valueForFigure(figure.quantity, fact, figure.unit.dimension);
  if (given === null) return null;
  // A fall written as a negative value ("-7 percent") meets "fell 7 percent" by its size: the
  // words on both sides already say the way.
  const way = factDirection(profile, given);
  const value = figure.direction !== null && figure.direction === way && given < 0 ? -given : given;
  // A record span meets only a record span (record-span.ts); any other figure, only other facts.
  if ((figure.record === null) !== (profile.record === null)) return null;
  // Jobs created and jobs lost are two counts, not one (gain-or-loss.ts). The whole unit's words
  // decide: the verb is often outside the figure's clause ("we create a lot of jobs, 500,000 jobs").
  if (figure.unit.dimension === 'count' && oppositeFlows(flowOfWords(claim.words.tokens), profile.flow)) return null;
  // A denied change over N years meets only changes over about N years, of the claim's time when
  // it gives one (unchanged-span.ts).
  if (figure.unchangedYears !== null && !meetsUnchangedSpan(claim, figure, profile, figure.unchangedYears)) return null;
  // A fact that covers the span of a denied change is itself a change over it, whether or not its
  // words say so ("change in real earnings" names no change word): change against level is no test.
  const words = figure.unchangedYears === null ? figure.measure : { ...figure.measure, change: profile.measure.change };
  // "N times" is compared only as a count of the events the fact counts (occurrence-count.ts).
  const counted = occurrencesCounted(claim, figure, profile);
  if (counted === null) return null;
  let measure = figure.record !== null
    ? compareRecordMeasure(claim, figure, profile)
    : compareMeasure({ unit: peopleNamedBySubject(counted, profile), words }, { unit: profile.unit, words: profile.measure });
  if (measure === null) return null;
  if (measure === 'unknown' && subjectCovered(claim, profile.subject)) measure = 'equal';
  // A measure adds up over time when either side's words say so (one side may name no measure);
  // shares and rates never do, whatever they are shares of.
  const category = figure.measure.category ?? profile.measure.category;
  const overPlaces = figure.unit.dimension !== 'percent' && !figure.measure.change;
  // One thing's size or price ("a $20,000 portrait") is no running total, whatever its measure.
  // Nor does a record span ("the biggest in 45 years"): a one-year fact dates the same record.
  const overTime = addsUpOverTime(category) && overPlaces && !figure.attributive && figure.record === null;
  // Counts and money add up over places and actors; rates and shares do not.
  // The span was matched above, within the claim's time: it is the fact's period.
  // A share of a flow ("92 percent of the jobs lost during …") is of its period alone (share-period.ts).
  const shareOfFlow = figure.share && isShareOfEvents(category, profile.flow !== null || flowOfWords(claim.words.tokens) !== null);
  const time = figure.unchangedYears !== null
    ? 'equal'
    : shareOfFlow && figure.time !== null && fact.time !== null
      ? compareSharePeriod(figure.time, fact.time)
      : compareTime(figure.time, fact.time, overTime, figure.perYear);
  // "Nationwide" with no place named: a state's or a city's fact is only part of it (nationwide.ts).
  const place = figure.nationwide && figure.places.length === 0
    ? compareNationwide(profile.places, overPlaces)
    : comparePlace(figure.places, profile.places, overPlaces);
  const actor = compareActor(claim.actors, profile.actors, isAttributed(category) && overPlaces);
  const dimensions: ScopeComparison[] = [
    { dimension: 'measure', relation: measure, claim: describeMeasure(figure.unit, figure.measure), fact: describeMeasure(profile.unit, profile.measure) },
    { dimension: 'time', relation: time, claim: figure.time === null ? null : formatRange(figure.time), fact: fact.time === null ? null : formatRange(fact.time) },
    { dimension: 'place', relation: place, claim: figure.places.map((p) => p.name).join(', ') || (figure.nationwide ? 'the whole country' : null), fact: profile.places.map((p) => p.name).join(', ') || null },
    { dimension: 'actor', relation: actor, claim: claim.actors.join(', ') || null, fact: profile.actors.join(', ') || null },
  ];
  const scope = combineScopes([measure, time, place, actor]);
  const fit = fitNumber(figure.quantity, value);
  const sameSubject = sharesTopic(claim, figure, profile) && sameParty(claim, profile);
  // A bound (a part or a whole) holds only between figures of the very same measure: named alike,
  // and on a topic shared beyond the names of places and actors.
  const bound = scope === 'part' || scope === 'whole';
  const sameMeasure = measure === 'equal' && (!bound || sharesTopicWord(claim, profile));
  const opposed = figure.direction !== null && way !== null && figure.direction !== way;
  const narrower = (): boolean => namesMoreThan(claim, figure, profile);
  // A part the claim names beyond the fact ("unemployment among women") is no test of a whole's number (subgroup-figure.ts).
  const byNumber = subgroupOutcome(outcomeOf(scope, fit, fitAsBound(figure.quantity, value), sameMeasure, sameSubject), scope, () => namesSubgroup(clauseTerms(claim, figure), profile.terms));
  // "In the Midwest": a place the gazetteer does not know is still not the fact's (unknown-place.ts).
  const placed = byNumber === 'supports' || byNumber === 'contradicts' ? (placedElsewhere(claim, figure, profile) ? 'silent' : byNumber) : byNumber;
  // "12 percent higher than the national average", "lower than when the law passed": a comparison
  // with something the words do not date is no change a fact's change of the same size, whichever
  // way, can be matched with (change-direction.ts `comparedWayAround`).
  // A denied change ("did not fall 12 percent") states no change a fact can match (change-direction.ts `deniedAround`).
  const sideBySide = (figure.direction === null && figure.comparedWay !== null && way !== null) || figure.denied;
  const outcome = sideBySide ? 'silent' : outcomeOfWays(placed, opposed, scope, sameMeasure, sameSubject, narrower, figure.sinceBaseline);
  // What a proposed change would reach is not what is (target-figure.ts): a fact that states the
  // level may confirm it was reached, but only a fact about a proposal can contradict the target
  // or be its source.
  const speaks = !figure.target || profile.proposal || outcome === 'supports';
  // "Tens of thousands" fits a fact of another measure by coincidence as often as by borrowing (order-of-magnitude.ts).
  const decided = magnitudeOutcome(speaks ? outcome : 'silent', measure, figure.quantity);
  return { figure, profile, fit, scope, dimensions, outcome: decided, value, opposedWay: opposed ? way : null };
}
