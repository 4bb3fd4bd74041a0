import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

const NATIONAL = fact('national', {
  statement: 'Ohio lost 90,000 factory jobs from 2010 to 2015.', subject: 'factory jobs lost in Ohio', value: 90000, unit: 'jobs',
  time: { from: '2010', to: '2015' }, place: 'Ohio',
});

test('a figure placed in a region the gazetteer does not know is not bounded or matched by the country\'s figure', () => {
  assert.equal(verdictOf('From 2010 to 2015 Ohio lost 9,000 factory jobs in the Rustlands.', [NATIONAL]).verdict, 'unverified');
  assert.equal(verdictOf('From 2010 to 2015 Ohio lost 90,000 factory jobs across the Rustlands.', [NATIONAL]).verdict, 'unverified');
});

test('without such a place, or when the fact names it, the figure is compared as before', () => {
  assert.equal(verdictOf('From 2010 to 2015 Ohio lost 90,000 factory jobs.', [NATIONAL]).verdict, 'supported');
  const valley = fact('valley', { ...NATIONAL, statement: 'The Rustlands lost 90,000 factory jobs from 2010 to 2015.', subject: 'factory jobs lost in the Rustlands' });
  assert.equal(verdictOf('From 2010 to 2015 Ohio lost 90,000 factory jobs in the Rustlands.', [valley]).verdict, 'supported');
});

test('a region of a known place, or a second place the fact does not name, is not the fact\'s place', () => {
  for (const claim of [
    'From 2010 to 2015 Ohio lost 40,000 factory jobs in northern Ohio.',
    'From 2010 to 2015 Ohio lost 40,000 factory jobs in northeast Ohio.',
    'From 2010 to 2015 Ohio lost 40,000 factory jobs in Lucas County.',
    'From 2010 to 2015 Ohio lost 40,000 factory jobs in the Mahoning Valley.',
  ]) assert.equal(verdictOf(claim, [NATIONAL]).verdict, 'unverified', claim);
  // A plain differing figure about the fact's own place is still contradicted.
  assert.equal(verdictOf('From 2010 to 2015 Ohio lost 40,000 factory jobs.', [NATIONAL]).verdict, 'contradicted');
  const northern = fact('northern', { ...NATIONAL, statement: 'Northern Ohio lost 90,000 factory jobs from 2010 to 2015.', subject: 'factory jobs lost in northern Ohio' });
  assert.equal(verdictOf('From 2010 to 2015 Ohio lost 90,000 factory jobs in northern Ohio.', [northern]).verdict, 'supported');
});
