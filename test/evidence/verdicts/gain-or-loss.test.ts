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

const HIRED = fact('hired', {
  statement: 'Norsk Ferry hired 5,000 workers in Norway in 2019.', subject: 'workers hired by Norsk Ferry', value: 5000, unit: 'workers',
  time: { from: '2019', to: '2019' }, place: 'Norway',
});
/** 500,000 US manufacturing jobs of 2009, gained or lost as `subject` says. */
const factory = (id: string, subject: string) => fact(id, {
  statement: `In 2009 the United States counted 500,000 ${subject}.`, subject, value: 500000, unit: 'jobs', time: { from: '2009', to: '2009' }, place: 'United States',
});

test('lay-offs, firings, jobs shipped overseas or gone are losses; jobs brought back or new are gains', () => {
  // Before, each was compared with the opposite flow: supported, or misleading.
  assert.equal(verdictOf('Norsk Ferry laid off 5,000 workers in Norway in 2019.', [HIRED]).verdict, 'unverified');
  assert.equal(verdictOf('Norsk Ferry fired 5,000 workers in Norway in 2019.', [HIRED]).verdict, 'unverified');
  const created = factory('created', 'manufacturing jobs created');
  assert.equal(verdictOf('500,000 manufacturing jobs were shipped overseas from the United States in 2009.', [created]).verdict, 'unverified');
  assert.equal(verdictOf('500,000 manufacturing jobs disappeared in the United States in 2009.', [created]).verdict, 'unverified');
  const lost = factory('lost', 'manufacturing jobs lost');
  assert.equal(verdictOf('We brought back 500,000 manufacturing jobs in the United States in 2009.', [lost]).verdict, 'unverified');
  assert.equal(verdictOf('There were 500,000 new manufacturing jobs in the United States in 2009.', [lost]).verdict, 'unverified');
  const flow = (text: string) => flowOfWords(tokenize(text).tokens);
  assert.equal(flow('The storm wiped out 500,000 jobs.'), 'loss');
  assert.equal(flow('We rehired 500 workers.'), 'gain');
  // "New" is no gain beside a word of loss, nor in a name; "fire" is no loss as a noun.
  assert.equal(flow('The new law destroyed 500 jobs.'), 'loss');
  assert.equal(flow('There are 5,000 jobs in New York.'), null);
  assert.equal(flow('The fire at the plant killed 5 workers.'), null);
});

test('"cut" and "cost" name a loss only as verbs, not "the tax cut" or "at a cost of"', () => {
  // Before, the noun cancelled the gain, so the created jobs were compared with lost ones.
  const lost = factory('lost', 'manufacturing jobs lost');
  assert.equal(verdictOf('After the tax cut we created 500,000 manufacturing jobs in the United States in 2009.', [lost]).verdict, 'unverified');
  assert.equal(verdictOf('At a cost of $5 billion, we created 500,000 manufacturing jobs in the United States in 2009.', [lost]).verdict, 'unverified');
  assert.equal(verdictOf('We lost 500,000 jobs in the United States in 2009.', [factory('by-cut', 'jobs created by the tax cut')]).verdict, 'unverified');
  const flow = (text: string) => flowOfWords(tokenize(text).tokens);
  assert.equal(flow('NAFTA cost us 800,000 jobs.'), 'loss');
  assert.equal(flow('The tax cuts cost 500,000 jobs.'), 'loss');
  assert.equal(flow('The company cut 500 jobs.'), 'loss');
});
