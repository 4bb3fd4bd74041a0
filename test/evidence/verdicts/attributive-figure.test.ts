import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

const STATUE = fact('statue', {
  statement: 'The city council spent $45,000 on a bronze statue of its mayor.', subject: 'amount the city council spent on a bronze statue of its mayor',
  value: 45000, unit: 'USD', time: { from: '2018-05', to: '2018-05' },
});

test('a figure between an article and its noun is one thing\'s price, not a running total', () => {
  // An undated figure of spending reads as "so far", which a dated fact only covers part of;
  // "a $45,000 statue" is the price of one statue, which the fact states.
  const v = verdictOf('The council bought a $45,000 bronze statue of the mayor.', [STATUE]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['statue']);
});

test('the same figure as a total spent stays a running total the dated fact only covers part of', () => {
  assert.equal(verdictOf('The council has spent $45,000 on statues of the mayor.', [STATUE]).verdict, 'unverified');
});
