import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSuperlative } from '../../../src/evidence/verdicts/superlative-claim.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

const TUITION = 'average ferry fare at public ferry lines';
const NORWAY_NOW = fact('norway-now', {
  statement: 'In 2020 Norway\'s average ferry fare at public ferry lines was $6.40.', subject: TUITION,
  value: 6.4, unit: 'USD', time: { from: '2020', to: '2020' }, place: 'Norway',
});
const SWEDEN_NOW = fact('sweden-now', {
  statement: 'In 2020 Sweden\'s average ferry fare at public ferry lines was $4.60.', subject: TUITION,
  value: 4.6, unit: 'USD', time: { from: '2020', to: '2020' }, place: 'Sweden',
});
const NORWAY_THEN = fact('norway-then', {
  statement: 'In 2008 Norway had the lowest average ferry fare at public ferry lines of any country, $3.80.', subject: `${TUITION} (lowest of any country)`,
  value: 3.8, unit: 'USD', time: { from: '2008', to: '2008' }, place: 'Norway',
});
const SWEDEN_THEN = fact('sweden-then', {
  statement: 'In 2008 Sweden\'s average ferry fare at public ferry lines was $2.90.', subject: TUITION,
  value: 2.9, unit: 'USD', time: { from: '2008', to: '2008' }, place: 'Sweden',
});

test('superlatives of size are read with their direction and the phrase they rank; loose ranks and other superlatives are not', () => {
  const read = (text: string) => readSuperlative(tokenize(text).tokens);
  assert.deepEqual(read('Norway has the lowest in-state ferry fare of any country.')?.direction, 'lowest');
  assert.ok(read('Norway has the lowest in-state ferry fare of any country.')?.phrase.has('fare'));
  assert.equal(read('It was the biggest ferry fleet ever.')?.direction, 'highest');
  assert.equal(read('It was the biggest ferry fleet ever.')?.acrossTime, true);
  assert.equal(read('Norway has the lowest ferry fare of any country.')?.acrossTime, false);
  assert.equal(read('Oslo is the most crime-ridden city in the country.')?.direction, 'highest');
  // "One of the lowest" claims no first place; "best" and "safest" say no direction of a number.
  assert.equal(read('Norway has one of the lowest ferry fares in Europe.'), null);
  assert.equal(read('Norway has the best ferry service in Europe.'), null);
  assert.equal(read('Oslo is the safest city in Norway.'), null);
  // Without "the" or a possessive, "most" is a quantifier, not a rank.
  assert.equal(read('Most ferry fares in Norway went up.'), null);
});

test('a superlative with no number is contradicted by a rival\'s value of the same measure and time', () => {
  // Before, a claim with no figure got no comparison at all: unverified.
  const verdict = verdictOf('Norway has the lowest average ferry fare of any country.', [NORWAY_NOW, SWEDEN_NOW]);
  assert.equal(verdict.verdict, 'contradicted');
  assert.deepEqual(verdict.facts, ['norway-now', 'sweden-now']);
  assert.match(verdict.explanation, /norway-now \(Test fixture\) gives \$6\.4 \(2020\) and sweden-now \(Test fixture\) gives \$4\.6 for average ferry fare/);
});

test('a superlative true of another time, refuted now, is misleading', () => {
  const verdict = verdictOf('Norway has the lowest average ferry fare of any country.', [NORWAY_NOW, SWEDEN_NOW, NORWAY_THEN]);
  assert.equal(verdict.verdict, 'misleading');
  assert.equal(verdict.facts[0], 'norway-then');
  assert.match(verdict.explanation, /says so of 2008/);
});

test('a true superlative next to a rival it beats, or rivals of another time or measure, stays unverified', () => {
  // Sweden's fare is lower than Norway's: nothing refutes the claim, and two countries are no ranking.
  assert.equal(verdictOf('Sweden has the lowest average ferry fare of any country.', [NORWAY_NOW, SWEDEN_NOW]).verdict, 'unverified');
  // Sweden's lower fare is of 2008, Norway's claim of now: no rival of the same time.
  assert.equal(verdictOf('Norway has the lowest average ferry fare of any country.', [NORWAY_NOW, SWEDEN_THEN]).verdict, 'unverified');
  // A lower number of another measure (a monthly pass) is no rival.
  const pass = fact('pass', {
    statement: 'In 2020 a monthly ferry pass in Sweden cost $4.00.', subject: 'monthly ferry pass price', value: 4, unit: 'USD',
    time: { from: '2020', to: '2020' }, place: 'Sweden',
  });
  assert.equal(verdictOf('Norway has the lowest average ferry fare of any country.', [NORWAY_NOW, pass]).verdict, 'unverified');
  // A loose rank claims no first place.
  assert.equal(verdictOf('Norway has one of the lowest average ferry fares of any country.', [NORWAY_NOW, SWEDEN_NOW]).verdict, 'unverified');
});

const VOTES = 'seats (election win) of';
const seats = (id: string, party: string, value: number, year: string) => fact(id, {
  statement: `The ${party} won ${value} seats in ${year}.`, subject: `${VOTES} the ${party}`, value, unit: 'seats', time: { from: year, to: year }, place: 'Norway',
});

test('"the biggest … since" compares the latest case with rivals of any time; several latest cases decide nothing', () => {
  const facts = [seats('lab', 'Labour Party', 48, '2021'), seats('con', 'Conservative Party', 61, '2013'), seats('lab09', 'Labour Party', 64, '2009')];
  const verdict = verdictOf('It was the biggest election win since the war.', facts);
  assert.equal(verdict.verdict, 'contradicted');
  assert.equal(verdict.facts[0], 'lab');
  // The claim names no party and two share the latest year: which win is meant is unknown.
  const tied = [...facts, seats('cen', 'Centre Party', 28, '2021')];
  assert.equal(verdictOf('It was the biggest election win since the war.', tied).verdict, 'unverified');
  // The latest win is the biggest: no rival beats it, and rivals' values never support.
  assert.equal(verdictOf('It was the biggest election win since the war.', [seats('lab', 'Labour Party', 70, '2021'), ...facts.slice(1)]).verdict, 'unverified');
});

test('a fact that ranks the subject decides the superlative: first supports, lower contradicts', () => {
  const rank = (value: number) => fact('rank', {
    statement: `Norway's average ferry fare ranked ${value} among countries, 1 = lowest.`, subject: 'rank of Norway\'s average ferry fare among countries, 1 = lowest',
    value, unit: 'rank', time: { from: '2020', to: '2020' }, place: 'Norway',
  });
  assert.equal(verdictOf('Norway has the lowest average ferry fare of any country.', [NORWAY_NOW, rank(1)]).verdict, 'supported');
  assert.equal(verdictOf('Norway has the lowest average ferry fare of any country.', [NORWAY_NOW, rank(4)]).verdict, 'contradicted');
  // Ranked from the lowest, first is no support for "the highest".
  assert.equal(verdictOf('Norway has the highest average ferry fare of any country.', [NORWAY_NOW, rank(1)]).verdict, 'unverified');
});
