import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedPeriods } from '../../../src/evidence/verdicts/named-periods.ts';
import { fact, verdictOf } from './judge-one.ts';

const read = (text: string) => namedPeriods(text, 0).map((p) => [p.text, p.from, p.to]);

test('a presidency or one of its terms names a period', () => {
  assert.deepEqual(read('During Barack Obama\'s first term, exports fell.'), [['Barack Obama\'s first term', '2009-01-20', '2013-01-20']]);
  assert.deepEqual(read('Under President George W. Bush the deficit grew.'), [['Under President George W. Bush', '2001-01-20', '2009-01-20']]);
  assert.deepEqual(read('The Obama administration deported 2.5 million people.'), [['The Obama administration', '2009-01-20', '2017-01-20']]);
  assert.deepEqual(read('In Trump\'s first term, the debt rose.'), [['Trump\'s first term', '2017-01-20', '2021-01-20']]);
});

test('names that could mean several people, terms of another office, and presidencies still running are not read', () => {
  assert.deepEqual(read('Under Clinton, the State Department lost track of contracts.'), []);
  assert.deepEqual(read('Under Bush, taxes were cut.'), []);
  assert.deepEqual(read('Obama\'s first term as senator was short.'), []);
  assert.deepEqual(read('The Trump administration cut taxes.'), []);
});

const SHARE = fact('share', {
  statement: 'Women accounted for 92 percent of the net jobs lost in Lyon from January 2009 to March 2012.', subject: 'women\'s share of net job losses in Lyon',
  value: 92, unit: 'percent', time: { from: '2009-01', to: '2012-03' }, place: 'Lyon',
});

test('a share of what was lost over a named period is not the share over part of it', () => {
  // Before, the claim had no time and the January 2009 to March 2012 share supported it.
  const v = verdictOf('92 percent of the jobs lost in Lyon during Barack Obama\'s first term belonged to women.', [SHARE]);
  assert.equal(v.verdict, 'misleading');
  assert.match(v.explanation, /2009-01–2012-03, not 2009-01-20–2013-01-20/);
  // The same period written in dates is the same share.
  assert.equal(verdictOf('From January 2009 to March 2012, 92 percent of the jobs lost in Lyon belonged to women.', [SHARE]).verdict, 'supported');
});

test('a rate at a moment still meets any overlapping fact', () => {
  const rate = fact('rate', {
    statement: 'The unemployment rate in Lyon was 9 percent in 2011.', subject: 'unemployment rate in Lyon', value: 9, unit: 'percent',
    time: { from: '2011', to: '2011' }, place: 'Lyon',
  });
  assert.equal(verdictOf('During Barack Obama\'s first term the unemployment rate in Lyon reached 9 percent.', [rate]).verdict, 'supported');
});

test('a share of money over a fiscal year is not held to the calendar year', () => {
  const spending = fact('spending', {
    statement: 'In fiscal 2015 Lyon spent 3 percent of its output on transport.', subject: 'transport spending as a share of output in Lyon',
    value: 3, unit: 'percent', time: { from: '2014-10', to: '2015-09' }, place: 'Lyon',
  });
  // Shares of GDP or of a budget are given by fiscal year and said of "2015" alike.
  assert.equal(verdictOf('In 2015 Lyon spent 3 percent of its output on transport.', [spending]).verdict, 'supported');
});
