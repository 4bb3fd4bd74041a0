import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOrderOfMagnitude } from '../../../src/evidence/verdicts/order-of-magnitude.ts';
import { fact, verdictOf } from './judge-one.ts';

const ARRIVALS = fact('arrivals', {
  statement: 'About 50,000 refugees arrived in Chad in 2004.', subject: 'refugee arrivals in Chad', value: 50000, unit: 'people',
  time: { from: '2004', to: '2004' }, place: 'Chad',
});

test('an order of magnitude is a wide span with no single value; a reading of a number is not', () => {
  assert.equal(isOrderOfMagnitude({ value: null, min: 10_000, max: 99_999 }), true);
  assert.equal(isOrderOfMagnitude({ value: null, min: 100, max: 999 }), true);
  assert.equal(isOrderOfMagnitude({ value: null, min: 1_400_000, max: 1_800_000 }), false);
  assert.equal(isOrderOfMagnitude({ value: 200, min: 200, max: null }), false);
  assert.equal(isOrderOfMagnitude({ value: null, min: 0, max: 10 }), false);
});

test('"tens of thousands killed" is not called borrowed from a fact of another measure its span happens to hold', () => {
  const got = verdictOf('The militia killed tens of thousands of refugees in Chad and attacked the army.', [ARRIVALS]);
  assert.equal(got.verdict, 'unverified', got.explanation);
});

test('a precise figure matching a fact of another measure is still misleading, and a span of the same measure still supported', () => {
  assert.equal(verdictOf('The militia killed 50,000 refugees in Chad.', [ARRIVALS]).verdict, 'misleading');
  assert.equal(verdictOf('In 2004 tens of thousands of refugees arrived in Chad.', [ARRIVALS]).verdict, 'supported');
});
