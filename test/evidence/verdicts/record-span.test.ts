import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRecordSpanFigure } from '../../../src/evidence/verdicts/record-span.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

/** Whether the span of years written `figure` in `text` (in years, or counting years after a hyphen) reads as a record span. */
function recordSpan(text: string, figure: string, value: number, unit = { dimension: 'year', noun: null as string | null }): boolean {
  const at = text.indexOf(figure);
  return isRecordSpanFigure({ min: value, max: value }, unit, tokenize(text).tokens, text, at, at + figure.length);
}

test('a span of years after a superlative, or before "low"/"high", dates a record; other spans do not', () => {
  assert.equal(recordSpan('Ferry fares in Oslo are the lowest in 12 years.', '12 years', 12), true);
  assert.equal(recordSpan('It was the first time in over 10 years.', 'over 10 years', 10), true);
  assert.equal(recordSpan('Oslo is at a 20 year low in ferry fares.', '20 year', 20), true);
  assert.equal(recordSpan('Oslo is at a five-year high in ferry fares.', 'five', 5, { dimension: 'count', noun: 'year' }), true);
  // "A 10-year plan" counts the plan's years: no record, and no span to compare with one.
  assert.equal(recordSpan('Oslo has a 10-year plan for ferry fares.', '10', 10, { dimension: 'count', noun: 'year' }), false);
  // A span that counts time, not a record: no superlative, or "for" rather than "in".
  assert.equal(recordSpan('Ferry fares in Oslo have not risen for 12 years.', '12 years', 12), false);
  assert.equal(recordSpan('The interest on the loan was paid in 12 years.', '12 years', 12), false);
  assert.equal(recordSpan('The highest fares were paid for 12 years.', '12 years', 12), false);
});

const LOWER = fact('lower', {
  statement: 'In May 2021 Oslo\'s jobless rate was the lowest in 14 years.', subject: 'years since the jobless rate in Oslo was lower',
  value: 14, unit: 'year', time: { from: '2021-05', to: '2021-05' }, place: 'Oslo',
});
const BIGGER = fact('bigger', {
  statement: 'The 2019 rise in burglaries in Oslo was the biggest single-year increase in 30 years.', subject: 'years since a bigger increase in burglaries in Oslo',
  value: 30, unit: 'year', time: { from: '2019', to: '2019' }, place: 'Oslo',
});

test('"the lowest jobless rate in N years" meets a fact that counts the years since the rate was lower', () => {
  // Before, the claim's span was a level and the fact's a change ("lower"): another measure, unverified.
  const right = verdictOf('In May 2021 Oslo had the lowest jobless rate in 14 years.', [LOWER]);
  assert.equal(right.verdict, 'supported');
  assert.deepEqual(right.facts, ['lower']);
  assert.match(right.explanation, /lower \(.*\): 14 year, years since the jobless rate in Oslo was lower.*the figure fits/);
  const wrong = verdictOf('In May 2021 Oslo had the lowest jobless rate in 20 years.', [LOWER]);
  assert.equal(wrong.verdict, 'contradicted');
  assert.match(wrong.explanation, /lower is below the claimed figure/);
});

test('"the biggest in N years" is a record, not a running total that a one-year fact covers only part of', () => {
  // Before, "30 years" of a rise in burglaries was read as thirty years of burglaries, and 2019 as part of them.
  const v = verdictOf('We had a rise in burglaries in Oslo, the biggest in 30 years.', [BIGGER]);
  assert.equal(v.verdict, 'supported');
  assert.match(v.explanation, /Compared "30 years" .* with bigger/);
});

test('a record span is not compared with a record of another measure, nor with a count of years', () => {
  // Same number of years, another measure: "crime" is not the jobless rate, whatever "rate" and "low" they share.
  assert.equal(verdictOf('Oslo is at a 14 year low in its crime rate.', [LOWER]).verdict, 'unverified');
  // Before, the years-since fact contradicted any span of years on a topic with "rate" and "low" in it.
  assert.equal(verdictOf('Oslo is at a 20 year low in its crime rate.', [LOWER]).verdict, 'unverified');
  // A count of years in which something happened is no record span, though its unit is years.
  const count = fact('count', {
    statement: 'In 14 years since 1990 Oslo\'s jobless rate rose.', subject: 'years since 1990 in which the jobless rate in Oslo rose',
    value: 14, unit: 'years', time: { from: '1990', to: '2021' }, place: 'Oslo',
  });
  assert.equal(verdictOf('In May 2021 Oslo had the lowest jobless rate in 14 years.', [count]).verdict, 'unverified');
});

test('the same record span for another year is not support', () => {
  const v = verdictOf('In 2010 Oslo had the lowest jobless rate in 14 years.', [LOWER]);
  assert.notEqual(v.verdict, 'supported');
  assert.notEqual(v.verdict, 'contradicted');
});
