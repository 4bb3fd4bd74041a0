import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTable, phraseTable } from '../../src/nlp/phrases.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';

test('matches the longest phrase that starts at a token', () => {
  const table = new PhraseTable([
    ['not', 1],
    ['not to say', 2],
    ["that's not to say", 3],
  ]);
  const { tokens } = tokenize("That's not to say it works.");
  assert.deepEqual(table.matchAt(tokens, 0), { phrase: "that's not to say", text: "That's not to say", first: 0, end: 5, value: 3 });
  assert.deepEqual(table.matchAt(tokens, 2), { phrase: 'not to say', text: 'not to say', first: 2, end: 5, value: 2 });
  assert.equal(table.matchAt(tokens, 5), null);
});

test('matches a contraction however it is written, since phrases are tokenized like the text', () => {
  const table = new PhraseTable([['that is not to say', 'concession']]);
  const { tokens } = tokenize("That's not to say it works.");
  assert.equal(table.matchAt(tokens, 0)?.value, 'concession');
});

test('ignores case', () => {
  const table = new PhraseTable([['In Fact', true]]);
  assert.equal(table.matchAt(tokenize('in fact, no').tokens, 0)?.value, true);
});

test('finds all non-overlapping matches left to right, within the range it is given', () => {
  const table = phraseTable({ hedge: ['may', 'may well'], boost: ['clearly'] });
  const { tokens } = tokenize('It may well rain, and clearly it may snow.');
  assert.deepEqual(
    table.findAll(tokens).map((m) => [m.phrase, m.value, m.first, m.end]),
    [
      ['may well', 'hedge', 1, 3],
      ['clearly', 'boost', 6, 7],
      ['may', 'hedge', 8, 9],
    ],
  );
  assert.deepEqual(
    table.findAll(tokens, 4, 8).map((m) => m.phrase),
    ['clearly'],
  );
});

test('finds the first match as findAll would, and null where there is none', () => {
  const table = phraseTable({ hedge: ['may', 'may well'], boost: ['clearly'] });
  const { tokens } = tokenize('It may well rain, and clearly it may snow.');
  assert.equal(table.findFirst(tokens)?.phrase, 'may well');
  assert.deepEqual(table.findFirst(tokens, 4, 9), table.findAll(tokens, 4, 9)[0]);
  assert.equal(table.findFirst(tokens, 3, 6), null);
});

test('does not match a phrase that would run past the end it is given', () => {
  const table = new PhraseTable([['in fact', 1]]);
  const { tokens } = tokenize('in fact');
  assert.equal(table.matchAt(tokens, 0, 1), null);
});

test('skips empty phrases', () => {
  const table = new PhraseTable([
    ['', 1],
    ['   ', 2],
  ]);
  assert.deepEqual(table.findAll(tokenize('anything at all').tokens), []);
});

test('a table made after a text was scanned still finds its phrases in that text', () => {
  // Scans number a text's tokens once and reuse the numbers; a later table adds first words.
  const { tokens } = tokenize('The tide turned, frankly speaking.');
  const early = new PhraseTable([['the tide', 1]]);
  assert.equal(early.findFirst(tokens)?.value, 1);
  const late = new PhraseTable([['frankly speaking', 2]]);
  assert.deepEqual(
    late.findAll(tokens).map((m) => [m.phrase, m.first]),
    [['frankly speaking', 4]],
  );
  assert.equal(early.findAll(tokens).length, 1);
});
