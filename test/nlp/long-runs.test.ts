import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakLongRuns, LONG_RUN, RUN_PIECE } from '../../src/nlp/long-runs.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { FILLER } from '../../src/parse/source-document.ts';

test('leaves text without a run over the limit exactly as it is', () => {
  const text = `Ordinary words, a URL https://example.org/${'a'.repeat(LONG_RUN - 30)} and more.`;
  const broken = breakLongRuns(text);
  assert.equal(broken.text, text);
  assert.equal(broken.origin(17), 17);
});

test('breaks a long run into pieces and maps every index back to the text it was given', () => {
  const run = 'ab'.repeat(1_250);
  const text = `Start ${run} end`;
  const broken = breakLongRuns(text);
  assert.equal(broken.text.replace(/ /gu, ''), text.replace(/ /gu, ''));
  assert.ok(broken.text.split(' ').every((piece) => piece.length <= RUN_PIECE));
  for (let i = 0; i < broken.text.length; i += 1) {
    // An inserted space maps to the character after it; every other character to itself.
    if (broken.text[i] !== ' ' || text[broken.origin(i)] === ' ') assert.equal(text[broken.origin(i)], broken.text[i]);
    else assert.equal(broken.origin(i), broken.origin(i + 1));
  }
  assert.equal(broken.origin(broken.text.length), text.length);
});

test('never breaks a surrogate pair', () => {
  const broken = breakLongRuns('😀'.repeat(1_000));
  assert.ok(broken.text.split(' ').every((piece) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u.test(piece)));
});

test('tokenizes a long run (a pasted blob) as short tokens whose offsets still slice the text', () => {
  // Read whole, wink's word-shape pattern took time quadratic in the run: 100,000 characters, 5 s.
  const plain = `The claim.${FILLER} ${'x'.repeat(20_000)} Then more text.`;
  const { tokens } = tokenize(plain);
  assert.ok(tokens.every((t) => t.end - t.start <= RUN_PIECE), `longest token: ${Math.max(...tokens.map((t) => t.end - t.start))}`);
  for (const t of tokens) assert.equal(plain.slice(t.start, t.end).replaceAll(FILLER, ''), t.value);
  assert.equal(tokens.filter((t) => t.value.startsWith('x')).reduce((sum, t) => sum + t.value.length, 0), 20_000);
  assert.deepEqual(tokens.slice(-4).map((t) => t.value), ['Then', 'more', 'text', '.']);
});

test('finds runs of tens of millions of characters without overflowing the stack', () => {
  const broken = breakLongRuns(`a ${'x'.repeat(20_000_000)} b`);
  assert.equal(broken.text.length, 20_000_004 + Math.floor((20_000_000 - 1) / RUN_PIECE));
});
