import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { thanEarlierTime } from '../../../src/evidence/verdicts/baseline-comparative.ts';
import { fact, verdictOf } from './judge-one.ts';

const change = (statement: string): ReturnType<typeof fact> => fact('c', { statement, subject: 'change in burglaries', value: 12, unit: 'percent', place: 'Freedonia', time: { from: '2014', to: '2015' } });

test('"12 percent lower than in 2014" is not supported by a rise of 12 percent', () => {
  assert.equal(verdictOf('Burglaries in Freedonia are 12 percent lower than in 2014.', [change('Burglaries in Freedonia rose 12 percent from 2014 to 2015.')]).verdict, 'unverified');
  assert.equal(verdictOf('Burglaries in Freedonia are 12 percent higher than in 2014.', [change('Burglaries in Freedonia fell 12 percent from 2014 to 2015.')]).verdict, 'unverified');
});

test('the same way still supports', () => {
  assert.equal(verdictOf('Burglaries in Freedonia are 12 percent lower than in 2014.', [change('Burglaries in Freedonia fell 12 percent from 2014 to 2015.')]).verdict, 'supported');
});

test('"than" with an earlier time, not with another place', () => {
  const at = (text: string): boolean => {
    const { tokens } = tokenize(text);
    return thanEarlierTime(tokens, tokens.findIndex((t) => t.normal === 'than'));
  };
  assert.equal(at('Prices are 12 percent lower than in 2014.'), true);
  assert.equal(at('Prices are 12 percent lower than a year ago.'), true);
  assert.equal(at('Prices are 12 percent lower than last year.'), true);
  assert.equal(at('Prices are 12 percent lower than in Ohio.'), false);
});

test('a comparative against a baseline it cannot date is not supported by a change the other way', () => {
  const rise = change('Burglaries in Freedonia rose 12 percent from 2014 to 2015.');
  for (const claim of [
    'Burglaries in Freedonia are 12 percent lower than when the law passed.',
    'Burglaries in Freedonia are 12 percent lower than under the previous government.',
    'Burglaries in Freedonia are 12 percent lower than at the start of the decade.',
    'Burglaries in Freedonia are 12 percent fewer than in 2014.',
  ]) assert.equal(verdictOf(claim, [rise]).verdict, 'unverified', claim);
  const decades = fact('d', { statement: 'Burglaries in Freedonia rose 12 percent from 1995 to 2015.', subject: 'change in burglaries', value: 12, unit: 'percent', place: 'Freedonia', time: { from: '1995', to: '2015' } });
  assert.equal(verdictOf('Burglaries in Freedonia are 12 percent lower than in the 1990s.', [decades]).verdict, 'unverified');
});

test('"higher in 2014 than in 2015" is a fall from 2014 to 2015', () => {
  const rise = change('Burglaries in Freedonia rose 12 percent from 2014 to 2015.');
  assert.equal(verdictOf('Burglaries in Freedonia were 12 percent higher in 2014 than in 2015.', [rise]).verdict, 'unverified');
  assert.equal(verdictOf('In 2014 burglaries in Freedonia were 12 percent higher than in 2015.', [rise]).verdict, 'unverified');
  assert.equal(verdictOf('Burglaries in Freedonia were 12 percent higher in 2015 than in 2014.', [rise]).verdict, 'supported');
});

test('a comparison with something else is no change, whichever way a fact\'s change went', () => {
  assert.equal(verdictOf('Burglaries in Freedonia are 12 percent higher than the national average.', [change('Burglaries in Freedonia rose 12 percent from 2014 to 2015.')]).verdict, 'unverified');
  assert.equal(verdictOf('Burglaries in Freedonia are 12 percent lower than the national average.', [change('Burglaries in Freedonia fell 12 percent from 2014 to 2015.')]).verdict, 'unverified');
  // "Fewer than" a number is still a bound, not a fall.
  const deaths = fact('deaths', { statement: '450 people died in traffic accidents in Freedonia in 2015.', subject: 'traffic deaths', value: 450, unit: 'people', place: 'Freedonia', time: { from: '2015', to: '2015' } });
  assert.equal(verdictOf('Fewer than 500 people died in traffic accidents in Freedonia in 2015.', [deaths]).verdict, 'supported');
});
