import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

test('"adding $20 billion to the debt" is a change, compared with a fact of the change', () => {
  const added = fact('added', {
    statement: 'The plan would raise Ohio\'s debt by $20.7 billion by 2036.', subject: 'increase in Ohio\'s debt from the plan',
    value: 20.7e9, unit: 'USD', time: { from: '2017', to: '2036' }, place: 'Ohio',
  });
  const level = fact('level', {
    statement: 'Ohio\'s debt was $20 billion in 2016.', subject: 'Ohio\'s debt', value: 20e9, unit: 'USD', time: { from: '2016', to: '2016' }, place: 'Ohio',
  });
  // Before, "adding" was no change word: the claim's $20 billion was a level, and the plan's change another measure.
  const v = verdictOf('The plan cuts taxes, adding $20 billion to Ohio\'s debt.', [added]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['added']);
  // The same number as a level of the debt is another measure: not support.
  assert.notEqual(verdictOf('The plan cuts taxes, adding $20 billion to Ohio\'s debt.', [level]).verdict, 'supported');
});

test('"added N jobs" stays as it was, so "created N jobs" and "N new jobs" still meet a fact of jobs added', () => {
  const added = fact('jobsadded', {
    statement: 'Ohio added 107,000 jobs in 2017.', subject: 'jobs added in Ohio', value: 107000, unit: 'jobs', time: { from: '2017', to: '2017' }, place: 'Ohio',
  });
  // Were "added" a change word on its own, the fact would be a change and these claims (no change
  // word of their own) would be called borrowed from it.
  for (const claim of ['Ohio created 107,000 jobs in 2017.', 'Ohio added 107,000 jobs in 2017.', 'In 2017 Ohio had 107,000 new jobs.']) {
    assert.equal(verdictOf(claim, [added]).verdict, 'supported', claim);
  }
});

test('jobs added "to the economy" are no change: only an amount added to a stock is', () => {
  const created = fact('created', {
    statement: 'Ohio created 200,000 nonfarm payroll jobs in May 2019.', subject: 'nonfarm payroll jobs created in Ohio', value: 200000, unit: 'jobs',
    time: { from: '2019-05', to: '2019-05' }, place: 'Ohio',
  });
  const addedTo = fact('addedto', {
    statement: 'In May 2019, 200,000 jobs were added to the economy of Ohio.', subject: 'jobs added to the economy of Ohio', value: 200000, unit: 'jobs',
    time: { from: '2019-05', to: '2019-05' }, place: 'Ohio',
  });
  // Before, "added … to the economy" made either side a change, and the other side's jobs "another measure" (misleading).
  assert.equal(verdictOf('In May 2019 Ohio added 200,000 jobs to the economy.', [created]).verdict, 'supported');
  assert.equal(verdictOf('In May 2019 Ohio created 200,000 new jobs.', [addedTo]).verdict, 'supported');
});
