/**
 * Percent changes and rates stated by their number of digits: "premiums increased by double
 * digits", "double-digit inflation", "triple-digit rate hikes". "Double digits" is a percent from
 * 10 to under 100, "triple digits" from 100 to under 1,000, "single digits" under 10; facts give the
 * percent itself, so the words are read as that range and compared like any other figure.
 *
 * Only where the digits count a percent: after a verb of change ("rose by double digits", "went
 * up double digits") or before a noun of change or of a rate ("double-digit increases", "double-digit
 * unemployment"). "Won by double digits" and "a double-digit lead" count points, and "a
 * double-digit number of arrests" a count: none is read.
 */
import type { Quantity } from '../../model/analysis-schema.ts';

/** The range each digit count names, in percent (the top open by a hair: 100 is triple digits). */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  single: [1, 9.99], double: [10, 99.9], triple: [100, 999],
};

/** Verbs of change before the digits: "increased by double digits", "went up double digits". */
const CHANGE_BEFORE = /\b(?:increas|ris|rose|grow|grew|jump|climb|soar|surg|fell|fall|drop|declin|decreas|shrank|shrink|went\s+up|gone\s+up|go(?:es|ing)?\s+up|went\s+down|gone\s+down|go(?:es|ing)?\s+down|hik|rais|cut)\w*\s+(?:by\s+|in\s+(?:the\s+)?)?$/i;

/** Nouns of change or of a rate after "-digit": "double-digit increases", "double-digit inflation". */
const NOUN_AFTER = /^\s+(?:percent(?:age)?\s+)?(?:increases?|rises?|hikes?|growth|jumps?|gains?|declines?|drops?|decreases?|cuts?|inflation|unemployment|rates?|returns?|premium\s+increases?)\b/i;

/**
 * "double digits", "double-digit", and a list sharing its noun: "double and triple digits",
 * "double- and triple-digit". Group 1 is the whole list of counts, group 2 the noun's form.
 */
const DIGITS = /\b((?:single|double|triple)(?:-?\s+(?:and|or|to)\s+(?:single|double|triple))?)[\s-]+(digits|digit)\b/gi;

/**
 * The percent ranges the digit counts of `text` name, as quantities at their offsets in the
 * document (`offset` is where `text` starts), one per count ("double and triple digits" gives two).
 */
export function digitQuantities(text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const [whole, counts = '', form = ''] = match;
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + whole.length);
    // "digits" stands alone after a change verb; "digit" is a modifier and needs its noun.
    const percent = form.toLowerCase() === 'digits' ? CHANGE_BEFORE.test(before) : NOUN_AFTER.test(after);
    if (!percent) continue;
    for (const word of counts.matchAll(/single|double|triple/gi)) {
      const range = RANGES[word[0].toLowerCase()];
      if (range === undefined) continue;
      const start = offset + at + (word.index ?? 0);
      found.push({
        text: `${word[0]} ${form}`, start, end: start + word[0].length, value: null,
        min: range[0], max: range[1], unit: 'percent', counted: null, approximate: false,
      });
    }
  }
  return found;
}
