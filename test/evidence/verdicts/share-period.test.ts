/** Shares of events keep their period (share-period.ts); a share of a stock or of money does not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

test('a share of money over a fiscal year is not held to the calendar year', () => {
  const spending = fact('spending', {
    statement: 'In fiscal 2015 Lyon spent 3 percent of its output on transport.', subject: 'transport spending as a share of output in Lyon',
    value: 3, unit: 'percent', time: { from: '2014-10', to: '2015-09' }, place: 'Lyon',
  });
  // Shares of GDP or of a budget are given by fiscal year and said of "2015" alike.
  assert.equal(verdictOf('In 2015 Lyon spent 3 percent of its output on transport.', [spending]).verdict, 'supported');
});

test('a share of jobs held is no share of events, and a fiscal year is the year it ends in', () => {
  const held = fact('held', {
    statement: 'In June 2015, women held 47 percent of the jobs in Lyon.', subject: 'women\'s share of jobs in Lyon', value: 47, unit: 'percent',
    time: { from: '2015-06', to: '2015-06' }, place: 'Lyon',
  });
  // Before: misleading, "about 2015-06, not 2015", as if the jobs were jobs lost over the year.
  assert.equal(verdictOf('In 2015, women held 47 percent of the jobs in Lyon.', [held]).verdict, 'supported');
  const fiscal = fact('fiscal', {
    statement: 'In fiscal 2015, 40 percent of refugee arrivals in Lyon were children.', subject: 'share of children among refugee arrivals in Lyon',
    value: 40, unit: 'percent', time: { from: '2014-10', to: '2015-09' }, place: 'Lyon',
  });
  // Before: misleading, "about 2014-10–2015-09, not 2015".
  assert.equal(verdictOf('In 2015, 40 percent of the refugee arrivals in Lyon were children.', [fiscal]).verdict, 'supported');
  // Another year's share is still another time.
  assert.equal(verdictOf('In 2016, 40 percent of the refugee arrivals in Lyon were children.', [fiscal]).verdict, 'misleading');
});
