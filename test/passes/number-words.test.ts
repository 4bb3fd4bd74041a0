import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.ts';
import type { NumberMatch } from '../../src/passes/number-words.ts';
import { readNumberWords } from '../../src/passes/number-words.ts';

/** Reads the number words at the start of `phrase`, and the text they cover. */
function read(phrase: string): { value: number; text: string } | null {
  const { tokens } = tokenize(phrase);
  const match: NumberMatch | null = readNumberWords(tokens, 0, tokens.length);
  if (match === null) return null;
  const start = tokens[match.first]?.start ?? 0;
  const end = tokens[match.end - 1]?.end ?? 0;
  return { value: match.value, text: phrase.slice(start, end) };
}

test('reads a single number word', () => {
  assert.deepEqual(read('seven bridges'), { value: 7, text: 'seven' });
});

test('reads a hyphenated number, "twenty-five"', () => {
  assert.deepEqual(read('twenty-five votes'), { value: 25, text: 'twenty-five' });
});

test('reads "one hundred and five" across the "and"', () => {
  assert.deepEqual(read('one hundred and five delegates'), { value: 105, text: 'one hundred and five' });
});

test('reads "three thousand two hundred" as 3200', () => {
  assert.deepEqual(read('three thousand two hundred signatures'), { value: 3200, text: 'three thousand two hundred' });
});

test('reads "a million" with the article counting as one', () => {
  assert.deepEqual(read('a million people'), { value: 1e6, text: 'a million' });
});

test('reads "half a million" as 500000', () => {
  assert.deepEqual(read('half a million jobs'), { value: 500000, text: 'half a million' });
});

test('reads "a dozen" as 12 and "two dozen" as 24', () => {
  assert.deepEqual(read('a dozen eggs'), { value: 12, text: 'a dozen' });
  assert.deepEqual(read('two dozen eggs'), { value: 24, text: 'two dozen' });
});

test('does not join two numbers with "and": "two and three" is two', () => {
  assert.deepEqual(read('two and three'), { value: 2, text: 'two' });
});

test('reads nothing from a word that is not a number, or a scale word on its own', () => {
  assert.equal(read('several bridges'), null);
  assert.equal(read('million reasons'), null);
  assert.equal(read('a house'), null);
});

test('stops at the limit it is given', () => {
  const { tokens } = tokenize('twenty five');
  assert.deepEqual(readNumberWords(tokens, 0, 1), { value: 20, first: 0, end: 1 });
});
