import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

// A group and a part of it, the part set apart by "looking for work".
const FACTS = [
  fact('not-working', {
    statement: 'About 4.2 million adults in Canada were not working in 2021.', subject: 'adults not working in Canada', value: 4.2e6, unit: 'people',
    time: { from: '2021', to: '2021' }, place: 'Canada',
  }),
  fact('looking', {
    statement: 'Of them, about 900,000 were looking for work.', subject: 'adults not working in Canada who are looking for work', value: 900000, unit: 'people',
    time: { from: '2021', to: '2021' }, place: 'Canada',
  }),
];

test('a figure of the wider group, claimed for the part the claim names, is borrowed: misleading', () => {
  const v = verdictOf('In 2021, 4.2 million adults in Canada were looking for work.', FACTS);
  assert.equal(v.verdict, 'misleading');
  assert.deepEqual(v.facts, ['not-working', 'looking']);
  assert.match(v.explanation, /it measures adults not working in Canada, not adults not working in Canada who are looking for work/);
});

test('the wider group\'s figure still supports a claim about the wider group, and the part\'s one about the part', () => {
  assert.equal(verdictOf('In 2021, 4.2 million adults in Canada were not working.', FACTS).verdict, 'supported');
  assert.equal(verdictOf('In 2021, 900,000 adults in Canada were looking for work.', FACTS).verdict, 'supported');
});

test('the words that set the part apart must stand in the figure\'s own clause', () => {
  // "looking for work" is said of the 900,000, not of the 4.2 million.
  const v = verdictOf('In 2021, 4.2 million adults in Canada were not working, and 900,000 were looking for work.', FACTS);
  assert.equal(v.verdict, 'supported');
});
