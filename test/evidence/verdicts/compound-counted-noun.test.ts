import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compoundCountedNoun } from '../../../src/evidence/verdicts/compound-counted-noun.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

const after = (text: string, figure: string): string | null => {
  const end = text.indexOf(figure) + figure.length;
  return compoundCountedNoun(text, tokenize(text).tokens, end);
};

test('a figure counts the noun after a hyphenated modifier', () => {
  assert.equal(after('The plan covers 2 million low-income pensioners in Ohio.', '2 million'), 'low-income pensioners');
  assert.equal(after('They added 300 full-time jobs.', '300'), 'full-time jobs');
  assert.equal(after('They added 300 jobs.', '300'), null);
  assert.equal(after('It rose 300 year-on-year.', '300'), null);
});

const PENSIONERS = fact('pensioners', {
  statement: 'About 2 million low-income pensioners in the United States get the heating subsidy.', subject: 'low-income pensioners getting the heating subsidy',
  value: 2e6, unit: 'people', place: 'United States',
});

test('a national figure is supported although a state is named beside another, bare figure', () => {
  // Before, the bare "2 million" had no noun and was dropped, and Ohio, nearer to the dropped
  // 40,000 than to anything else, was read as the place of the 2 million.
  const v = verdictOf('The heating subsidy reaches 2 million low-income pensioners in this country, including 40,000 in Ohio.', [PENSIONERS]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['pensioners']);
});

test('a count of people the fact\'s subject is about, but not of a noun elsewhere in it', () => {
  const jobSeekers = fact('seekers', {
    statement: 'About 5 million people outside the labour force in Spain want a job.', subject: 'people outside the labour force in Spain who want a job',
    value: 5e6, unit: 'people', time: { from: '2020', to: '2020' }, place: 'Spain',
  });
  // "jobs" appears in the subject, but the subject counts people: 1,000 jobs are not bounded by it.
  assert.equal(verdictOf('In Spain the firm saved close to a thousand jobs.', [jobSeekers]).verdict, 'unverified');
});
