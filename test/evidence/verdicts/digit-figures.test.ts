import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digitQuantities } from '../../../src/evidence/verdicts/digit-figures.ts';
import { fact, verdictOf } from './judge-one.ts';

const read = (text: string) => digitQuantities(text, 0).map((q) => [q.text, q.min, q.max, q.unit]);

test('"double digits" after a verb of change, or "double-digit" before a noun of change or rate, is a percent range', () => {
  assert.deepEqual(read('Rents in Lyon have increased by double digits.'), [['double digits', 10, 99.9, 'percent']]);
  assert.deepEqual(read('Rents went up double digits last year.'), [['double digits', 10, 99.9, 'percent']]);
  assert.deepEqual(read('Fares rose by double and triple digits.'), [['double digits', 10, 99.9, 'percent'], ['triple digits', 100, 999, 'percent']]);
  assert.deepEqual(read('We saw double-digit increases in rents.'), [['double digit', 10, 99.9, 'percent']]);
  assert.deepEqual(read('Lyon had double-digit unemployment in 2012.'), [['double digit', 10, 99.9, 'percent']]);
});

test('digits that count points, a lead or a number of things are not read', () => {
  assert.deepEqual(read('She won the primary by double digits.'), []);
  assert.deepEqual(read('He has a double-digit lead in the polls.'), []);
  assert.deepEqual(read('Police made a double-digit number of arrests.'), []);
  assert.deepEqual(read('The team scored in double digits.'), []);
});

const RENTS = fact('rents', {
  statement: 'Rents in Lyon rose 25 percent in 2019.', subject: 'increase in rents in Lyon', value: 25, unit: 'percent',
  time: { from: '2019', to: '2019' }, place: 'Lyon',
});

test('a range of digits is supported or contradicted by the percent a fact gives', () => {
  // Before, the claim had no figure and stayed unverified.
  assert.equal(verdictOf('In 2019 rents in Lyon increased by double digits.', [RENTS]).verdict, 'supported');
  assert.equal(verdictOf('In 2019 rents in Lyon increased by triple digits.', [RENTS]).verdict, 'contradicted');
  assert.equal(verdictOf('In 2019 rents in Lyon increased by single digits.', [RENTS]).verdict, 'contradicted');
});
