/**
 * Gross and net figures of one measure. When the fact base gives both ("the gross yearly cost of
 * illegal immigration, $113 billion" and "the net yearly cost, after taxes paid, $99 billion"), a
 * claim that says neither ("illegal immigration costs our country $113 billion a year") is about
 * what it costs in the end, the net figure: the gross figure, even if it fits, only counts one side
 * of the account, so the claim borrowed it (misleading) rather than being supported by it. A claim
 * that says "gross" is about the gross figure. With no net fact beside it, a gross fact is the
 * measure as the fact base knows it ("gross federal debt" is the national debt) and is compared as
 * before.
 *
 * Only costs are read so: what something costs is what it costs in the end. Other measures are
 * quoted gross as often as net, or more ("the federal debt is $30 trillion" is the gross debt, "she
 * earns $60,000" the gross pay, "20,000 people moved to Lyon" the gross inflow), so beside a net
 * debt, pay or migration the gross fact is compared as before.
 */
import type { Token } from '../../nlp/tokenize.ts';
import type { FigureComparison } from './compare-figure.ts';
import type { FactProfile } from './fact-profile.ts';
import { comparePlace } from './compare-place.ts';
import { overlaps } from './compare-time.ts';
import { textTerms } from './text-terms.ts';

/** Stems of the measures a claim that says neither "gross" nor "net" gives net: costs. */
const COSTS = new Set(['cost', 'burden', 'expense']);

/** Products whose names start with "gross": GDP is no gross side of a net account. */
const PRODUCT_AFTER = new Set(['domestic', 'national', 'state', 'regional', 'world']);

/** True when the words say "gross" as a side of an account, not in "gross domestic product". */
function saysGross(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.normal === 'gross' && !PRODUCT_AFTER.has(tokens[i + 1]?.normal ?? ''));
}

/** True when the words say "net" as a side of an account, not "net worth" (wealth) or "safety net". */
function saysNet(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.normal === 'net' && tokens[i + 1]?.normal !== 'worth' && tokens[i - 1]?.normal !== 'safety');
}

/** The subject's words (else the statement's): the fact's own label says which side it counts. */
function labelTokens(profile: FactProfile): readonly Token[] {
  const { subject } = profile.fact;
  return subject === null ? profile.statement.tokens : textTerms(subject).tokens;
}

/**
 * True when the two facts are of one account: the same place (or one placed nowhere) and, when both
 * are dated, overlapping times. A net cost of 1993, or of one state, is no other side of a gross
 * cost of 2010 or of the whole country, and says nothing of which one a claim means.
 */
function sameAccount(gross: FactProfile, net: FactProfile): boolean {
  const place = comparePlace(gross.places, net.places, false);
  if (place !== 'equal' && place !== 'unknown') return false;
  const a = gross.fact.time;
  const b = net.fact.time;
  return a === null || b === null || overlaps(a, b);
}

/** True when `net` is the net side of `gross`'s measure: its subject has every topic word of the gross one's but "gross", of the same account. */
function isNetOf(gross: FactProfile, net: FactProfile): boolean {
  if (!saysNet(labelTokens(net)) || gross.subject.size === 0 || !sameAccount(gross, net)) return false;
  for (const term of gross.subject) if (term !== 'gross' && !net.subject.has(term)) return false;
  return true;
}

/**
 * The comparisons with a fitting gross fact that has a net fact beside it turned into a borrowed
 * figure (`matches_other`, another measure) when the claim does not say "gross".
 */
export function markGrossFigures(claimTokens: readonly Token[], comparisons: readonly FigureComparison[]): FigureComparison[] {
  if (saysGross(claimTokens)) return [...comparisons];
  return comparisons.map((comparison) => {
    if (comparison.fit !== 'inside' || (comparison.outcome !== 'supports' && comparison.outcome !== 'consistent')) return comparison;
    if (!saysGross(labelTokens(comparison.profile))) return comparison;
    if (![...comparison.profile.subject].some((term) => COSTS.has(term))) return comparison;
    const net = comparisons.find((other) => other !== comparison && isNetOf(comparison.profile, other.profile));
    if (net === undefined) return comparison;
    const dimensions = comparison.dimensions.map((d) => (d.dimension === 'measure'
      ? { ...d, relation: 'other' as const, fact: comparison.profile.fact.subject, claim: net.profile.fact.subject }
      : d));
    return { ...comparison, scope: 'other' as const, dimensions, outcome: 'matches_other' as const };
  });
}
