import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueForFigure } from '../../../src/evidence/verdicts/years-since.ts';
import { fact, verdictOf } from './judge-one.ts';

const LOWEST = fact('lowest', {
  statement: 'At 3.6 percent in 2019, Estonia\'s jobless rate was the lowest since 1990.', subject: 'year since which the jobless rate in Estonia was not as low',
  value: 1990, unit: 'year', time: { from: '2019', to: '2019' }, place: 'Estonia',
});
const FOUNDED = fact('founded', {
  statement: 'The Tallinn Port Workers Union was founded in 1995.', subject: 'founding of the Tallinn Port Workers Union', value: 1995, unit: 'year',
  time: { from: '1995', to: '1995' }, place: 'Estonia',
});
const span = (n: number) => ({ min: n, max: n });

test('a span of years meets a "since" year as the years from it to the fact\'s time, and no other calendar year', () => {
  assert.equal(valueForFigure(span(29), LOWEST, 'year'), 29);
  assert.equal(valueForFigure(span(12), FOUNDED, 'year'), null);
  // "since" must name the fact's year: a union founded in 1995 that grew "since its first strike"
  // says nothing of a span from 1995.
  assert.equal(valueForFigure(span(12), { ...FOUNDED, statement: 'The union, founded in 1995, has grown since its first strike.' }, 'year'), null);
  // A calendar year against a calendar year, or a span against a span, stays as it is.
  assert.equal(valueForFigure(span(1995), FOUNDED, 'year'), 1995);
  assert.equal(valueForFigure(span(8), fact('x', { statement: 'The largest raise in 8 years.', value: 8, unit: 'years' }), 'year'), 8);
});

test('"the lowest in 29 years" is supported by "the lowest since 1990" stated for 2019', () => {
  // Before, 29 was compared with 1990 itself and contradicted.
  const v = verdictOf('In 2019 the jobless rate in Estonia was the lowest in 29 years.', [LOWEST]);
  assert.equal(v.verdict, 'supported');
  assert.match(v.explanation, /the year 1990/);
  // The span compared is spelt out, so the reader need not work it out from the calendar year.
  assert.match(v.explanation, /the figure fits \(1990 to 2019 is 29 years\)/);
  assert.match(verdictOf('In 2019 the jobless rate in Estonia was the lowest in 40 years.', [LOWEST]).explanation, /is below the claimed figure \(1990 to 2019 is 29 years\)\./);
  assert.equal(verdictOf('In 2019 the jobless rate in Estonia was the lowest in 40 years.', [LOWEST]).verdict, 'contradicted');
});

test('a span of years is not contradicted by the date of an event', () => {
  assert.equal(verdictOf('The Tallinn Port Workers Union was founded 12 years after the port opened.', [FOUNDED]).verdict, 'unverified');
});
