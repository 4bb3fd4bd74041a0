import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureAround, measureOfPhrase } from '../../../src/evidence/verdicts/compare-measure.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

const categoryOf = (phrase: string): string | null => measureOfPhrase(tokenize(phrase).tokens).category;

test('the head of a compound names the measure, not a measure word modifying it', () => {
  assert.equal(categoryOf('top corporate income tax rate in Norway'), 'tax');
  assert.equal(categoryOf('payroll tax revenue'), 'tax');
  // A measure word that only says which things are counted names no measure.
  assert.equal(categoryOf('low-income pensioners in Ohio'), null);
  assert.equal(categoryOf('wage earners in Ohio'), null);
});

test('a measure word keeps its measure before a head that is a figure of it', () => {
  assert.equal(categoryOf('unemployment rate of older workers'), 'unemployment');
  assert.equal(categoryOf('flood death toll'), 'deaths');
  assert.equal(categoryOf('factory job losses'), 'jobs');
  assert.equal(categoryOf('income of pensioners'), 'income');
});

test('around a figure, the compound\'s head wins over a nearer modifier', () => {
  const { tokens } = tokenize('Norway charges 22 percent corporate income tax.');
  const first = tokens.findIndex((t) => t.value === '22');
  assert.equal(measureAround(tokens, first, first + 2).category, 'tax');
});

test('a tax rate is supported by a fact on the corporate income tax rate, not called borrowed from income', () => {
  const taxRate = fact('tax-rate', {
    statement: 'Norway\'s corporate income tax rate was 22 percent in 2021.', subject: 'corporate income tax rate in Norway', value: 22, unit: 'percent',
    time: { from: '2021', to: '2021' }, place: 'Norway',
  });
  // Before, "income" in the fact's subject made it a fact about income, so a claim about the tax
  // read as borrowing a figure from another measure.
  const v = verdictOf('Norway taxed company profits at a 22 percent corporate tax rate in 2021.', [taxRate]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['tax-rate']);
});
