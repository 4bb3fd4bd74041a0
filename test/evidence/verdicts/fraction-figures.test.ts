import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fractionQuantities } from '../../../src/evidence/verdicts/fraction-figures.ts';
import { fact, verdictOf } from './judge-one.ts';

const read = (text: string) => fractionQuantities(text, 0).map((q) => ({ text: q.text, min: q.min, max: q.max, unit: q.unit }));

test('fractions in words are shares in percent; ordinals, halves of periods and "a quarter of a million" are not', () => {
  assert.deepEqual(read('They lost half of their savings.'), [{ text: 'half', min: 50, max: 50, unit: 'percent' }]);
  assert.deepEqual(read('They lost half their savings.'), [{ text: 'half', min: 50, max: 50, unit: 'percent' }]);
  assert.deepEqual(read('Nearly one-third of the mills closed.'), [{ text: 'Nearly one-third', min: 33.3, max: 33.3, unit: 'percent' }]);
  assert.deepEqual(read('Two thirds of the tenants rent.'), [{ text: 'Two thirds', min: 66.7, max: 66.7, unit: 'percent' }]);
  assert.deepEqual(read('More than half of the tenants rent.'), [{ text: 'More than half', min: 50, max: null, unit: 'percent' }]);
  assert.deepEqual(read('Our airports are in Third World condition.'), []);
  assert.deepEqual(read('Sales rose in the second half of the year.'), []);
  assert.deepEqual(read('A quarter of a million people came.'), []);
  assert.deepEqual(read('He won a third term.'), []);
});

const SAVINGS = fact('savings', {
  statement: 'The median savings of farm households in Ohio fell 53 percent from 2005 to 2009.', subject: 'decrease in median savings (wealth) of farm households in Ohio',
  value: 53, unit: 'percent', time: { from: '2005', to: '2009' }, place: 'Ohio',
});

test('"lost half of their wealth" is compared as a 50 percent fall, with the slack of a rounded fraction', () => {
  // Before, "half" was no figure, and the claim stayed unverified.
  const v = verdictOf('Farm households in Ohio lost half of their wealth between 2005 and 2009.', [SAVINGS]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['savings']);
  assert.match(v.explanation, /Compared "half" .*savings .*53 percent.*the figure fits/);
  assert.equal(verdictOf('Farm households in Ohio lost a quarter of their wealth between 2005 and 2009.', [SAVINGS]).verdict, 'contradicted');
});

test('a fraction of one measure is not supported by the same share of another', () => {
  const renters = fact('renters', {
    statement: 'In 2020, 50 percent of households in Ohio rented their homes.', subject: 'share of households in Ohio that rent their homes',
    value: 50, unit: 'percent', time: { from: '2020', to: '2020' }, place: 'Ohio',
  });
  assert.notEqual(verdictOf('In 2020 half of the budget of Ohio went to schools.', [renters]).verdict, 'supported');
});

test('a share of arrivals borrowed from a share of residents is misleading', () => {
  const residents = fact('residents', {
    statement: 'About 45 percent of the migrants living in Ohio in 2010 had come on student visas.', subject: 'share of migrants living in Ohio who came on student visas',
    value: 45, unit: 'percent', time: { from: '2010', to: '2010' }, place: 'Ohio',
  });
  const arrivals = fact('arrivals', {
    statement: 'Of the migrants who arrived in Ohio in 2014, 67 percent came on student visas.', subject: 'share of new migrants (arrivals in 2014) in Ohio who came on student visas',
    value: 67, unit: 'percent', time: { from: '2014', to: '2014' }, place: 'Ohio',
  });
  const v = verdictOf('About half of new migrants to Ohio came on student visas.', [residents, arrivals]);
  assert.equal(v.verdict, 'misleading');
  assert.deepEqual(v.facts, ['residents', 'arrivals']);
});

test('fractions of a number or unit, halves of mixed numbers, groups, ratios to a level and dates are no shares', () => {
  assert.deepEqual(read('The Fed raised its rate by a quarter of a percentage point.'), []);
  assert.deepEqual(read('The Fed raised its rate by a quarter of one percent.'), []);
  assert.deepEqual(read('Half of one percent of voters cast provisional ballots.'), []);
  assert.deepEqual(read('Half of 1 percent of voters cast provisional ballots.'), []);
  assert.deepEqual(read('After a year and a half of the new law, jobs came back.'), []);
  assert.deepEqual(read('It took two and a half of the years.'), []);
  assert.deepEqual(read('The top half of earners paid most of the tax.'), []);
  assert.deepEqual(read('The rate in Ohio was half the national rate.'), []);
  assert.deepEqual(read('Half the time, voters approved of the governor.'), []);
  assert.deepEqual(read('On a Fourth of July in 2020, voters approved of the governor.'), []);
});

test('a fraction beside a percent names the group the percent is of, and is not compared', () => {
  const wealth = fact('wealth', {
    statement: 'In 2019 the richest fifth of households in Ohio held 77 percent of all wealth.', subject: 'share of wealth held by the richest fifth of households in Ohio',
    value: 77, unit: 'percent', time: { from: '2019', to: '2019' }, place: 'Ohio',
  });
  // Before, "one fifth" was read as a 20 percent figure that the 77 percent fact contradicted.
  assert.equal(verdictOf('In 2019 one fifth of households in Ohio held 77 percent of all wealth.', [wealth]).verdict, 'supported');
});

test('a quarter of a percentage point is not a 25 percent figure that a 0.25-point fact contradicts', () => {
  const hike = fact('hike', {
    statement: 'In December 2015 the Federal Reserve raised its interest rate by 0.25 percentage points.', subject: 'increase in the Federal Reserve interest rate',
    value: 0.25, unit: 'percentage points', time: { from: '2015-12', to: '2015-12' }, place: 'United States',
  });
  assert.notEqual(verdictOf('In December 2015 the Federal Reserve raised its interest rate by a quarter of a percentage point.', [hike]).verdict, 'contradicted');
});
