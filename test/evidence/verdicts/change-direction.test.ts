import { test } from 'node:test';
import assert from 'node:assert/strict';
import { directionAround } from '../../../src/evidence/verdicts/change-direction.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

/** The way named around `figure` in `text`. */
function wayOf(text: string, figure: string): string | null {
  const { tokens } = tokenize(text);
  const first = tokens.findIndex((t) => t.start >= text.indexOf(figure));
  let end = first;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= text.indexOf(figure) + figure.length) end += 1;
  return directionAround(tokens, first, end);
}

test('the way a figure\'s change went is read from the words of its clause', () => {
  assert.equal(wayOf('Exports from Lyon rose 12 percent in 2015.', '12 percent'), 'up');
  assert.equal(wayOf('We saw a 40 percent reduction in crossings.', '40 percent'), 'down');
  assert.equal(wayOf('Crossings were down 78 percent.', '78 percent'), 'down');
  // Each figure its own clause's way.
  assert.equal(wayOf('Exports rose 12 percent, but imports fell 3 percent.', '3 percent'), 'down');
  // Both ways in the clause, none, or a comparison of two things: no way.
  assert.equal(wayOf('The tax cut increased the deficit by $1 trillion.', '$1 trillion'), null);
  assert.equal(wayOf('Exports were worth $12 billion.', '$12 billion'), null);
  assert.equal(wayOf('Rents in Lyon are 20 percent higher than in Paris.', '20 percent'), null);
  // A denied change names no way.
  assert.equal(wayOf('Exports from Lyon did not rise 12 percent in 2015.', '12 percent'), null);
});

const FELL = fact('fell', {
  statement: 'Exports from Lyon fell 12 percent in 2015.', subject: 'decrease in exports from Lyon', value: 12, unit: 'percent',
  time: { from: '2015', to: '2015' }, place: 'Lyon',
});

test('a change the other way contradicts the claim, whatever its size', () => {
  // Before, the number alone fitted: "rose 12 percent" was supported by a 12 percent fall.
  const v = verdictOf('Exports from Lyon rose 12 percent in 2015.', [FELL]);
  assert.equal(v.verdict, 'contradicted');
  assert.match(v.explanation, /a change down, where the claim says up/);
  assert.equal(verdictOf('Exports from Lyon increased by 3 percent in 2015.', [FELL]).verdict, 'contradicted');
  // The same way, the same size: supported, as before.
  assert.equal(verdictOf('Exports from Lyon fell 12 percent in 2015.', [FELL]).verdict, 'supported');
});

test('a change the other way about another year or place is neither support nor a source', () => {
  // Before, the 2019 claim was misleading, its 12 percent "borrowed" from a fall.
  assert.equal(verdictOf('Exports from Lyon rose 12 percent in 2019.', [FELL]).verdict, 'unverified');
  assert.equal(verdictOf('Exports from France rose 12 percent in 2015.', [FELL]).verdict, 'unverified');
});

test('a claim that names no way, or a fact that states a level, is compared as before', () => {
  // "Were worth" names no way; a level fact holds no change to oppose.
  const level = fact('level', {
    statement: 'Exports from Lyon fell to $12 billion in 2015.', subject: 'exports from Lyon', value: 12e9, unit: 'USD',
    time: { from: '2015', to: '2015' }, place: 'Lyon',
  });
  assert.equal(verdictOf('Exports from Lyon rose to $12 billion in 2015.', [level]).verdict, 'supported');
  assert.equal(verdictOf('In 2015 exports from Lyon changed by 12 percent.', [FELL]).verdict, 'supported');
});

test('a fall written as a negative value meets a claimed fall by its size', () => {
  const negative = fact('negative', {
    statement: 'Exports from Lyon fell 12 percent in 2015.', subject: 'decrease in exports from Lyon', value: -12, unit: 'percent',
    time: { from: '2015', to: '2015' }, place: 'Lyon',
  });
  // Before, -12 lay below the claimed 12 and contradicted it.
  assert.equal(verdictOf('Exports from Lyon fell 12 percent in 2015.', [negative]).verdict, 'supported');
  assert.equal(verdictOf('Exports from Lyon rose 12 percent in 2015.', [negative]).verdict, 'contradicted');
});

test('words before the verb that governs the figure, or after its own phrase, name no way of its change', () => {
  // Before, "cuts" and "lower" were read as the figure's way: "down", and a 5 percent rise contradicted them.
  assert.equal(wayOf('Tax cuts raised federal revenue 5 percent in 2018.', '5 percent'), null);
  assert.equal(wayOf('Lower gas prices boosted consumer spending 5 percent in 2015.', '5 percent'), null);
  assert.equal(wayOf('Lower-income wages were up 3 percent.', '3 percent'), 'up');
  assert.equal(wayOf('Exports rose 12 percent as tariffs were cut.', '12 percent'), 'up');
  assert.equal(wayOf('Exports shrank in 2014 but grew 12 percent in 2015.', '12 percent'), 'up');
  assert.equal(wayOf('Exports rose as much as 12 percent.', '12 percent'), 'up');
  assert.equal(wayOf('Revenue increased by an estimated 5 percent.', '5 percent'), 'up');
  // A figure after "from" or "to" is a level left or reached: "down" says how the 4 compares with the 9.
  assert.equal(wayOf('Prices are up 4 percent, down from 9 percent last year.', '9 percent'), null);
  assert.equal(wayOf('Prices are up 4 percent, down from a 9 percent rise last year.', '9 percent'), 'up');
  assert.equal(wayOf('Inflation fell to 4 percent.', '4 percent'), null);
  const revenue = fact('revenue', {
    statement: 'Federal revenue in Lyon rose 5 percent in 2018.', subject: 'increase in federal revenue in Lyon', value: 5, unit: 'percent',
    time: { from: '2018', to: '2018' }, place: 'Lyon',
  });
  assert.equal(verdictOf('Tax cuts raised federal revenue in Lyon 5 percent in 2018.', [revenue]).verdict, 'supported');
  const prices = fact('prices', {
    statement: 'Consumer prices in Lyon rose 9 percent in 2022.', subject: 'increase in consumer prices in Lyon', value: 9, unit: 'percent',
    time: { from: '2022', to: '2022' }, place: 'Lyon',
  });
  assert.equal(verdictOf('Consumer prices in Lyon are up 4 percent in 2023, down from 9 percent in 2022.', [prices]).verdict, 'supported');
});

test('a fact\'s way is read from the words of its value, and from its subject before any complement', () => {
  // Before, every word of the statement and subject counted: the "tax cuts" and "lower-income" made
  // these facts falls, which contradicted a claimed rise.
  const afterCuts = fact('after-cuts', {
    statement: 'Federal revenue in Lyon changed by 5 percent in 2018, the first year after the tax cuts.', subject: 'change in federal revenue in Lyon',
    value: 5, unit: 'percent', time: { from: '2018', to: '2018' }, place: 'Lyon',
  });
  assert.equal(verdictOf('Federal revenue in Lyon rose 5 percent in 2018.', [afterCuts]).verdict, 'supported');
  const lowerIncome = fact('lower-income', {
    statement: 'Median wages of lower-income households in Lyon changed by 3.1 percent in 2019.', subject: 'change in median wages of lower-income households in Lyon',
    value: 3.1, unit: 'percent', time: { from: '2019', to: '2019' }, place: 'Lyon',
  });
  assert.equal(verdictOf('In 2019 the median wages of lower-income households in Lyon rose 3.1 percent.', [lowerIncome]).verdict, 'supported');
  // The value's own words say the way, whatever else the statement tells: before, "rose", "up" and
  // "drop" named both ways and the 7 percent rise supported a claimed fall.
  const crime = fact('crime', {
    statement: 'Crime in Lyon rose 7 percent in 2016, up from a 2 percent drop in 2015.', subject: 'change in crime in Lyon',
    value: 7, unit: 'percent', time: { from: '2016', to: '2016' }, place: 'Lyon',
  });
  assert.equal(verdictOf('Crime in Lyon fell 7 percent in 2016.', [crime]).verdict, 'contradicted');
  assert.equal(verdictOf('Crime in Lyon rose 7 percent in 2016.', [crime]).verdict, 'supported');
});

test('a negative change whose words name no way is a fall', () => {
  const negative = fact('negative', {
    statement: 'Exports from Lyon changed by -12 percent in 2015.', subject: 'change in exports from Lyon', value: -12, unit: 'percent',
    time: { from: '2015', to: '2015' }, place: 'Lyon',
  });
  // Before, its -12 lay below a claimed 12 percent fall and contradicted it.
  const v = verdictOf('Exports from Lyon fell 12 percent in 2015.', [negative]);
  assert.equal(v.verdict, 'supported');
  // Before, the explanation read the size as a span of years ("-12 to 2015 is 12 years").
  assert.match(v.explanation, /-12 is a fall of 12/);
  assert.equal(verdictOf('Exports from Lyon rose 12 percent in 2015.', [negative]).verdict, 'contradicted');
});

test('a change the other way of all that the fact measures does not contradict a claim about a part of it', () => {
  const unemployment = fact('unemployment', {
    statement: 'Unemployment in Lyon rose 2 percent in 2015.', subject: 'increase in unemployment in Lyon', value: 2, unit: 'percent',
    time: { from: '2015', to: '2015' }, place: 'Lyon',
  });
  // Before, each was contradicted by the rise of all unemployment, or of all exports, in the whole year.
  assert.equal(verdictOf('Youth unemployment in Lyon fell 2 percent in 2015.', [unemployment]).verdict, 'unverified');
  assert.equal(verdictOf('Exports of wine from Lyon rose 12 percent in 2015.', [FELL]).verdict, 'unverified');
  assert.equal(verdictOf('Exports from Lyon to China rose 12 percent in 2015.', [FELL]).verdict, 'unverified');
  assert.equal(verdictOf('Exports from Lyon rose 12 percent in the second half of 2015.', [FELL]).verdict, 'unverified');
  // The claim's own measure, said with a date and a hedge, is still contradicted, and so is it where
  // the fact gives its place only in its place field.
  assert.equal(verdictOf('In 2015 exports from Lyon rose by an estimated 12 percent.', [FELL]).verdict, 'contradicted');
  const wine = fact('wine', {
    statement: 'Wine exports fell 12 percent in 2015.', subject: 'decrease in wine exports', value: 12, unit: 'percent',
    time: { from: '2015', to: '2015' }, place: 'Lyon',
  });
  assert.equal(verdictOf('Wine exports from Lyon rose 12 percent in 2015.', [wine]).verdict, 'contradicted');
});

test('a denied change is not supported by a fact stating that change', () => {
  const fell = fact('fell', { statement: 'Burglaries in Freedonia fell 12 percent from 2014 to 2015.', subject: 'change in burglaries', value: 12, unit: 'percent', place: 'Freedonia', time: { from: '2014', to: '2015' } });
  assert.equal(verdictOf('Burglaries in Freedonia did not fall 12 percent from 2014 to 2015.', [fell]).verdict, 'unverified');
  assert.equal(verdictOf('Burglaries in Freedonia are not 12 percent lower than in 2014.', [fell]).verdict, 'unverified');
  assert.equal(verdictOf('Burglaries in Freedonia fell 12 percent from 2014 to 2015.', [fell]).verdict, 'supported');
});
