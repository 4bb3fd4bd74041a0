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
