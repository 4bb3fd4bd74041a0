import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

const ferries = fact('f1', {
  statement: 'The Oslo ferry line carried 2.1 million passengers in 2019.',
  subject: 'Oslo ferry passengers',
  value: 2_100_000,
  unit: 'passengers',
  time: { from: '2019-01-01', to: '2019-12-31' },
  place: 'Oslo',
});
const fares = fact('f2', {
  statement: 'A single Oslo ferry fare cost 45 kroner in 2019.',
  subject: 'Oslo ferry fare',
  value: 45,
  unit: 'NOK',
  time: { from: '2019-01-01', to: '2019-12-31' },
  place: 'Oslo',
});

test('an unverified verdict names its nearest facts in a sentence that agrees with their number', () => {
  const one = verdictOf('The Oslo ferry line opened in 1961 with two boats.', [ferries]);
  assert.equal(one.verdict, 'unverified');
  assert.match(one.explanation, /^The nearest fact, f1 .*, touches on its topic or actors but states /);
  const two = verdictOf('The Oslo ferry line opened in 1961 with two boats.', [ferries, fares]);
  assert.equal(two.verdict, 'unverified');
  assert.match(two.explanation, /^The nearest facts, f1 .* and f2 .*, touch on its topic or actors but state /);
});
