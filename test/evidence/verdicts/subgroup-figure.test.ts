import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesSubgroup } from '../../../src/evidence/verdicts/subgroup-figure.ts';
import { fact, verdictOf } from './judge-one.ts';

const RATE = fact('rate', { statement: 'The unemployment rate in Freedonia was 5 percent in 2015.', subject: 'unemployment rate', value: 5, unit: 'percent', place: 'Freedonia', time: { from: '2015', to: '2015' } });

test('a figure about a group of people is not contradicted by the whole population\'s figure', () => {
  for (const claim of [
    'Unemployment among women in Freedonia was 12 percent in 2015.',
    'The unemployment rate for young Freedonians was 12 percent in 2015.',
    'Unemployment among veterans in Freedonia was 12 percent in 2015.',
  ]) assert.equal(verdictOf(claim, [RATE]).verdict, 'unverified', claim);
});

test('the whole population\'s figure still contradicts or supports a claim about the whole', () => {
  assert.equal(verdictOf('The unemployment rate in Freedonia was 12 percent in 2015.', [RATE]).verdict, 'contradicted');
  assert.equal(verdictOf('The unemployment rate in Freedonia was 5 percent in 2015.', [RATE]).verdict, 'supported');
  // A fact about the same group decides as before.
  const women = fact('women', { statement: 'The unemployment rate among women in Freedonia was 5 percent in 2015.', subject: 'unemployment rate among women', value: 5, unit: 'percent', place: 'Freedonia', time: { from: '2015', to: '2015' } });
  assert.equal(verdictOf('Unemployment among women in Freedonia was 12 percent in 2015.', [women]).verdict, 'contradicted');
});

test('group words are read only where the fact lacks them', () => {
  assert.equal(namesSubgroup(new Set(['unemployment', 'women']), new Set(['unemployment'])), true);
  assert.equal(namesSubgroup(new Set(['unemployment', 'women']), new Set(['unemployment', 'women'])), false);
  assert.equal(namesSubgroup(new Set(['imbalance', 'china']), new Set(['trade', 'deficit'])), false);
});

test('people with disabilities or without a diploma are groups too', () => {
  assert.equal(verdictOf('Unemployment among people with disabilities in Freedonia was 12 percent in 2015.', [RATE]).verdict, 'unverified');
  assert.equal(verdictOf('Unemployment among workers without a high school diploma in Freedonia was 12 percent in 2015.', [RATE]).verdict, 'unverified');
});
