import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPercentGroup } from '../../../src/evidence/verdicts/percent-group.ts';
import { fact, verdictOf } from './judge-one.ts';

const at = (text: string, figure: string): boolean => isPercentGroup(text, text.indexOf(figure), 'percent');

test('"the top 1 percent" and its kin name a group, not a figure', () => {
  assert.equal(at('The top 1 percent own 40 percent of the wealth.', '1 percent'), true);
  assert.equal(at('The richest 10% of Lyon households earn half the income.', '10%'), true);
  assert.equal(at('Taxes on the bottom 90 percent rose.', '90 percent'), true);
  assert.equal(at('The highest-paid 5 percent of workers got raises.', '5 percent'), true);
  // The share itself, a rate and a rise are figures.
  assert.equal(at('The top 1 percent own 40 percent of the wealth.', '40 percent'), false);
  assert.equal(at('The top tax rate of 39.6 percent applies above $400,000.', '39.6 percent'), false);
  assert.equal(at('Rents rose 10 percent at the top of the market.', '10 percent'), false);
  // Only percents: "the top 10 cities" is a count the comparisons may still read.
  assert.equal(isPercentGroup('The top 10 cities grew.', 'The top '.length, null), false);
});

const WEALTH = fact('wealth', {
  statement: 'In 2016 the top 1 percent of Lyon households held 40 percent of the wealth.', subject: 'share of wealth held by the top 1 percent of households in Lyon',
  value: 40, unit: 'percent', time: { from: '2016', to: '2016' }, place: 'Lyon',
});

test('the group\'s percent is not compared with the share the fact gives', () => {
  // Before, "1 percent" was read as the claimed share and the fact's 40 percent contradicted it.
  const v = verdictOf('In 2016 the top 1 percent of Lyon households held 40 percent of the wealth.', [WEALTH]);
  assert.equal(v.verdict, 'supported');
  assert.match(v.explanation, /"40 percent/);
  // A wrong share is still contradicted, by the share.
  assert.match(verdictOf('In 2016 the top 1 percent of Lyon households held 25 percent of the wealth.', [WEALTH]).explanation, /"25 percent/);
  // With no share claimed there is no figure to judge (before, the 1 percent was contradicted).
  assert.equal(verdictOf('In 2016 the richest 1 percent of Lyon households held most of the wealth.', [WEALTH]).verdict, 'unverified');
});

test('a fraction beside a group\'s percent is still the claim\'s figure', () => {
  // "Half" used to be dropped as the group of a percent beside it; the percent is itself the group.
  assert.equal(verdictOf('In 2016 the top 1 percent of Lyon households held about two-fifths of the wealth.', [WEALTH]).verdict, 'supported');
});
