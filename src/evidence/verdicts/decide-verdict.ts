/**
 * The verdict on one check-worthy factual unit, from its comparisons with the candidate facts.
 *
 * Per figure: a fact of the same scope that fits supports it; else a fact about something else
 * whose number fits makes it misleading (the figure is borrowed, which explains it better than
 * "wrong"); else a fact of the same scope that does not fit, or a broken bound, contradicts it.
 * Over figures: misleading, then contradicted, then supported, since one bad figure spoils the
 * claim. A unit with no decided figure may still date an event a fact dates, or, undated, be
 * restated by a fact with no value (restated-event.ts).
 */
import type { Fact, Verdict } from '../../model/evidence-schema.ts';
import type { ClaimProfile } from './claim-profile.ts';
import { compareEvent } from './compare-event.ts';
import { compareRestatement } from './restated-event.ts';
import { judgeSuperlative } from './compare-superlative.ts';
import type { FigureComparison } from './compare-figure.ts';
import { compareFigure } from './compare-figure.ts';
import { formatRange } from './compare-time.ts';
import { cite, derivedValue, describeFact, describeFigure, differences, listFacts } from './explain-verdict.ts';
import { markGrossFigures } from './gross-or-net.ts';
import { markValuedThings } from './worth-of-things.ts';
import { clauseTerms, markWiderGroups } from './narrower-measure.ts';
import type { Candidate } from './retrieve-candidates.ts';

/** Most facts one explanation cites: more would not fit in two sentences. */
export const MAX_CITED = 3;
/** Most facts a misleading verdict adds as context beside the one the figure matches. */
export const MAX_CONTEXT = 2;

type FigureVerdict = { label: 'supported' | 'misleading' | 'contradicted'; facts: Fact[]; explanation: string };

const SEVERITY = { misleading: 3, contradicted: 2, supported: 1 } as const;

function unique(facts: readonly Fact[]): Fact[] {
  return facts.filter((f, i) => facts.findIndex((g) => g.id === f.id) === i);
}

/** How far a fact's scope is from the claim's: one per differing dimension, two for another measure. */
function scopeDistance(comparison: FigureComparison): number {
  let distance = 0;
  for (const d of comparison.dimensions) {
    if (d.relation === 'equal' || d.relation === 'unknown') continue;
    distance += d.dimension === 'measure' ? 2 : 1;
  }
  return distance;
}

/** The verdict on one figure, or null when no fact decides it. */
function judgeFigure(claim: ClaimProfile, comparisons: readonly FigureComparison[]): FigureVerdict | null {
  const first = comparisons[0];
  if (first === undefined) return null;
  const figure = describeFigure(first.figure, first.figure.places.map((p) => p.name));
  const by = (outcome: FigureComparison['outcome']): FigureComparison[] => comparisons.filter((c) => c.outcome === outcome);
  const supports = by('supports');
  if (supports.length > 0) {
    const facts = supports.slice(0, MAX_CITED).map((c) => c.profile.fact);
    return { label: 'supported', facts, explanation: `Compared ${figure} with ${listFacts(facts)}: the figure fits${derivedValue(supports[0] as FigureComparison)}${first.figure.quantity.approximate ? ', within the slack its hedging allows' : ''}.` };
  }
  const contradicts = by('contradicts');
  // Of several facts the figure may have been borrowed from, the nearest in scope explains it best.
  const borrowed = by('matches_other').map((c, order) => ({ c, order, d: scopeDistance(c) })).sort((a, b) => a.d - b.d || a.order - b.order)[0]?.c;
  if (borrowed !== undefined) {
    // Context: facts of the claim's own measure, those that bear on its figure first.
    const sameMeasure = by('silent').filter((c) => c.dimensions.every((d) => d.relation !== 'other'));
    const context = unique([...contradicts, ...by('consistent'), ...sameMeasure].map((c) => c.profile.fact)).slice(0, MAX_CONTEXT);
    const second = context.length === 0 ? '' : ` On the claim's own measure the fact base has ${listFacts(context)}.`;
    return {
      label: 'misleading',
      facts: unique([borrowed.profile.fact, ...context]),
      explanation: `The claimed ${figure} matches ${cite(borrowed.profile.fact)}: ${describeFact(borrowed.profile.fact)}, but ${differences(borrowed)}.${second}`,
    };
  }
  const against = contradicts[0];
  if (against !== undefined) {
    const facts = contradicts.slice(0, MAX_CITED).map((c) => c.profile.fact);
    const how = against.opposedWay !== null
      ? `a change ${against.opposedWay === 'up' ? 'up' : 'down'}, where the claim says ${against.opposedWay === 'up' ? 'down' : 'up'}`
      : against.scope === 'part'
      ? `already more than the claimed figure although ${differences(against)}`
      : against.scope === 'whole'
        ? `less than the claimed figure although ${differences(against)}`
        : `${against.fit === 'below' ? 'below' : 'above'} the claimed figure${derivedValue(against)}`;
    return { label: 'contradicted', facts, explanation: `Compared ${figure} with ${listFacts(facts)}: ${cite(against.profile.fact).split(' ')[0] ?? ''} is ${how}.` };
  }
  return null;
}

/** Why nothing was decided, naming the nearest facts when there are any. */
function unverified(claim: ClaimProfile, candidates: readonly Candidate[], comparisons: readonly FigureComparison[]): Verdict {
  const partial = unique(comparisons.filter((c) => c.outcome === 'consistent').map((c) => c.profile.fact)).slice(0, MAX_CITED);
  if (partial.length > 0) {
    return {
      unit: claim.unit.id,
      verdict: 'unverified',
      facts: partial.map((f) => f.id),
      explanation: `The fact base only covers part of what the claim counts: ${listFacts(partial)}; these do not settle the claimed total.`,
    };
  }
  const nearest = candidates.slice(0, 2).map((c) => c.profile.fact);
  if (nearest.length === 0) {
    return { unit: claim.unit.id, verdict: 'unverified', facts: [], explanation: 'No fact in the fact base shares a topic word with this claim (a shared place or name alone does not make one), so nothing speaks to it.' };
  }
  const what = claim.figures.length > 0 ? 'no figure of the same kind, time and place' : 'no figure, date or event this claim states';
  return {
    unit: claim.unit.id,
    verdict: 'unverified',
    facts: nearest.map((f) => f.id),
    explanation: `The nearest ${nearest.length === 1 ? 'fact' : 'facts'}, ${nearest.map(cite).join(' and ')}, ${nearest.length === 1 ? 'touches' : 'touch'} on its topic or actors but ${nearest.length === 1 ? 'states' : 'state'} ${what}, so the fact base does not settle it.`,
  };
}

/** Decides the verdict for one check-worthy factual unit from its candidate facts (best first). */
export function decideVerdict(claim: ClaimProfile, candidates: readonly Candidate[]): Verdict {
  const all: FigureComparison[] = [];
  let worst: FigureVerdict | null = null;
  for (const figure of claim.figures) {
    const compared = candidates.map((c) => compareFigure(claim, figure, c.profile)).filter((c): c is FigureComparison => c !== null);
    const comparisons = markValuedThings(claim, markGrossFigures(claim.words.tokens, markWiderGroups(clauseTerms(claim, figure), compared)));
    all.push(...comparisons);
    const verdict = judgeFigure(claim, comparisons);
    if (verdict !== null && (worst === null || SEVERITY[verdict.label] > SEVERITY[worst.label])) worst = verdict;
  }
  if (worst !== null) return { unit: claim.unit.id, verdict: worst.label, facts: worst.facts.map((f) => f.id), explanation: worst.explanation };
  // A claim with no figure may still rank its subject ("the lowest tuition of any state").
  const superlative = claim.figures.length === 0 ? judgeSuperlative(claim, candidates) : null;
  if (superlative !== null) {
    return { unit: claim.unit.id, verdict: superlative.label, facts: unique(superlative.facts).slice(0, MAX_CITED + 1).map((f) => f.id), explanation: superlative.explanation };
  }
  for (const candidate of candidates) {
    const event = compareEvent(claim, candidate);
    if (event === null || claim.time === null) continue;
    const { fact } = candidate.profile;
    const when = fact.time === null ? '' : ` (${formatRange(fact.time)})`;
    return {
      unit: claim.unit.id,
      verdict: event === 'supports' ? 'supported' : 'contradicted',
      facts: [fact.id],
      explanation: `Compared the claim's date, ${formatRange(claim.time)}, with ${cite(fact)}: "${fact.statement}"${when}; ${event === 'supports' ? 'the dates agree' : 'the fact contradicts it'}.`,
    };
  }
  const restatement = judgeRestatement(claim, candidates);
  if (restatement !== null) return restatement;
  return unverified(claim, candidates, all);
}

/**
 * An undated claim with no figure that a valueless fact restates (restated-event.ts). Every fact
 * that restates it must agree: one supporting and one contradicting leave it unverified.
 */
function judgeRestatement(claim: ClaimProfile, candidates: readonly Candidate[]): Verdict | null {
  const found = candidates.map((c) => ({ fact: c.profile.fact, outcome: compareRestatement(claim, c) })).filter((r) => r.outcome !== null);
  const first = found[0];
  if (first === undefined || found.some((r) => r.outcome !== first.outcome)) return null;
  const facts = found.slice(0, MAX_CITED).map((r) => r.fact);
  const fact = first.fact;
  const when = fact.time === null ? '' : ` (${formatRange(fact.time)})`;
  return {
    unit: claim.unit.id,
    verdict: first.outcome === 'supports' ? 'supported' : 'contradicted',
    facts: facts.map((f) => f.id),
    explanation: `The claim states no figure or date; ${cite(fact)} restates it: "${fact.statement}"${when}, ${first.outcome === 'supports' ? 'and says the same' : 'but one of the two denies what the other states'}.`,
  };
}
