import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { firstTokenAtOrAfter } from '../../src/passes/segment-sentences.ts';

test('finds the first token at or after an offset by binary search', () => {
  const tokens = [{ start: 0 }, { start: 4 }, { start: 9 }];
  assert.equal(firstTokenAtOrAfter(tokens, 0), 0);
  assert.equal(firstTokenAtOrAfter(tokens, 4), 1);
  assert.equal(firstTokenAtOrAfter(tokens, 5), 2);
  assert.equal(firstTokenAtOrAfter(tokens, 10), 3);
  assert.equal(firstTokenAtOrAfter(tokens, 0, 2), 2);
});

test('makes each block a paragraph and never runs a sentence across two blocks', () => {
  const text = 'Why trams matter\nCities grow. Roads fill up\n\n1) Trams are clean\n2) They are quiet.';
  const analysis = analyze(text, { format: 'text' });
  assert.deepEqual(
    analysis.paragraphs.map((p) => ({ id: p.id, text: text.slice(p.start, p.end) })),
    [
      { id: 'p1', text: 'Why trams matter' },
      { id: 'p2', text: 'Cities grow. Roads fill up' },
      { id: 'p3', text: '1) Trams are clean' },
      { id: 'p4', text: '2) They are quiet.' },
    ],
  );
  assert.deepEqual(
    analysis.sentences.map((s) => ({ id: s.id, paragraph: s.paragraph, text: text.slice(s.start, s.end) })),
    [
      { id: 's1', paragraph: 'p1', text: 'Why trams matter' },
      { id: 's2', paragraph: 'p2', text: 'Cities grow.' },
      { id: 's3', paragraph: 'p2', text: 'Roads fill up' },
      { id: 's4', paragraph: 'p3', text: 'Trams are clean' },
      { id: 's5', paragraph: 'p4', text: 'They are quiet.' },
    ],
  );
});

test('gives a list item\'s marker to its first unit only', () => {
  const analysis = analyze('1) Trams are clean. They are also quiet.', { format: 'text' });
  assert.deepEqual(
    analysis.units.map((u) => u.listMarker),
    ['1)', null],
  );
});

test('warns about an empty text and finds nothing in it', () => {
  const analysis = analyze(' \n ', { format: 'text' });
  assert.deepEqual(
    { paragraphs: analysis.paragraphs, sentences: analysis.sentences, units: analysis.units, diagnostics: analysis.diagnostics },
    {
      paragraphs: [],
      sentences: [],
      units: [],
      diagnostics: [{ rule: 'input/empty', severity: 'warning', message: 'the input has no text to analyse' }],
    },
  );
});
