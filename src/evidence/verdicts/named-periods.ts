/**
 * Periods named by a presidency rather than by dates: "during Barack Obama's first term", "under
 * George W. Bush", "the Obama administration". The times pass reads dates only, so such a claim
 * had no time, and a fact about January 2009 to March 2012 was taken for one about the whole first
 * term. Read here, the named period dates the claim's figures like any written range.
 *
 * Only names that say which president is meant: "Clinton" alone was also a senator and a
 * Secretary of State ("under Clinton, the State Department"), "Bush" alone two presidents; "Bill
 * Clinton" and "George W. Bush" are read. A presidency still running has no end to give, so only
 * its finished terms are read ("Trump's first term", not "the Trump administration").
 */
import type { TimeExpression } from '../../model/analysis-schema.ts';

interface Presidency {
  /** Ways the text names the president, as regular-expression source. */
  readonly names: string;
  /** Each term's first and last day (inauguration to inauguration). */
  readonly terms: readonly (readonly [string, string])[];
  /** True when the presidency has ended, so "under X" and "the X administration" have an end. */
  readonly ended: boolean;
}

const PRESIDENCIES: readonly Presidency[] = [
  { names: String.raw`(?:Ronald\s+)?Reagan`, terms: [['1981-01-20', '1985-01-20'], ['1985-01-20', '1989-01-20']], ended: true },
  { names: String.raw`George\s+H\.?\s*W\.?\s+Bush`, terms: [['1989-01-20', '1993-01-20']], ended: true },
  { names: String.raw`Bill\s+Clinton`, terms: [['1993-01-20', '1997-01-20'], ['1997-01-20', '2001-01-20']], ended: true },
  { names: String.raw`George\s+W\.?\s+Bush`, terms: [['2001-01-20', '2005-01-20'], ['2005-01-20', '2009-01-20']], ended: true },
  { names: String.raw`(?:Barack\s+)?Obama`, terms: [['2009-01-20', '2013-01-20'], ['2013-01-20', '2017-01-20']], ended: true },
  { names: String.raw`(?:Donald\s+)?Trump`, terms: [['2017-01-20', '2021-01-20']], ended: false },
  { names: String.raw`(?:Joe\s+)?Biden`, terms: [['2021-01-20', '2025-01-20']], ended: true },
];

const ORDINALS: Readonly<Record<string, number>> = { first: 0, second: 1 };

/** "Obama's first term" (not "… first term as senator", "… in the Senate"). */
const termPattern = (names: string): RegExp => new RegExp(
  String.raw`\b(?:President\s+)?(${names})(?:'s|’s)\s+(first|second)\s+term\b(?!\s+(?:as\s+(?!president)|in\s+the\s+(?:Senate|House)))`, 'gi',
);

/** "under (President) Obama", "the Obama administration", "Obama's presidency". */
const presidencyPattern = (names: string): RegExp => new RegExp(
  String.raw`\b(?:(?:under|during)\s+(?:President\s+)?(?:${names})\b(?!(?:'s|’s)\s+(?:first|second)\s+term)|the\s+(?:${names})\s+(?:administration|presidency)\b|(?:${names})(?:'s|’s)\s+(?:administration|presidency)\b)`, 'gi',
);

/** The periods a text names by a presidency, as time expressions at their offsets in the document (`offset` is where `text` starts). */
export function namedPeriods(text: string, offset: number): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const presidency of PRESIDENCIES) {
    for (const match of text.matchAll(termPattern(presidency.names))) {
      const term = presidency.terms[ORDINALS[(match[2] ?? '').toLowerCase()] ?? -1];
      if (term === undefined) continue;
      const start = offset + (match.index ?? 0);
      found.push({ text: match[0], start, end: start + match[0].length, from: term[0], to: term[1] });
    }
    if (!presidency.ended) continue;
    const first = presidency.terms[0];
    const last = presidency.terms.at(-1);
    if (first === undefined || last === undefined) continue;
    for (const match of text.matchAll(presidencyPattern(presidency.names))) {
      const start = offset + (match.index ?? 0);
      found.push({ text: match[0], start, end: start + match[0].length, from: first[0], to: last[1] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
