import { test } from 'node:test';
import assert from 'node:assert/strict';
import { multiplierQuantities } from '../../../src/evidence/verdicts/multiplier-figures.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

const read = (text: string) => multiplierQuantities(tokenize(text).tokens, text, 0).map((q) => ({ text: q.text, min: q.min, max: q.max, unit: q.unit }));

test('"doubled", "tripled" and "halved" name percent changes; "more than doubled" leaves the top open', () => {
  assert.deepEqual(read('Bus fares doubled in 2019.'), [{ text: 'doubled', min: 100, max: 100, unit: 'percent' }]);
  assert.deepEqual(read('Rents more than tripled.'), [{ text: 'tripled', min: 200, max: null, unit: 'percent' }]);
  assert.deepEqual(read('The backlog was halved.'), [{ text: 'halved', min: 50, max: 50, unit: 'percent' }]);
  // Not a verb, or the idiom of insisting: no figure.
  assert.deepEqual(read('It has a double meaning.'), []);
  assert.deepEqual(read('The mayor doubled down on the plan.'), []);
});

const FARES = fact('fares', {
  statement: 'Bus fares in Lyon rose 94 percent between 2012 and 2022.', subject: 'increase in bus fares in Lyon', value: 94, unit: 'percent',
  time: { from: '2012', to: '2022' }, place: 'Lyon',
});

test('"doubled" is supported by a rise of about 100 percent and contradicted by a much smaller one', () => {
  // Before, a claim with no number had nothing to compare and stayed unverified.
  assert.equal(verdictOf('Bus fares in Lyon doubled between 2012 and 2022.', [FARES]).verdict, 'supported');
  assert.equal(verdictOf('Bus fares in Lyon tripled between 2012 and 2022.', [FARES]).verdict, 'contradicted');
});

test('a doubling or halving is compared only with a fact that says the change went the same way', () => {
  const fell = fact('fell', {
    statement: 'Bus fares in Lyon fell 95 percent between 2012 and 2022.', subject: 'change in bus fares in Lyon', value: 95, unit: 'percent',
    time: { from: '2012', to: '2022' }, place: 'Lyon',
  });
  const rose50 = fact('rose50', {
    statement: 'Bus fares in Lyon rose 50 percent between 2012 and 2022.', subject: 'increase in bus fares in Lyon', value: 50, unit: 'percent',
    time: { from: '2012', to: '2022' }, place: 'Lyon',
  });
  // Before, "halved" was supported by a 50 percent rise and "doubled" compared with a 95 percent fall.
  assert.equal(verdictOf('Bus fares in Lyon halved between 2012 and 2022.', [rose50]).verdict, 'unverified');
  assert.equal(verdictOf('Bus fares in Lyon doubled between 2012 and 2022.', [fell]).verdict, 'unverified');
  assert.equal(verdictOf('Bus fares in Lyon halved between 2012 and 2022.', [{ ...rose50, statement: 'Bus fares in Lyon fell 50 percent between 2012 and 2022.', subject: 'fall in bus fares in Lyon' }]).verdict, 'supported');
});

test('the place of a sentence goes to its real figure, not to the stand-in of "doubled"', () => {
  const latvia = fact('latvia', {
    statement: 'In 2010 the jobless rate in Latvia was 14 percent.', subject: 'jobless rate in Latvia', value: 14, unit: 'percent',
    time: { from: '2010', to: '2010' }, place: 'Latvia',
  });
  // Before, Estonia went to "doubled", the 14 percent had no place, and the Latvian fact supported it.
  assert.equal(verdictOf('In 2010 the jobless rate in Estonia doubled to 14 percent.', [latvia]).verdict, 'misleading');
});
