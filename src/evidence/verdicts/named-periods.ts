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

/**
 * "Obama's first term" (not "… first term as senator", nor a term "in" any place but office: "… in
 * the Senate", "… in the Illinois Senate", "… in Sacramento"; "in office", "in the White House" and
 * "in 2010" are the presidency's).
 */
const termPattern = (names: string): RegExp => new RegExp(
  String.raw`\b(?:President\s+)?(${names})(?:'s|’s)\s+(first|second)\s+term\b(?!\s+(?:as\s+(?!president)|in\s+(?!office\b|the\s+White\s+House\b|\d)))`, 'gi',
);

/**
 * "under (President) Obama", "the Obama administration", "Obama's presidency"; not "under Obama's
 * health law" or "during Biden's vice presidency", a thing of the person's and not the presidency
 * (the possessive forms are read by their own branch and by `termPattern`).
 */
const presidencyPattern = (names: string): RegExp => new RegExp(
  String.raw`\b(?:(?:under|during)\s+(?:President\s+)?(?:${names})\b(?!'|’)|the\s+(?:${names})\s+(?:administration|presidency)\b|(?:${names})(?:'s|’s)\s+(?:administration|presidency)\b)`, 'gi',
);

/**
 * Words right before a named period that make it a point the claim's time is counted from or up
 * to, a part of it, or the other side of a comparison, not the claim's time: "since Obama's first
 * term", "before the Obama administration", "by the end of …", "in the first year of …", "than
 * under Obama", "unlike the Reagan administration". Such a period is not read: the claim is left
 * undated rather than dated wrongly.
 */
const NOT_THE_PERIOD = /\b(?:since|before|after|until|till|prior\s+to|following|of|than|unlike|like|compared\s+(?:with|to))\s+$/i;

/** The periods a text names by a presidency, as time expressions at their offsets in the document (`offset` is where `text` starts). */
export function namedPeriods(text: string, offset: number): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const presidency of PRESIDENCIES) {
    for (const match of text.matchAll(termPattern(presidency.names))) {
      if (NOT_THE_PERIOD.test(text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0))) continue;
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
      if (NOT_THE_PERIOD.test(text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0))) continue;
      const start = offset + (match.index ?? 0);
      found.push({ text: match[0], start, end: start + match[0].length, from: first[0], to: last[1] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
