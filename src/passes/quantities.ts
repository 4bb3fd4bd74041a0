/**
 * Quantities: exact figures, ranges ("1.4-1.8 million", "between $180 and $230 million"),
 * vague magnitudes ("tens of thousands"), percentages, money and measures, each with bounds,
 * a unit and the noun counted. Years are left to the times pass, which runs first.
 */
import type { Diagnostic, Quantity } from '../model/analysis-schema.ts';
import { PhraseTable } from '../nlp/phrases.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';
import { readNumberWords, SCALES } from './number-words.ts';
import { isMonthName } from './times.ts';
import { CURRENCY_SYMBOLS, PEOPLE_NOUNS, UNIT_WORDS } from './quantity-units.ts';

type Bound = 'approximate' | 'at_least' | 'at_most';

const PREFIXES = new PhraseTable<Bound>([
  ['roughly', 'approximate'], ['about', 'approximate'], ['around', 'approximate'], ['approximately', 'approximate'],
  ['nearly', 'approximate'], ['almost', 'approximate'], ['some', 'approximate'], ['close to', 'approximate'],
  ['an estimated', 'approximate'], ['estimated', 'approximate'], ['~', 'approximate'], ['circa', 'approximate'],
  ['just over', 'at_least'], ['over', 'at_least'], ['more than', 'at_least'], ['at least', 'at_least'],
  ['upwards of', 'at_least'], ['in excess of', 'at_least'], ['above', 'at_least'], ['greater than', 'at_least'],
  ['just under', 'at_most'], ['under', 'at_most'], ['less than', 'at_most'], ['fewer than', 'at_most'],
  ['at most', 'at_most'], ['up to', 'at_most'], ['as many as', 'at_most'], ['below', 'at_most'], ['no more than', 'at_most'],
]);

/** "tens of thousands": a vague count between `[low, high]`, scaled by a following "of thousands". */
const VAGUE = new Map<string, readonly [number, number]>([
  ['tens', [10, 99]], ['dozens', [24, 144]], ['scores', [40, 200]], ['hundreds', [100, 999]],
  ['thousands', [1000, 9999]], ['millions', [1e6, 9.99e6]], ['billions', [1e9, 9.99e9]],
]);
const VAGUE_SCALE = new Map<string, number>([['thousands', 1e3], ['millions', 1e6], ['billions', 1e9]]);
const RANGE_WORDS = new Set(['-', '–', '—', 'to', 'and']);
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN']);

interface Figure {
  readonly value: number;
  readonly high: number | null;
  readonly first: number;
  readonly end: number;
  readonly currency: string | null;
}

function parseDigits(value: string): number | null {
  if (!/^-?\d[\d,]*(\.\d+)?$/.test(value)) return null;
  if (/,/.test(value) && !/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value)) return null;
  return Number(value.replace(/,/g, ''));
}

/**
 * "10-15", "1,000–2,000": a range of two figures in one token. Hoisted and tried on number tokens
 * only: this runs at every token, and a regular-expression literal makes a new object each time.
 */
const NUMBER_RANGE = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/;

/** A number at `i`: currency symbol, digits or words, an optional scale word; a hyphenated range stays one figure. */
function readFigure(tokens: readonly Token[], i: number, end: number, taken: ReadonlySet<number>): Figure | null {
  let j = i;
  const currency = CURRENCY_SYMBOLS.get(tokens[j]?.value ?? '') ?? null;
  if (currency !== null) j += 1;
  if (j >= end || taken.has(j)) return null;
  const token = tokens[j] as Token;
  let value: number | null = null;
  let high: number | null = null;
  let next = j + 1;
  const range = token.type === 'number' ? NUMBER_RANGE.exec(token.value) : null;
  if (token.type === 'number' && range !== null) {
    value = parseDigits(range[1] ?? '');
    high = parseDigits(range[2] ?? '');
  } else if (token.type === 'number') {
    value = parseDigits(token.value);
  } else {
    const words = readNumberWords(tokens, j, end);
    if (words !== null) {
      value = words.value;
      next = words.end;
    }
  }
  if (value === null || Number.isNaN(value)) return null;
  const scaleWord = next < end && token.type === 'number' ? tokens[next] : undefined;
  const scale = scaleWord?.type === 'word' ? SCALES.get(scaleWord.normal) : undefined;
  // Short scales ("k", "m", "bn") count only when glued to the digits or after a currency sign:
  // "$11k", "£3.5m"; "3.5 m" is metres.
  const glued = scaleWord !== undefined && (scaleWord.start === token.end || currency !== null);
  if (scale !== undefined && scaleWord !== undefined && (scaleWord.normal.length > 2 || glued)) {
    value *= scale;
    if (high !== null) high *= scale;
    next += 1;
  }
  return { value, high, first: i, end: next, currency };
}

function readVague(tokens: readonly Token[], i: number, end: number): Figure | null {
  const base = VAGUE.get(tokens[i]?.normal ?? '');
  if (base === undefined || tokens[i + 1]?.normal !== 'of' || i + 2 >= end) return null;
  const scale = VAGUE_SCALE.get(tokens[i + 2]?.normal ?? '');
  if (scale !== undefined && tokens[i + 3]?.normal === 'of') {
    return { value: base[0] * scale, high: (base[1] + 1) * scale - 1, first: i, end: i + 3, currency: null };
  }
  if (scale !== undefined && i + 3 >= end) return { value: base[0] * scale, high: (base[1] + 1) * scale - 1, first: i, end: i + 3, currency: null };
  return { value: base[0], high: base[1], first: i, end: i + 1, currency: null };
}

/** The noun phrase a figure counts: modifiers and nouns right after it, up to the head noun. */
function countedAfter(tokens: readonly Token[], at: number, end: number): { text: string; last: number } | null {
  let j = at;
  if (tokens[j]?.normal === 'of') j += 1;
  let last = -1;
  for (let k = j; k < end && k < j + 4; k += 1) {
    const token = tokens[k] as Token;
    if (!MODIFIER_POS.has(token.pos) || token.type !== 'word') break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') last = k;
  }
  if (last < 0) return null;
  return { text: tokens.slice(j, last + 1).map((t) => t.value).join(' '), last };
}

/** Words after an hour of the clock ("10 a.m.", "6 pm", "9 o'clock"). */
const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'o’clock']);

/** Tags of a word a count names after its number ("5 people", "20 percent", "3 new hospitals"). */
const COUNTED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'SYM']);

/**
 * True when the number token at `i` is a day of a month ("June 12", "12 June") or an hour ("10
 * a.m."): a date without its year has no range the times pass could give, but it is no count.
 * After a month, a number followed by what it counts is a count ("In May 5 people died", "By
 * April 20 percent had left").
 */
function isDayOrHour(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i] as Token;
  if (token.type !== 'number' || !/^\d{1,2}$/.test(token.value)) return false;
  const n = Number(token.value);
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  if (n >= 1 && n <= 12 && CLOCK_WORDS.has(next?.normal ?? '')) return true;
  if (n < 1 || n > 31) return false;
  if (isMonthName(next)) return true;
  return isMonthName(tokens[i - 1]) && (next === undefined || !COUNTED_TAGS.has(next.pos) || isMonthName(next));
}

/** Finds the quantities in tokens `[first, end)`, skipping tokens in `taken` (time expressions). */
export function findQuantities(
  tokens: readonly Token[],
  first: number,
  end: number,
  taken: ReadonlySet<number>,
  text: string,
): Quantity[] {
  const found: Quantity[] = [];
  for (let i = first; i < end; i += 1) {
    if (taken.has(i)) continue;
    const prefix = PREFIXES.matchAt(tokens, i, end);
    let at = prefix !== null ? prefix.end : i;
    const between = tokens[at]?.normal === 'between' || tokens[at]?.normal === 'from';
    if (between) at += 1;
    const figure = readVague(tokens, at, end) ?? readFigure(tokens, at, end, taken);
    if (figure === null || (figure.end === figure.first + 1 && isDayOrHour(tokens, figure.first, end))) continue;
    let { value, high } = figure;
    let last = figure.end;
    let currency = figure.currency;
    // "between $180 and $230 million", "five to ten minutes", "$11k to $19k": a second figure closes a range.
    if (high === null && RANGE_WORDS.has(tokens[last]?.normal ?? '') && (between || tokens[last]?.normal !== 'and')) {
      const second = readFigure(tokens, last + 1, end, taken);
      if (second !== null && second.value > value) {
        const scaleBack = second.end > second.first + 1 && SCALES.has(tokens[second.end - 1]?.normal ?? '') && value < second.value / 1000;
        if (scaleBack) value *= SCALES.get(tokens[second.end - 1]?.normal ?? '') ?? 1;
        high = second.value;
        last = second.end;
        currency = currency ?? second.currency;
      }
    }
    const unitMatch = UNIT_WORDS.matchAt(tokens, last, end);
    let unit = currency ?? unitMatch?.value ?? null;
    let spanEnd = currency === null && unitMatch !== null ? unitMatch.end : last;
    let counted: string | null = null;
    // A bare count names its noun ("1.4 million Afghan refugees", "tens of thousands of civilians");
    // a percentage only through "of" ("45% of participants"); money and measures name none.
    const countsNoun = unit === null || (unit === 'percent' && tokens[spanEnd]?.normal === 'of');
    const noun = countsNoun ? countedAfter(tokens, spanEnd, end) : null;
    const head = noun === null ? undefined : tokens[noun.last];
    const headUnit = head === undefined ? null : UNIT_WORDS.matchAt(tokens, noun?.last ?? 0, noun === null ? 0 : noun.last + 1);
    if (noun !== null && headUnit !== null && unit === null) {
      unit = headUnit.value; // "hundreds of millions of dollars"
      spanEnd = headUnit.end;
    } else if (noun !== null) {
      counted = noun.text;
      if (unit === null && PEOPLE_NOUNS.has(head?.normal ?? '')) unit = 'people';
    }
    const startToken = tokens[prefix?.first ?? i] as Token;
    const endToken = tokens[spanEnd - 1] as Token;
    const bound = prefix?.value ?? null;
    const vague = VAGUE.has(tokens[at]?.normal ?? '');
    found.push({
      text: text.slice(startToken.start, endToken.end),
      start: startToken.start,
      end: endToken.end,
      value: high === null && !vague ? value : null,
      min: bound === 'at_most' ? null : value,
      max: bound === 'at_least' ? null : (high ?? value),
      unit,
      counted,
      approximate: bound !== null || vague,
    });
    i = spanEnd - 1;
  }
  return found;
}

function annotate(context: AnalysisContext): void {
  const { tokens, source } = context;
  context.units.forEach((unit, index) => {
    const range = context.unitTokens[index];
    if (range === undefined) return;
    unit.quantities = findQuantities(tokens, range.first, range.end, context.timeTokens, source.text);
    for (const quantity of unit.quantities) {
      if (quantity.unit !== null || quantity.counted !== null) continue;
      const diagnostic: Diagnostic = {
        rule: 'quantity/no-unit',
        severity: 'info',
        message: `"${quantity.text}" in ${unit.id} names no unit or counted thing`,
        start: quantity.start,
        end: quantity.end,
      };
      context.diagnostics.push(diagnostic);
    }
  });
}

/** Finds and normalises quantities in every unit. */
export const quantitiesPass: Pass = { name: 'quantities', requires: ['units', 'times'], provides: ['quantities'], run: annotate };
