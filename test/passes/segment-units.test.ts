import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../src/nlp/tokenize.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { splitSentence } from '../../src/passes/segment-units.ts';

/** The units one sentence splits into, as text. */
function split(sentence: string): string[] {
  const { tokens } = tokenize(sentence);
  return splitSentence(tokens, { first: 0, end: tokens.length }).map((range) =>
    sentence.slice((tokens[range.first] as Token).start, (tokens[range.end - 1] as Token).end),
  );
}

test('splits "That\'s not to say X, but Y" into the concession and the answer', () => {
  assert.deepEqual(split("That's not to say the tax is perfect, but it is the best option we have."), [
    "That's not to say the tax is perfect",
    'but it is the best option we have.',
  ]);
});

test('splits "Though X, Y" at the comma that ends the subordinate clause', () => {
  assert.deepEqual(split('Though the scheme is expensive, it will pay for itself within a decade.'), [
    'Though the scheme is expensive',
    'it will pay for itself within a decade.',
  ]);
});

test('splits "Even though X, Y" the same way', () => {
  assert.deepEqual(split('Even though the trams are slow, they are reliable.'), [
    'Even though the trams are slow',
    'they are reliable.',
  ]);
});

test('splits "X because Y" before "because", with no comma needed', () => {
  assert.deepEqual(split('We should close the road because traffic has doubled.'), [
    'We should close the road',
    'because traffic has doubled.',
  ]);
});

test('splits "X; Y" at the semicolon, leaving the semicolon out of both', () => {
  assert.deepEqual(split('The park is crowded; the council should build another.'), [
    'The park is crowded',
    'the council should build another.',
  ]);
});

test('splits "X, so Y" and "X, but Y" when both sides are clauses', () => {
  assert.deepEqual(split('Prices rose sharply last year, so many families bought less food.'), [
    'Prices rose sharply last year',
    'so many families bought less food.',
  ]);
  assert.deepEqual(split('The council raised fees, but the buses are still empty.'), [
    'The council raised fees',
    'but the buses are still empty.',
  ]);
});

test('splits at a spaced dash between two clauses', () => {
  assert.deepEqual(split('The station closed - nobody used it anyway.'), ['The station closed', 'nobody used it anyway.']);
});

test('does not split "not for money but simply to protect their families": the "but" side has no subject', () => {
  assert.deepEqual(split('The men crossed the border, not for money but simply to protect their families.'), [
    'The men crossed the border, not for money but simply to protect their families.',
  ]);
});

test('does not split "because of the storm", which is a phrase and not a clause', () => {
  assert.deepEqual(split('The road was closed because of the storm.'), ['The road was closed because of the storm.']);
});

test('does not split "but" joining two adjectives', () => {
  assert.deepEqual(split('Bread and butter are cheap but filling.'), ['Bread and butter are cheap but filling.']);
});

test('does not split when one side is shorter than three words', () => {
  assert.deepEqual(split('Prices rose, so people bought less.'), ['Prices rose, so people bought less.']);
});

test('splits only inside the token range it is given', () => {
  const text = 'It is late. We should close the road because traffic has doubled.';
  const { tokens } = tokenize(text);
  const first = tokens.findIndex((t) => t.value === 'We');
  assert.deepEqual(
    splitSentence(tokens, { first, end: tokens.length }).map((r) => [
      text.slice((tokens[r.first] as Token).start, (tokens[r.end - 1] as Token).end),
      r.first >= first,
    ]),
    [
      ['We should close the road', true],
      ['because traffic has doubled.', true],
    ],
  );
});
