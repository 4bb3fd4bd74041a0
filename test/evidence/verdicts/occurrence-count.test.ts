import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

const ARRESTS = fact('arrests', {
  statement: 'Senator Dana Okafor was arrested three times at protests between 1990 and 1995.', subject: 'arrests of Dana Okafor at protests',
  value: 3, unit: 'arrests', time: { from: '1990', to: '1995' },
});
const BANKRUPTCIES = fact('bankruptcies', {
  statement: "Alma Reyes's companies filed for bankruptcy four times between 2001 and 2012.", subject: "bankruptcies of Alma Reyes's companies",
  value: 4, unit: 'bankruptcies', time: { from: '2001', to: '2012' },
});
const TITLES = fact('titles', {
  statement: 'The Ashby Rovers won the league title three times between 1990 and 2000.', subject: 'league titles won by the Ashby Rovers',
  value: 3, unit: 'titles', time: { from: '1990', to: '2000' },
});
const RATE = fact('rate', {
  statement: 'Dunmore had 3 violent crimes per 1,000 residents in 2015.', subject: 'violent crimes in Dunmore per 1,000 residents',
  value: 3, unit: 'crimes', time: { from: '2015', to: '2015' },
});

const verdicts = (claims: readonly string[], facts: Parameters<typeof verdictOf>[1]): string[] => claims.map((claim) => verdictOf(claim, facts).verdict);

test('"N times" counts the act its clause names, by its verb or the noun before it, and is compared with a fact counting those acts', () => {
  assert.deepEqual(verdicts([
    'Okafor has been arrested three times at protests.',
    'Okafor was arrested five times at protests.',
  ], [ARRESTS]), ['supported', 'contradicted']);
  assert.deepEqual(verdicts([
    "Reyes's companies filed for bankruptcy four times.",
    "Reyes's companies went into bankruptcy six times.",
    'Since 2001, Reyes has taken her companies into bankruptcy four times.',
  ], [BANKRUPTCIES]), ['supported', 'contradicted', 'supported']);
  assert.deepEqual(verdicts(['The Ashby Rovers won the league title three times.'], [TITLES]), ['supported']);
});

test('"N times" as a ratio is no count, and is not called borrowed from a count it happens to equal', () => {
  // Before, each was "misleading": its small whole number matched the fact's count of something else.
  assert.deepEqual(verdicts([
    'Okafor was arrested three times as often as Lin at protests.',
    'Okafor has been arrested three times more than Lin.',
  ], [ARRESTS]), ['unverified', 'unverified']);
  assert.deepEqual(verdicts(['Violent crime in Dunmore is three times the national rate.'], [RATE]), ['unverified']);
});

test('acts that did not plainly happen, or other acts than the fact counts, are compared with nothing', () => {
  assert.deepEqual(verdicts([
    "Reyes's companies avoided bankruptcy four times.",
    "Reyes's companies were threatened with bankruptcy four times.",
    "Reyes's companies filed for bankruptcy once and were sued four times.",
    "Reyes's companies were sued for bankruptcy fraud four times.",
  ], [BANKRUPTCIES]), ['unverified', 'unverified', 'unverified', 'unverified']);
  assert.deepEqual(verdicts([
    'Okafor was nearly arrested three times at protests.',
    'Okafor has denied being arrested three times at protests.',
    'Okafor was asked three times about the arrests at protests.',
  ], [ARRESTS]), ['unverified', 'unverified', 'unverified']);
  // The noun before the figure is the fact's, but the clause's verb is not: titles lost are not titles won.
  assert.deepEqual(verdicts(['The Ashby Rovers lost the league title three times.'], [TITLES]), ['unverified']);
});
