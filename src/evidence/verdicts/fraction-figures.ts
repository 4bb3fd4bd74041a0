/**
 * Fractions in words as figures: "half of their wealth", "a third of the jobs", "two-thirds of
 * new arrivals" state a share as surely as "50 percent" does, and facts give such shares in
 * percent. The quantities pass reads none of them (at most the "one" of "one third", as a bare
 * count), so they are read here as percent figures, hedged as speakers round them.
 */
import type { Quantity } from '../../model/analysis-schema.ts';

/** Denominators in words, singular and plural, as the share of a whole in percent. */
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fourth: 25, fourths: 25, fifth: 20, fifths: 20,
};
const NUMERATORS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

/** Hedges before a fraction that leave one side open ("more than half") rather than round it. */
const OPEN_ABOVE = new Set(['more than', 'over', 'at least']);
const OPEN_BELOW = new Set(['less than', 'under', 'fewer than']);

/**
 * A fraction of something: an optional hedge, a numerator ("a", "one", "two"; none for "half"),
 * the denominator, and then "of" or a determiner or possessive ("half their wealth"). What comes
 * before keeps out halves of periods and groups ("the second half of the year", "the top half of
 * earners") and the half of a mixed number ("a year and a half", "two and a half"); what follows
 * keeps out ordinals ("Third World", "a fifth term", "the Fourth of July"), fractions of a number
 * or unit ("a quarter of a million", "half of one percent", "a quarter of a percentage point") and
 * ratios to a level rather than shares of a group ("half the national rate", "half the time").
 */
const NOT_AFTER = String.raw`(?<!\b(?:first|second|last|other|the|top|bottom|upper|lower|middle|richest|poorest|wealthiest|and)\s+(?:(?:a|an|one)[\s-]+)?)`;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const OF_AMOUNT = String.raw`\s+of\s+(?:(?:an?|one|\d[\d.,]*)\s+(?:million|billion|trillion|century|mile|point|percent|per\s*cent|percentage)\b|\d|(?:${MONTHS})\b)`;
const RATIO_HEADS = 'rate|size|level|price|prices|average|amount|number|time|times|cost|costs|value|speed|salary|wage|wages|pay|income';
const OF_LEVEL = String.raw`\s+(?:of\s+)?(?:the|their|its|our|his|her|your)\s+(?:[a-z]+\s+)?(?:${RATIO_HEADS})\b`;
const FRACTION = new RegExp(
  NOT_AFTER
  + String.raw`\b(?:(more than|over|at least|less than|under|fewer than|nearly|almost|about|approximately|roughly|around|some)[\s-]+)?`
  + String.raw`(?:(a|an|one|two|three|four)[\s-]+)?(half|thirds?|quarters?|fourths?|fifths?)`
  + String.raw`(?=\s+(?:of|the|their|its|our|his|her|your|all)\b)(?!${OF_AMOUNT})(?!${OF_LEVEL})`,
  'gi',
);

/**
 * The shares in percent the fractions of `text` name, as quantities at their offsets in the
 * document (`offset` is where `text` starts). A numerator is required except for "half": "third
 * of" alone is an ordinal.
 */
export function fractionQuantities(text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(FRACTION)) {
    const [whole, hedge, numerator, denominator] = match;
    const per = DENOMINATORS[(denominator ?? '').toLowerCase()];
    const count = numerator === undefined ? (/^hal/i.test(denominator ?? '') ? 1 : null) : NUMERATORS[numerator.toLowerCase()];
    if (per === undefined || count === null || count === undefined) continue;
    const value = Math.round(per * count * 10) / 10;
    const bound = hedge?.toLowerCase().replace(/\s+/g, ' ') ?? '';
    const start = offset + (match.index ?? 0);
    found.push({
      text: whole, start, end: start + whole.length, value,
      min: OPEN_BELOW.has(bound) ? null : value, max: OPEN_ABOVE.has(bound) ? null : value,
      // "Half" is said of anything near half: hedged like "about", with a hedge's slack.
      unit: 'percent', counted: null, approximate: true,
    });
  }
  return found;
}
