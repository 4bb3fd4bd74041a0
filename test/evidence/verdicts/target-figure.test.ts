import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTargetFigure } from '../../../src/evidence/verdicts/target-figure.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

/** Whether the figure starting with `figure` in `text` is the target of a proposed change. */
function target(text: string, figure: string): boolean {
  const { tokens } = tokenize(text);
  return isTargetFigure(tokens, tokens.findIndex((t) => t.start === text.indexOf(figure)));
}

test('a figure after "to" of a change verb in its base form is a target; a change made is not', () => {
  assert.equal(target('We have to raise it to $15.', '$'), true);
  assert.equal(target('The plan would cut the fee to 40 euros.', '40'), true);
  assert.equal(target('The council raised the fee to 40 euros.', '40'), false);
  assert.equal(target('The fee rose to 40 euros.', '40'), false);
  assert.equal(target('We have to raise the fee, to 40 euros, now.', '40'), false);
});

const WAGE = fact('wage', {
  statement: 'The minimum wage in Ohio has been $8.15 an hour since 2019.', subject: 'minimum wage per hour in Ohio', value: 8.15, unit: 'USD',
  time: { from: '2019', to: '2021' }, place: 'Ohio',
});

test('the level a proposal would reach is not contradicted by what the level is', () => {
  // Before, the proposed $15 was compared with today's $8.15 and the claim called contradicted.
  const v = verdictOf('We must end the poverty minimum wage of $8.15 in Ohio, raise it to $15.', [WAGE]);
  assert.equal(v.verdict, 'supported');
  assert.match(v.explanation, /Compared "\$8\.15" .* with wage/);
  assert.equal(verdictOf('Ohio should raise the minimum wage to $15.', [WAGE]).verdict, 'unverified');
  // A level already reached is what is, and the fact speaks to it.
  assert.equal(verdictOf('In 2019 Ohio raised the minimum wage to $15.', [WAGE]).verdict, 'contradicted');
});

test('a fact about the proposal itself speaks to its target', () => {
  const bill = fact('bill', {
    statement: 'The Ohio bill would raise the minimum wage to $13 an hour by 2025.', subject: 'minimum wage per hour under the Ohio bill', value: 13, unit: 'USD',
    time: null, place: 'Ohio',
  });
  assert.equal(verdictOf('The Ohio bill would raise the minimum wage to $13.', [bill, WAGE]).verdict, 'supported');
  assert.equal(verdictOf('The Ohio bill would raise the minimum wage to $18.', [bill, WAGE]).verdict, 'contradicted');
});

test('a change verb whose past is its base form is a target only where a base form must stand', () => {
  assert.equal(target('In 2018 Congress cut the federal corporate tax rate to 15 percent.', '15'), false);
  assert.equal(target('Congress should cut the federal corporate tax rate to 15 percent.', '15'), true);
  assert.equal(target("Let's cut the federal corporate tax rate to 15 percent.", '15'), true);
  assert.equal(target('Cut the federal corporate tax rate to 15 percent.', '15'), true);
  const rate = fact('rate', {
    statement: 'In 2018 the federal corporate tax rate was 21 percent.', subject: 'federal corporate tax rate', value: 21, unit: 'percent',
    time: { from: '2018', to: '2018' }, place: 'United States',
  });
  // Before, the past-tense "cut" read as a proposal, and the contradiction was hidden.
  assert.equal(verdictOf('In 2018 Congress cut the federal corporate tax rate to 15 percent.', [rate]).verdict, 'contradicted');
});

test('a name, an enacted bill or "would not say" do not make a fact about a proposal', () => {
  const claim = 'In 1999 Democrats wanted to raise the top federal income tax rate to 50 percent.';
  const facts = [
    fact('clinton', { statement: 'Under Bill Clinton the top federal income tax rate was 39.6 percent in 1999.', subject: 'top federal income tax rate', value: 39.6, unit: 'percent', time: { from: '1999', to: '1999' }, place: 'United States' }),
    fact('enacted', { statement: 'The tax bill signed in 1999 set the top federal income tax rate at 39.6 percent.', subject: 'top federal income tax rate', value: 39.6, unit: 'percent', time: { from: '1999', to: '1999' }, place: 'United States' }),
    fact('silent', { statement: 'The governor would not say whether the top federal income tax rate of 39.6 percent in 1999 was too high.', subject: 'top federal income tax rate', value: 39.6, unit: 'percent', time: { from: '1999', to: '1999' }, place: 'United States' }),
  ];
  for (const f of facts) assert.equal(verdictOf(claim, [f]).verdict, 'unverified', f.id);
});
