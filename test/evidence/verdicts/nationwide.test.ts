import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNationwide } from '../../../src/evidence/verdicts/nationwide.ts';
import { fact, verdictOf } from './judge-one.ts';

test('"nationwide" and its kin must stand in the figure\'s own clause', () => {
  const text = 'Rents rose 5 percent in Lyon, and nationally 3 percent.';
  assert.equal(isNationwide(text, text.indexOf('3 percent'), text.indexOf('3 percent') + 9), true);
  assert.equal(isNationwide(text, text.indexOf('5 percent'), text.indexOf('5 percent') + 9), false);
  const across = 'Premiums across the country rose 25 percent.';
  assert.equal(isNationwide(across, across.indexOf('25'), across.indexOf('25') + 10), true);
  const televised = 'His nationally televised speech drew 30 million viewers.';
  assert.equal(isNationwide(televised, televised.indexOf('30'), televised.indexOf('30') + 10), false);
  const plain = 'Premiums rose 25 percent in the national capital.';
  assert.equal(isNationwide(plain, plain.indexOf('25'), plain.indexOf('25') + 10), false);
});

const OHIO = fact('ohio', {
  statement: 'Health insurance premiums in Ohio rose 116 percent in 2017.', subject: 'increase in health insurance premiums', value: 116, unit: 'percent',
  time: { from: '2017', to: '2017' }, place: 'Ohio',
});
const COUNTRY = fact('country', {
  statement: 'Health insurance premiums in the United States rose 25 percent on average in 2017.', subject: 'increase in health insurance premiums, national average',
  value: 25, unit: 'percent', time: { from: '2017', to: '2017' }, place: 'United States',
});

test('one state\'s rate is no support for a nationwide figure, but its source', () => {
  // Before, with no place named, Ohio's 116 percent supported the nationwide claim.
  const v = verdictOf('In 2017 health insurance premiums nationwide rose 116 percent.', [OHIO, COUNTRY]);
  assert.equal(v.verdict, 'misleading');
  assert.match(v.explanation, /about Ohio, not the whole country/);
  assert.equal(verdictOf('In 2017 health insurance premiums nationwide rose 25 percent.', [OHIO, COUNTRY]).verdict, 'supported');
  // Without "nationwide" the claim names no place, and Ohio's figure fits it as before.
  assert.equal(verdictOf('In 2017 health insurance premiums rose 116 percent.', [OHIO]).verdict, 'supported');
});

test('a nationwide count is bounded by a state\'s count, as a part', () => {
  const arrivals = fact('arrivals', {
    statement: 'About 25,000 refugees arrived in Ohio in 2019.', subject: 'refugee arrivals in Ohio', value: 25000, unit: 'people',
    time: { from: '2019', to: '2019' }, place: 'Ohio',
  });
  // Before, the claim named no place and Ohio's figure was "above" it as an equal: contradicted too,
  // but as if Ohio's were the country's; now as a part.
  const v = verdictOf('In 2019, 20,000 refugees arrived nationwide.', [arrivals]);
  assert.equal(v.verdict, 'contradicted');
  assert.match(v.explanation, /already more than the claimed figure/);
  // Before, Ohio's 25,000 contradicted a nationwide 200,000 as if it were the country's.
  assert.equal(verdictOf('In 2019, 200,000 refugees arrived nationwide.', [arrivals]).verdict, 'unverified');
});

test('"nationally" before a verb of change still says nationwide', () => {
  const text = 'In 2017 health insurance premiums nationally increased 116 percent.';
  // Before, "nationally increased" was taken for "nationally televised", and Ohio's rate supported it.
  assert.equal(isNationwide(text, text.indexOf('116'), text.indexOf('116') + 11), true);
  assert.equal(verdictOf(text, [OHIO]).verdict, 'misleading');
});
