import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.ts';
import { profileClaim } from '../../../src/evidence/verdicts/claim-profile.ts';
import { profileFact } from '../../../src/evidence/verdicts/fact-profile.ts';
import { retrieveCandidates } from '../../../src/evidence/verdicts/retrieve-candidates.ts';
import { distinctive, statesSameFigure } from '../../../src/evidence/verdicts/same-figure.ts';
import { fact, verdictOf } from './judge-one.ts';

const claimOf = (text: string) => {
  const unit = analyze(text).units[0];
  assert.ok(unit !== undefined);
  return profileClaim(unit);
};

const cash = fact('cash', {
  statement: 'In January 2016 Ruritania paid Borduria $400 million in cash, flown in on a cargo plane.',
  subject: 'cash payment by Ruritania to Borduria',
  value: 400_000_000,
  unit: 'USD',
  time: { from: '2016-01', to: '2016-01' },
});

test('a claim sharing one topic word and the exact figure retrieves the fact, which then decides it', () => {
  const text = 'One of the great giveaways of all time, including $400 million in cash.';
  const claim = claimOf(text);
  assert.ok(statesSameFigure(claim, profileFact(cash)));
  assert.deepEqual(retrieveCandidates(claim, [profileFact(cash)]).map((c) => c.profile.fact.id), ['cash']);
  const verdict = verdictOf(text, [cash]);
  assert.equal(verdict.verdict, 'supported');
  assert.deepEqual(verdict.facts, ['cash']);
});

test('the same word with another figure is still not enough to retrieve the fact', () => {
  const claim = claimOf('One of the great giveaways of all time, including $700 million in cash.');
  assert.ok(!statesSameFigure(claim, profileFact(cash)));
  assert.deepEqual(retrieveCandidates(claim, [profileFact(cash)]), []);
  assert.equal(verdictOf('One of the great giveaways of all time, including $700 million in cash.', [cash]).verdict, 'unverified');
});

test('the figure is never the topic on its own: a claim with no topic word retrieves nothing', () => {
  const six = fact('six', { statement: 'An audit found that files for contracts worth $6 billion could not be located.', value: 6_000_000_000, unit: 'USD' });
  const claim = claimOf("It's gone, $6 billion.");
  assert.ok(statesSameFigure(claim, profileFact(six)));
  assert.deepEqual(retrieveCandidates(claim, [profileFact(six)]), []);
  assert.equal(verdictOf("It's gone, $6 billion.", [six]).verdict, 'unverified');
});

test('a small whole number, another unit or another counted thing ties nothing', () => {
  assert.ok(!distinctive(6) && !distinctive(2) && distinctive(12) && distinctive(2.5));
  const payments = fact('payments', { statement: 'Ruritania made 6 payments to Borduria in cash.', value: 6, unit: 'payments' });
  assert.ok(!statesSameFigure(claimOf('They made 6 payments in cash.'), profileFact(payments)));
  const people = fact('people', { statement: 'About 400 million people live in Borduria.', value: 400_000_000, unit: 'people' });
  assert.ok(!statesSameFigure(claimOf('They got $400 million in cash.'), profileFact(people)));
  const tanks = fact('tanks', { statement: 'Ruritania sent 400 tanks to the border.', value: 400, unit: 'tanks' });
  assert.ok(!statesSameFigure(claimOf('Ruritania sent 400 troops to the border.'), profileFact(tanks)));
  assert.ok(statesSameFigure(claimOf('Ruritania sent 400 tanks to the border.'), profileFact(tanks)));
});

test('a coincidence does not confirm itself: the figure\'s own words must be in the fact, and whole percentages tie nothing', () => {
  assert.ok(!distinctive(50, 'percent') && !distinctive(100, 'percent') && distinctive(550, 'percent') && distinctive(4.9, 'percent'));
  const solar = fact('solar', { statement: 'Taxpayers lost $100 million on loans to a failed solar company.', subject: 'taxpayer losses on solar company loans', value: 100_000_000, unit: 'USD' });
  assert.ok(!statesSameFigure(claimOf('Taxpayers paid $100 million for the new stadium.'), profileFact(solar)));
  assert.equal(verdictOf('Taxpayers paid $100 million for the new stadium.', [solar]).verdict, 'unverified');
  const protest = fact('protest', { statement: 'About 1,000 people attended the first protest outside the courthouse.', subject: 'people attending the first protest', value: 1000, unit: 'people' });
  assert.equal(verdictOf('More than 1,000 people were arrested during the protests.', [protest]).verdict, 'unverified');
  const lunch = fact('lunch', { statement: '50 percent of students in the district qualify for free lunch.', subject: 'share of students qualifying for free lunch', value: 50, unit: 'percent' });
  assert.equal(verdictOf('Half of our students, 50 percent, never finish college.', [lunch]).verdict, 'unverified');
});
