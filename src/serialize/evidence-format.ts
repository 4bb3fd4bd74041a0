/**
 * How the reports show evidence: the verdict, resolution and earlier fact-checks of a unit, and the
 * facts they cite with their sources. Shared by the Markdown, HTML and Argdown writers so the three
 * say the same thing; each escapes the text for its own syntax.
 */
import type { Analysis } from '../model/analysis-schema.ts';
import type { ClaimMatch, Fact, Resolution, Verdict } from '../model/evidence-schema.ts';

/** A prediction's outcome as a reader would say it. */
export const outcomeLabel: Readonly<Record<Resolution['outcome'], string>> = {
  came_true: 'came true',
  did_not_come_true: 'did not come true',
  unclear: 'unclear',
};

/** The evidence about one unit, looked up once per report. */
export interface UnitEvidence {
  readonly verdict: Verdict | null;
  readonly resolution: Resolution | null;
  readonly matches: readonly ClaimMatch[];
}

/** Evidence by unit id. */
export function evidenceByUnit(analysis: Analysis): (unitId: string) => UnitEvidence {
  const verdicts = new Map(analysis.verdicts.map((v) => [v.unit, v]));
  const resolutions = new Map(analysis.resolutions.map((r) => [r.unit, r]));
  const matches = new Map(analysis.matches.map((m) => [m.unit, m.matches]));
  return (unitId) => ({ verdict: verdicts.get(unitId) ?? null, resolution: resolutions.get(unitId) ?? null, matches: matches.get(unitId) ?? [] });
}

/** The cited facts in the order they are first cited, each once. */
export function citedFacts(analysis: Analysis): Fact[] {
  const byId = new Map(analysis.facts.map((f) => [f.id, f]));
  const order: Fact[] = [];
  const seen = new Set<string>();
  for (const { facts } of [...analysis.verdicts, ...analysis.resolutions]) {
    for (const id of facts) {
      const fact = byId.get(id);
      if (fact === undefined || seen.has(id)) continue;
      seen.add(id);
      order.push(fact);
    }
  }
  for (const fact of analysis.facts) if (!seen.has(fact.id)) order.push(fact);
  return order;
}

/**
 * Whether a URL from the user's files may become a link: only web addresses. A `javascript:` or
 * `data:` URL in a fact base must not turn into something a click runs.
 */
export function isWebUrl(url: string | null): url is string {
  return url !== null && /^https?:\/\/[^\s]/iu.test(url);
}

/** A match's score with two decimals, e.g. `0.81`. */
export function formatMatchScore(match: ClaimMatch): string {
  return match.score.toFixed(2);
}
