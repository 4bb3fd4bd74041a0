import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readUnchangedSpan } from '../../../src/evidence/verdicts/unchanged-span.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

/** The negated change the span `figure` of `text` belongs to, if any. */
function read(text: string, figure: string, years: number) {
  const { tokens } = tokenize(text);
  const at = text.indexOf(figure);
  const first = tokens.findIndex((t) => t.start >= at);
  const end = tokens.findIndex((t) => t.start >= at + figure.length);
  return readUnchangedSpan(tokens, first, end < 0 ? tokens.length : end, years);
}

test('a span of years after a negated change is read as the change denied', () => {
  assert.deepEqual(read('Real wages have not been raised for 18 years.', '18 years', 18)?.denied, 'up');
  assert.deepEqual(read('Americans haven\'t had a raise in 15 years.', '15 years', 15)?.denied, 'up');
  assert.deepEqual(read('Ferry fares have not fallen in ten years.', 'ten years', 10)?.denied, 'down');
  // No negation, or a span that counts time, is no denied change.
  assert.equal(read('Ferry fares have risen for 10 years.', '10 years', 10), null);
  assert.equal(read('He has not been to Oslo for 10 years.', '10 years', 10), null);
});

const fares = (id: string, value: number, from: string, subject = 'change in ferry fares in Norway') => fact(id, {
  statement: `Ferry fares in Norway ${value < 0 ? 'fell' : 'rose'} ${Math.abs(value)} percent from ${from} to 2020.`, subject, value, unit: 'percent',
  time: { from, to: '2020' }, place: 'Norway',
});

test('"not risen for N years" is contradicted by a rise over about N years, supported by a fall', () => {
  // Before, the span was a count of years, which no fact in percent could meet: unverified.
  const risen = verdictOf('Ferry fares in Norway have not risen for 10 years.', [fares('rise', 12, '2010')]);
  assert.equal(risen.verdict, 'contradicted');
  assert.match(risen.explanation, /"have not risen for 10 years"/);
  assert.equal(verdictOf('Ferry fares in Norway have not risen for 10 years.', [fares('fall', -3, '2010')]).verdict, 'supported');
});

test('a change over another span, or of another measure, decides nothing about a denied change', () => {
  // A rise over five years says nothing against ten years without one.
  assert.equal(verdictOf('Ferry fares in Norway have not risen for 10 years.', [fares('rise5', 12, '2015')]).verdict, 'unverified');
  // A rise in ferry crews' pay over the same years is another measure.
  const pay = fares('pay', 12, '2010', 'change in wages of ferry crews in Norway');
  assert.equal(verdictOf('Ferry fares in Norway have not risen for 10 years.', [pay]).verdict, 'unverified');
});

/** A change in Ohio's `subject` over `from`–`to`. */
const ohio = (id: string, subject: string, value: number, from: string, to: string) => fact(id, {
  statement: `Ohio's ${subject} was ${value} percent from ${from} to ${to}.`, subject, value, unit: 'percent', time: { from, to }, place: 'Ohio',
});

test('a denied change meets only a change of the claim\'s time; a forecast or an untimed past span meets none', () => {
  // Before, each was contradicted: a period of the right length was taken as the span, whenever it was.
  assert.equal(verdictOf('In the 1990s, wages in Ohio did not rise for 10 years.', [ohio('rise', 'change in wages', 20, '2010', '2020')]).verdict, 'unverified');
  assert.equal(verdictOf('Wages in Ohio did not rise for 10 years after 1945.', [ohio('rise', 'change in wages', 20, '2010', '2020')]).verdict, 'unverified');
  assert.equal(verdictOf('Wages in Ohio did not rise for 10 years after the war.', [ohio('rise', 'change in wages', 20, '2010', '2020')]).verdict, 'unverified');
  assert.equal(verdictOf('Under this plan, wages in Ohio will not fall for 10 years.', [ohio('fall', 'change in wages', -5, '2010', '2020')]).verdict, 'unverified');
  // A past span the claim dates still meets a change of its time.
  assert.equal(verdictOf('In the 2010s, wages in Ohio did not rise for 10 years.', [ohio('rise', 'change in wages', 20, '2010', '2019')]).verdict, 'contradicted');
});

test('a level over the span, or a one-year figure, is no change over it', () => {
  // Before, each was contradicted (or supported): the level's period was taken for a change.
  assert.equal(verdictOf('Unemployment in Ohio has not risen in 10 years.', [ohio('level', 'unemployment rate (average)', 5, '2010', '2020')]).verdict, 'unverified');
  assert.equal(verdictOf('Taxes in Ohio have not been raised in 10 years.', [ohio('tax', 'top income tax rate', 5, '2010', '2020')]).verdict, 'unverified');
  assert.equal(verdictOf('Unemployment in Ohio has not risen in two years.', [ohio('rate', 'unemployment rate', 4, '2019', '2019')]).verdict, 'unverified');
  assert.equal(verdictOf('Unemployment in Ohio has not fallen in two years.', [ohio('rate', 'unemployment rate', 4, '2019', '2019')]).verdict, 'unverified');
  assert.equal(verdictOf('Unemployment in Ohio has not risen in two years.', [ohio('change1', 'change in the unemployment rate', 4, '2019', '2019')]).verdict, 'unverified');
});

test('a negation outside the change\'s own auxiliaries, or a bound before the span, is no denied change', () => {
  // Before: contradicted, the "no one denies" read as denying the rise.
  assert.equal(verdictOf('No one denies that wages in Ohio have risen in 10 years.', [ohio('rise', 'change in wages', 60, '2010', '2020')]).verdict, 'unverified');
  assert.equal(read('No one denies that wages in Ohio have risen in 10 years.', '10 years', 10), null);
  // Before: read as a change of at most (at least) zero, which the claims do not say.
  assert.equal(read('Ferry fares in Norway have not risen more than 2 percent in 10 years.', '10 years', 10), null);
  assert.equal(read('Unemployment in Ohio has not fallen below 5 percent in 10 years.', '10 years', 10), null);
  assert.equal(read('Wages in Ohio won\'t fall for 10 years.', '10 years', 10), null);
});
