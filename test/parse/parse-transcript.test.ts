import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { looksLikeTranscript, parseTranscript } from '../../src/parse/parse-transcript.ts';

const DEBATE = [
  'MODERATOR: Welcome to the debate.',
  'SENATOR HALE: Thank you.',
  'I want to say more.',
  '',
  'Dr. Ruth Okafor: The figures are wrong.',
].join('\n');

test('opens a turn at each NAME: label and keeps the speaker', () => {
  assert.deepEqual(parseTranscript(DEBATE).blocks, [
    { start: 0, contentStart: 11, end: 33, kind: 'turn', speaker: 'MODERATOR', listMarker: null },
    { start: 34, contentStart: 48, end: 78, kind: 'turn', speaker: 'SENATOR HALE', listMarker: null },
    { start: 80, contentStart: 97, end: 119, kind: 'turn', speaker: 'Dr. Ruth Okafor', listMarker: null },
  ]);
});

test('blanks the labels out of the plain text so they are never read as speech', () => {
  const doc = parseTranscript(DEBATE);
  assert.equal(doc.format, 'transcript');
  assert.equal(doc.plain.length, DEBATE.length);
  assert.equal(doc.plain, '           Welcome to the debate.\n              Thank you.\nI want to say more.\n\n                 The figures are wrong.');
});

test('continues a turn on lines without a label', () => {
  const doc = parseTranscript(DEBATE);
  const second = doc.blocks[1];
  assert.equal(second === undefined ? null : DEBATE.slice(second.contentStart, second.end), 'Thank you.\nI want to say more.');
});

test('keeps unlabelled lines before the first label as a turn without a speaker', () => {
  assert.deepEqual(
    parseTranscript('Transcript of the hearing\nCHAIR: We begin.').blocks.map((b) => b.speaker),
    [null, 'CHAIR'],
  );
});

test('does not read a sentence with a colon as a speaker label', () => {
  assert.deepEqual(
    parseTranscript('The mayor said: we will see.').blocks.map((b) => b.speaker),
    [null],
  );
});

test('recognises a transcript when most lines, and at least two, carry speaker labels', () => {
  assert.equal(looksLikeTranscript(DEBATE), true);
  assert.equal(looksLikeTranscript('Q: Why?\nA: Because.'), true);
  assert.equal(looksLikeTranscript('Note: one label only.\nThe rest is prose.'), false);
  assert.equal(looksLikeTranscript('Pros: cheap.\nCons: slow.\nOverall it works well.\nI would buy it again.\nIt ships fast.'), false);
});

test('in analyze(), gives each unit the speaker of its turn and never runs a sentence across turns', () => {
  const analysis = analyze('HALE: Fees will cut congestion\nOKAFOR: They will not. Shops will close.', { format: 'transcript' });
  assert.deepEqual(
    analysis.units.map((u) => [u.speaker, u.text]),
    [
      ['HALE', 'Fees will cut congestion'],
      ['OKAFOR', 'They will not.'],
      ['OKAFOR', 'Shops will close.'],
    ],
  );
});
