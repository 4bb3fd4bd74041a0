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

test('a named period the claim counts from, up to, a part of, or compares with, does not date it', () => {
  // Before, each was read as the whole period: "since the first term" as the first term itself.
  assert.deepEqual(read('Since Barack Obama\'s first term, the economy added 10 million jobs.'), []);
  assert.deepEqual(read('Before the Obama administration, unemployment was 5 percent.'), []);
  assert.deepEqual(read('By the end of the Obama administration, 20 million had insurance.'), []);
  assert.deepEqual(read('In the first year of the Obama administration, 4 million jobs were lost.'), []);
  assert.deepEqual(read('Unlike the Reagan administration, we cut taxes.'), []);
  const rate = fact('rate-2008', {
    statement: 'The unemployment rate in Lyon was 5 percent in 2008.', subject: 'unemployment rate in Lyon', value: 5, unit: 'percent',
    time: { from: '2008', to: '2008' }, place: 'Lyon',
  });
  // Before: misleading, "about 2008, not 2009-01-20–2017-01-20".
  assert.equal(verdictOf('Before the Obama administration, the unemployment rate in Lyon was 5 percent.', [rate]).verdict, 'supported');
});

test('a thing of the president\'s, or a term of another office, is no presidency', () => {
  // Before, "under Obama" of "under Obama's health law" and "during Biden" of "during Biden's vice
  // presidency" were read as the presidencies, and a term "in the Illinois Senate" as the first.
  assert.deepEqual(read('Under Obama\'s health law, premiums rose 25 percent.'), []);
  assert.deepEqual(read('During Biden\'s vice presidency, the stimulus passed.'), []);
  assert.deepEqual(read('Obama\'s first term in the Illinois Senate was quiet.'), []);
  assert.deepEqual(read('Ronald Reagan\'s second term in Sacramento was calmer.'), []);
  assert.deepEqual(read('During Obama\'s second term in office, crime fell.'), [['Obama\'s second term', '2013-01-20', '2017-01-20']]);
  const stimulus = fact('stimulus', {
    statement: 'Lyon received $5 billion in stimulus funds in 2009 and 2010.', subject: 'stimulus funds received by Lyon', value: 5e9, unit: 'USD',
    time: { from: '2009', to: '2010' }, place: 'Lyon',
  });
  // Before: misleading, "about 2009–2010, not 2021-01-20–2025-01-20".
  assert.equal(verdictOf('During Biden\'s vice presidency, Lyon received $5 billion in stimulus funds.', [stimulus]).verdict, 'supported');
});
