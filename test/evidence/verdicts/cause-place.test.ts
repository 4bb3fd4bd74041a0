import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

const SAVINGS = fact('savings', {
  statement: 'The median savings of farm households in Ohio fell 53 percent from 2005 to 2009.', subject: 'decrease in median savings (wealth) of farm households in Ohio',
  value: 53, unit: 'percent', time: { from: '2005', to: '2009' }, place: 'Ohio',
});

test('a place that names a cause is not where the figure was measured', () => {
  // "Wall Street" is what caused the loss, not where it was counted: before, the figure was
  // placed on Wall Street and called borrowed from Ohio's (misleading).
  const v = verdictOf('Farm households lost half of their wealth as a result of the Wall Street collapse.', [SAVINGS]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['savings']);
  // A place the figure is measured in still counts: Texas is not Ohio.
  assert.notEqual(verdictOf('Farm households in Texas lost half of their wealth between 2005 and 2009.', [SAVINGS]).verdict, 'supported');
});

test('a place after a cause that a comma closes is where the figure was counted', () => {
  const michigan = fact('michigan', {
    statement: 'Michigan lost 50,000 manufacturing jobs in 2019.', subject: 'manufacturing jobs lost in Michigan', value: 50000, unit: 'jobs',
    time: { from: '2019', to: '2019' }, place: 'Michigan',
  });
  // Before, "Ohio" was taken for part of the cause, dropped, and Michigan's figure supported Ohio's.
  for (const claim of ['Due to trade, Ohio lost 50,000 manufacturing jobs in 2019.', 'Thanks to our policies, Ohio lost 50,000 manufacturing jobs in 2019.']) {
    assert.notEqual(verdictOf(claim, [michigan]).verdict, 'supported', claim);
  }
});
