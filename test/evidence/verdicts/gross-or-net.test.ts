import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

const GROSS = fact('gross', {
  statement: 'A study put the gross yearly cost of the Lyon metro extension to the city at $900 million.', subject: 'gross yearly cost of the Lyon metro extension to the city',
  value: 9e8, unit: 'USD', time: null, place: 'Lyon',
});
const NET = fact('net', {
  statement: 'After fares paid, the net yearly cost of the Lyon metro extension to the city is about $600 million.', subject: 'net yearly cost of the Lyon metro extension to the city after fares',
  value: 6e8, unit: 'USD', time: null, place: 'Lyon',
});

test('beside a net figure, a gross one is no support for a claim that says neither', () => {
  // Before, the gross $900 million supported it.
  const v = verdictOf('The Lyon metro extension costs the city $900 million a year.', [GROSS, NET]);
  assert.equal(v.verdict, 'misleading');
  assert.deepEqual(v.facts.slice(0, 1), ['gross']);
  assert.match(v.explanation, /not net yearly cost/);
});

test('a claim of the gross figure, or one that meets the net figure, is judged as before', () => {
  assert.equal(verdictOf('The gross cost of the Lyon metro extension to the city is $900 million a year.', [GROSS, NET]).verdict, 'supported');
  assert.equal(verdictOf('The Lyon metro extension costs the city $600 million a year.', [GROSS, NET]).verdict, 'supported');
});

test('with no net fact beside it, a gross fact is the measure the fact base has', () => {
  // "Gross federal debt" is the national debt: alone, it still supports.
  assert.equal(verdictOf('The Lyon metro extension costs the city $900 million a year.', [GROSS]).verdict, 'supported');
  const gdp = fact('gdp', {
    statement: 'The gross domestic product of the Lyon region was $90 billion in 2019.', subject: 'gross domestic product of the Lyon region',
    value: 9e10, unit: 'USD', time: { from: '2019', to: '2019' }, place: 'Lyon',
  });
  const netIncome = fact('net-income', {
    statement: 'Net income of the Lyon region was $40 billion in 2019.', subject: 'net income of the Lyon region', value: 4e10, unit: 'USD',
    time: { from: '2019', to: '2019' }, place: 'Lyon',
  });
  // "Gross domestic product" is no gross side of an account.
  assert.equal(verdictOf('The Lyon region produced $90 billion of gross domestic product in 2019.', [gdp, netIncome]).verdict, 'supported');
});

test('a net figure of another year or place is no other side of the gross one', () => {
  const netOld = fact('net-1993', {
    statement: 'In 1993 the net yearly cost of the Lyon metro extension to the city was $300 million.', subject: 'net yearly cost of the Lyon metro extension to the city',
    value: 3e8, unit: 'USD', time: { from: '1993', to: '1993' }, place: 'Lyon',
  });
  const gross2010 = { ...GROSS, time: { from: '2010', to: '2010' } };
  // Before, the 1993 net figure turned the 2010 gross one into a borrowed figure (misleading).
  assert.equal(verdictOf('The Lyon metro extension costs the city $900 million a year.', [gross2010, netOld]).verdict, 'supported');
});

test('only costs are net unless said gross: a debt, a pay or an inflow is quoted gross', () => {
  const grossDebt = fact('gross-debt', {
    statement: 'Gross public debt of Lyon was $30 billion in 2022.', subject: 'gross public debt of Lyon', value: 3e10, unit: 'USD',
    time: { from: '2022', to: '2022' }, place: 'Lyon',
  });
  const netDebt = fact('net-debt', {
    statement: 'Public debt of Lyon, net of financial assets, was $20 billion in 2022.', subject: 'public debt of Lyon, net of financial assets', value: 2e10, unit: 'USD',
    time: { from: '2022', to: '2022' }, place: 'Lyon',
  });
  // Before: misleading, as if "the public debt" meant the net debt.
  assert.equal(verdictOf('The public debt of Lyon was $30 billion in 2022.', [grossDebt, netDebt]).verdict, 'supported');
});
