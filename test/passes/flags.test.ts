import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Flag } from '../../src/model/analysis-schema.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { findFlags } from '../../src/passes/flags.ts';

function flags(sentence: string, groupStarts: ReadonlySet<number> = new Set()): Flag[] {
  const { tokens } = tokenize(sentence);
  return findFlags(tokens, 0, tokens.length, sentence, groupStarts);
}

/** The expected flag over the first occurrence of `text` in `sentence`. */
function flag(sentence: string, type: Flag['type'], text: string): Flag {
  const start = sentence.indexOf(text);
  assert.ok(start >= 0, `"${text}" is not in "${sentence}"`);
  return { type, text, start, end: start + text.length };
}

test('flags absolutes: "never", "absolutely no", "zero"', () => {
  const s = 'Officials never checked, there is absolutely no record and zero oversight.';
  assert.deepEqual(flags(s), [
    flag(s, 'absolute', 'never'),
    flag(s, 'absolute', 'absolutely no'),
    flag(s, 'absolute', 'zero'),
  ]);
});

test('flags a sweeping generalisation over people: "most voters", "all politicians"', () => {
  const s = 'Most voters think all politicians lie.';
  assert.deepEqual(flags(s), [flag(s, 'generalisation', 'Most voters'), flag(s, 'generalisation', 'all politicians')]);
});

test('flags a generalisation over a group the entities pass found', () => {
  const s = 'Most Kenyans support the plan.';
  assert.deepEqual(flags(s, new Set([5])), [flag(s, 'generalisation', 'Most Kenyans')]);
});

test('does not flag a quantifier over things that are not people', () => {
  assert.deepEqual(flags('Most roads in the district are paved.'), []);
});

test('flags loaded words', () => {
  const s = 'This is a ridiculous and corrupt scheme.';
  assert.deepEqual(flags(s), [flag(s, 'loaded', 'ridiculous'), flag(s, 'loaded', 'corrupt')]);
});

test('flags figurative wording', () => {
  const s = 'The pension fund is a ticking time bomb.';
  assert.deepEqual(flags(s), [flag(s, 'figurative', 'time bomb')]);
});

test("flags scare quotes around a word or two: 'experts'", () => {
  const s = "The so-called 'experts' got it wrong again.";
  assert.deepEqual(flags(s), [flag(s, 'scare_quotes', "'experts'")]);
});

test('does not flag a quoted clause as scare quotes', () => {
  assert.deepEqual(flags('He told the crowd "we will win the vote tomorrow" and left.'), []);
});

test('does not read apostrophes in contractions as quotes', () => {
  assert.deepEqual(flags("They don't know and it's fine."), []);
});

test('returns flags in text order whatever kind they are', () => {
  const s = 'Everyone knows it is a disaster.';
  assert.deepEqual(flags(s), [flag(s, 'absolute', 'Everyone'), flag(s, 'loaded', 'disaster')]);
});
