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
  // The phrase ends at a verb, and a fact must be about its head; "ever" counts only in the superlative's clause.
  assert.equal(read('Oslo\'s highest court ruled that ferry fares are too high.')?.head, 'court');
  assert.equal(read('Norway has the lowest ferry fare of any country, and ferries have ever been popular.')?.acrossTime, false);
  // Negated, conditional, "since …", or followed by no noun phrase: not read.
  assert.equal(read('Norway does not have the lowest ferry fare of any country.'), null);
  assert.equal(read('If Norway had the lowest ferry fare, people would travel.'), null);
  assert.equal(read('It was the biggest ferry fleet since the war.'), null);
  assert.equal(read('The least Norway can do is cut ferry fares.'), null);
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

test('a superlative whose subject the claim does not name, or "since …", decides nothing', () => {
  const facts = [seats('lab', 'Labour Party', 48, '2021'), seats('con', 'Conservative Party', 61, '2013'), seats('lab09', 'Labour Party', 64, '2009')];
  // Before, the latest win was taken as the subject and contradicted; which win is meant is a guess.
  assert.equal(verdictOf('It was the biggest election win since the war.', facts).verdict, 'unverified');
  assert.equal(verdictOf('It was the biggest election win of any party.', facts).verdict, 'unverified');
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

/** A one-year fact of a value for a place, with the subject given. */
const valueOf = (id: string, place: string, value: number, year: string | null, subject: string, unit = 'percent') => fact(id, {
  statement: `${year === null ? '' : `In ${year} `}the ${subject} in ${place} was ${value}.`, subject, value, unit,
  time: year === null ? null : { from: year, to: year }, place,
});
const fareRank = (id: string, place: string, value: number) => fact(id, {
  statement: `${place}'s average ferry fare ranked ${value} among countries, 1 = lowest.`, subject: `rank of ${place}'s average ferry fare among countries, 1 = lowest`,
  value, unit: 'rank', time: { from: '2020', to: '2020' }, place,
});
const FARE_CLAIM = 'Norway has the lowest average ferry fare of any country.';

test('a rank of another place says nothing of the subject', () => {
  // Before, Sweden's first rank supported Norway's claim, and Denmark's fourth refuted Sweden's.
  assert.equal(verdictOf(FARE_CLAIM, [NORWAY_NOW, fareRank('sweden-rank', 'Sweden', 1)]).verdict, 'unverified');
  assert.equal(verdictOf('Sweden has the lowest average ferry fare of any country.', [NORWAY_NOW, SWEDEN_NOW, fareRank('denmark-rank', 'Denmark', 4)]).verdict, 'unverified');
});

test('a negated or conditional superlative is not judged as asserted', () => {
  // Before, the denial was judged as the superlative itself: contradicted though true.
  assert.equal(verdictOf('Norway does not have the lowest average ferry fare of any country.', [NORWAY_NOW, SWEDEN_NOW]).verdict, 'unverified');
  assert.equal(verdictOf('Norway does not have the lowest average ferry fare of any country.', [NORWAY_NOW, fareRank('rank', 'Norway', 1)]).verdict, 'unverified');
  assert.equal(verdictOf('If Norway had the lowest average ferry fare of any country, people would travel more.', [NORWAY_NOW, SWEDEN_NOW]).verdict, 'unverified');
});

test('two named holders at the latest time, or a holder named only in another fact, decide nothing', () => {
  const rate = 'top income tax rate';
  const [ca, tx] = [valueOf('ca', 'California', 13.3, '2020', rate), valueOf('tx', 'Texas', 0, '2020', rate)];
  // Before, the first listed fact was taken as the subject: contradicted one way round, unverified the other.
  assert.equal(verdictOf('Unlike California, Texas has the lowest top income tax rate of any state.', [ca, tx]).verdict, 'unverified');
  assert.equal(verdictOf('Unlike California, Texas has the lowest top income tax rate of any state.', [tx, ca]).verdict, 'unverified');
  const jobless = 'unemployment rate';
  const both = [valueOf('oh', 'Ohio', 4, '2020', jobless), valueOf('mi', 'Michigan', 9, '2020', jobless)];
  assert.equal(verdictOf('Ohio borders Michigan, the state with the highest unemployment rate in the nation.', both).verdict, 'unverified');
  // The tax cuts name their signers in the statement only: Reagan's is the subject, and nothing beats it.
  const cut = (id: string, who: string, year: string, value: number) => fact(id, {
    statement: `The ${year} tax cut signed by ${who} was worth $${value} billion.`, subject: 'size of tax cut', value, unit: 'USD billion',
    time: { from: year, to: year }, place: 'United States',
  });
  const cuts = [cut('reagan', 'Ronald Reagan', '1981', 2000), cut('trump', 'Donald Trump', '2017', 1500)];
  assert.equal(verdictOf('Reagan signed the biggest tax cut in history.', cuts).verdict, 'unverified');
  assert.equal(verdictOf('Obama signed the biggest tax cut in history.', cuts).verdict, 'unverified');
});

test('"the biggest … since" is not judged', () => {
  const votes = (id: string, who: string, year: string, value: number) => fact(id, {
    statement: `${who} won ${value} electoral votes in ${year}.`, subject: `electoral votes (electoral college win) of ${who}`, value, unit: 'electoral votes',
    time: { from: year, to: year }, place: 'United States',
  });
  const reagan = votes('reagan', 'Ronald Reagan', '1984', 525);
  // Before, Reagan's own 525 refuted a win "since Reagan": the anchor is no rival.
  assert.equal(verdictOf('Trump had the biggest electoral college win since Ronald Reagan.', [reagan, votes('trump', 'Donald Trump', '2016', 304)]).verdict, 'unverified');
  assert.equal(verdictOf('Bush had the biggest electoral college win since Ronald Reagan.', [reagan, votes('bush', 'George Bush', '1988', 426)]).verdict, 'unverified');
  const jobless = 'unemployment rate';
  const facts = [valueOf('us19', 'United States', 3.5, '2019', jobless), valueOf('us00', 'United States', 4, '2000', jobless), valueOf('jp00', 'Japan', 3, '2000', jobless)];
  assert.equal(verdictOf('The United States now has the lowest unemployment rate since 2000.', facts).verdict, 'unverified');
});

test('across time, the rivals are the subject\'s own values, within the superlative\'s clause', () => {
  const jobless = 'unemployment rate';
  const [oh19, oh00] = [valueOf('oh19', 'Ohio', 3.9, '2019', jobless), valueOf('oh00', 'Ohio', 4, '2000', jobless)];
  // Before, North Dakota's and Japan's rates refuted a record of Ohio's and of the United States'.
  assert.equal(verdictOf('Ohio has the lowest unemployment rate in its history.', [oh19, oh00, valueOf('nd', 'North Dakota', 2, '2018', jobless)]).verdict, 'unverified');
  assert.equal(verdictOf('The United States now has the lowest unemployment rate ever.', [valueOf('us19', 'United States', 3.5, '2019', jobless), valueOf('jp', 'Japan', 2, '2000', jobless)]).verdict, 'unverified');
  // Ohio's own lower rate of another year does refute it.
  assert.equal(verdictOf('Ohio has the lowest unemployment rate in its history.', [oh19, valueOf('oh00', 'Ohio', 3.5, '2000', jobless)]).verdict, 'contradicted');
  // "Ever" in another clause makes no record across time: Sweden's fare of 1990 is no rival.
  const sweden90 = fact('sweden-90', { ...SWEDEN_THEN, id: 'sweden-90', time: { from: '1990', to: '1990' } });
  assert.equal(verdictOf('Norway has the lowest average ferry fare of any country, and ferries have ever been popular there.', [NORWAY_NOW, sweden90]).verdict, 'unverified');
  // An undated rival is of no known time.
  const undated = fact('sweden-75', { ...SWEDEN_THEN, id: 'sweden-75', statement: 'In 1975 Sweden\'s average ferry fare at public ferry lines was $2.90.', time: null });
  assert.equal(verdictOf(FARE_CLAIM, [NORWAY_NOW, undated]).verdict, 'unverified');
});

test('a rival of a narrower or wider measure, a change, a wider place or a negative value is no rival', () => {
  const spend = (id: string, place: string, value: number, subject: string, unit: string) => fact(id, {
    statement: `In 2020 ${place}'s ${subject} was ${value}.`, subject, value, unit, time: { from: '2020', to: '2020' }, place,
  });
  // Before, each of these was contradicted.
  assert.equal(verdictOf('Alaska has the highest education spending per pupil of any state.', [
    spend('ak', 'Alaska', 19000, 'education spending per pupil', 'USD'), spend('tx', 'Texas', 70000000000, 'education spending', 'USD'),
  ]).verdict, 'unverified');
  assert.equal(verdictOf('Ohio has the highest unemployment rate of any state.', [
    spend('oh', 'Ohio', 9, 'unemployment rate', 'percent'), spend('mi', 'Michigan', 12, 'unemployment rate change', 'percent'),
  ]).verdict, 'unverified');
  assert.equal(verdictOf('California has the highest unemployment of any state.', [
    spend('ca', 'California', 1500000, 'unemployment', 'people'), spend('us', 'United States', 9000000, 'unemployment', 'people'),
  ]).verdict, 'unverified');
  assert.equal(verdictOf('Ohio had the biggest decline in population of any state.', [
    spend('oh', 'Ohio', -8, 'population change (decline)', 'percent'), spend('wv', 'West Virginia', -5, 'population change (decline)', 'percent'),
  ]).verdict, 'unverified');
});

test('a superlative is read only with the noun phrase it qualifies', () => {
  const tax = (id: string, place: string, value: number) => fact(id, {
    statement: `In 2020 the sales tax rate in ${place} was ${value} percent.`, subject: 'sales tax rate', value, unit: 'percent', time: { from: '2020', to: '2020' }, place,
  });
  const taxes = [tax('oh', 'Ohio', 5.75), tax('in', 'Indiana', 7), tax('or', 'Oregon', 0)];
  // Before, each was contradicted by Indiana's higher rate or Oregon's lower one.
  assert.equal(verdictOf('Ohio\'s highest court ruled that the sales tax is illegal.', taxes).verdict, 'unverified');
  assert.equal(verdictOf('The least Ohio can do is cut the sales tax.', taxes).verdict, 'unverified');
  assert.equal(verdictOf('The most Ohio can hope for is a lower sales tax.', taxes).verdict, 'unverified');
});
