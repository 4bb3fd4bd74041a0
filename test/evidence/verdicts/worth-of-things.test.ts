import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valuedThings } from '../../../src/evidence/verdicts/worth-of-things.ts';
import { fact, verdictOf } from './judge-one.ts';

const contracts = fact('contracts', {
  statement: 'An inspector general found that files for Ruritanian Foreign Ministry contracts worth about $6 billion, from 2008 to 2014, were incomplete or could not be located.',
  subject: 'value of Ruritanian Foreign Ministry contracts whose files were incomplete or missing',
  value: 6_000_000_000,
  unit: 'USD',
  time: { from: '2008', to: '2014' },
});

test('a sum said to be missing is not supported by the worth of contracts whose files are missing', () => {
  const verdict = verdictOf('When you ran the Ruritanian Foreign Ministry, $6 billion was missing.', [contracts]);
  assert.equal(verdict.verdict, 'misleading');
  assert.deepEqual(verdict.facts, ['contracts']);
  assert.match(verdict.explanation, /value of Ruritanian Foreign Ministry contracts/);
  assert.match(verdict.explanation, /not an amount of money/);
});

test('a claim that names what is valued is compared as before', () => {
  const media = fact('media', {
    statement: 'Mary Lin received about $1.9 billion worth of free media coverage during the campaign.',
    subject: 'worth of earned (free) media coverage received by Mary Lin',
    value: 1_900_000_000,
    unit: 'USD',
  });
  assert.equal(verdictOf('Mary Lin got $1.9 billion of free media coverage.', [media]).verdict, 'supported');
  assert.equal(verdictOf('The ministry signed contracts worth $6 billion.', [contracts]).verdict, 'supported');
});

test('the valued things are read from the label, and net worth or money is no such thing', () => {
  assert.deepEqual(valuedThings('value of State Department contracts whose files were incomplete or missing'), ['contract']);
  assert.deepEqual(valuedThings('worth of earned (free) media coverage received by Mary Lin'), ['earned', 'free', 'media', 'coverage']);
  assert.equal(valuedThings('median net worth of senators'), null);
  assert.equal(valuedThings('value of the aid sent to Borduria'), null);
  assert.equal(valuedThings('number of refugees arriving in 2015'), null);
});

test('a fact that is money itself still supports the same sum', () => {
  const aid = fact('aid', { statement: 'Ruritania sent Borduria $6 billion in aid in 2014.', subject: 'value of the aid Ruritania sent Borduria', value: 6_000_000_000, unit: 'USD', time: { from: '2014', to: '2014' } });
  assert.equal(verdictOf('Ruritania sent Borduria $6 billion in 2014.', [aid]).verdict, 'supported');
});

test('the worth of a transaction is money, a claim about worth is the same measure, and an owner is not the thing', () => {
  const bribes = fact('bribes', { statement: 'Officials received bribes worth $5 million from the contractor.', subject: 'value of bribes received by officials', value: 5_000_000, unit: 'USD' });
  assert.equal(verdictOf('Officials pocketed $5 million from the contractor.', [bribes]).verdict, 'supported');
  const damage = fact('damage', { statement: 'Hurricane Lena caused an estimated $125 billion in property damage.', subject: 'value of property damaged by Hurricane Lena', value: 125_000_000_000, unit: 'USD' });
  assert.equal(verdictOf('Hurricane Lena caused $125 billion in losses.', [damage]).verdict, 'supported');
  assert.deepEqual(valuedThings("value of the senator's real estate holdings"), ['real', 'estate', 'holding']);
  assert.deepEqual(valuedThings('value of arms sales to Borduria'), null);
});
