import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRecordSpan } from '../../../src/evidence/verdicts/record-span.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

/** Whether the span of years written `figure` in `text` (in years, or counting years after a hyphen) reads as a record span. */
function recordSpan(text: string, figure: string, value: number, unit = { dimension: 'year', noun: null as string | null }): boolean {
  const at = text.indexOf(figure);
  return readRecordSpan({ min: value, max: value }, unit, tokenize(text).tokens, text, at, at + figure.length) !== null;
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

test('a record meets only a record that goes the same known way', () => {
  // "Highest" is no "lowest": before, the years alone made a high supported by a low.
  assert.equal(verdictOf('In May 2021 Oslo had the highest jobless rate in 14 years.', [LOWER]).verdict, 'unverified');
  assert.equal(verdictOf('In May 2021 the jobless rate in Oslo hit a 14-year high.', [LOWER]).verdict, 'unverified');
  // A record word with no way of its own takes the way of the sentence's words, or none.
  assert.equal(verdictOf('In 2019 burglaries in Oslo saw a big increase, the first in 30 years.', [BIGGER]).verdict, 'supported');
  assert.equal(verdictOf('In 2019 burglaries in Oslo changed for the first time in 30 years.', [BIGGER]).verdict, 'unverified');
});

test('a record word of another clause, or behind "that", makes no record span', () => {
  const crime = fact('crime', {
    statement: 'In 2019 violent crime in Oslo was the lowest in 20 years.', subject: 'years since violent crime in Oslo was lower',
    value: 20, unit: 'year', time: { from: '2019', to: '2019' }, place: 'Oslo',
  });
  for (const claim of [
    'First of all, in the last 20 years violent crime in Oslo fell.',
    'First, in the last 25 years violent crime in Oslo fell.',
    'The most important thing is that in the past 20 years violent crime in Oslo went down.',
  ]) assert.equal(verdictOf(claim, [crime]).verdict, 'unverified', claim);
});

test('records of two named measures that differ are not compared, rather than called misleading', () => {
  const surplus = fact('surplus', {
    statement: 'In 2019 Oslo had its largest budget surplus in 20 years.', subject: 'years since Oslo had a larger budget surplus',
    value: 20, unit: 'year', time: { from: '2019', to: '2019' }, place: 'Oslo',
  });
  assert.equal(verdictOf('In 2019 Oslo had its largest jobless rate in 20 years.', [surplus]).verdict, 'unverified');
});
