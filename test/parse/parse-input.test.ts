import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, parseInput } from '../../src/parse/parse-input.ts';

test('detects HTML, then transcripts, and falls back to plain text', () => {
  assert.equal(detectFormat('<!doctype html><p>Hi</p>'), 'html');
  assert.equal(detectFormat('HALE: Fees will rise.\nOKAFOR: They will not.'), 'transcript');
  assert.equal(detectFormat('Fees will rise.\n\nThey will not.'), 'text');
});

test('never guesses Markdown: it is read as Markdown only when asked', () => {
  assert.equal(detectFormat('# Title\n\nSome *text*.'), 'text');
  assert.equal(parseInput('# Title\n\nSome *text*.', 'markdown').format, 'markdown');
});

test('parses with the format it is given, even when the text looks like another', () => {
  const transcript = 'HALE: Fees will rise.\nOKAFOR: They will not.';
  assert.equal(parseInput(transcript, 'text').format, 'text');
  assert.equal(parseInput(transcript, 'auto').format, 'transcript');
});
