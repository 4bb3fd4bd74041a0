import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flowOfWords } from '../../../src/evidence/verdicts/gain-or-loss.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

const CUT = fact('cut', {
  statement: 'Norsk Ferry cut 5,000 jobs in Norway in 2019.', subject: 'jobs cut by Norsk Ferry', value: 5000, unit: 'jobs',
  time: { from: '2019', to: '2019' }, place: 'Norway',
});

test('words name the gain or the loss of a counted thing, or neither when they name both or none', () => {
  const flow = (text: string) => flowOfWords(tokenize(text).tokens);
  assert.equal(flow('We created 500,000 jobs.'), 'gain');
  assert.equal(flow('NAFTA cost us 800,000 jobs.'), 'loss');
  assert.equal(flow('jobs displaced by the trade deficit'), 'loss');
  assert.equal(flow('Some jobs were created and others lost.'), null);
  assert.equal(flow('There are 5,000 jobs at the port.'), null);
});

test('a count of jobs created is not compared with a count of jobs lost', () => {
  // Before, the created jobs were supported by the cut ones: the same number of jobs in Norway in 2019.
  assert.equal(verdictOf('Norsk Ferry created 5,000 jobs in Norway in 2019.', [CUT]).verdict, 'unverified');
  // Nor bounded by them: an undated claim was read as "so far", which the cut jobs already exceeded.
  assert.equal(verdictOf('Norsk Ferry has created 3,000 jobs in Norway.', [CUT]).verdict, 'unverified');
});

test('the same flow, or words that name none, are compared as before', () => {
  assert.equal(verdictOf('Norsk Ferry cut 5,000 jobs in Norway in 2019.', [CUT]).verdict, 'supported');
  assert.equal(verdictOf('Norsk Ferry cut 9,000 jobs in Norway in 2019.', [CUT]).verdict, 'contradicted');
  assert.equal(verdictOf('Norsk Ferry lost 5,000 jobs in Norway in 2019.', [CUT]).verdict, 'supported');
});
