import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUnits } from '../../src/analyze.ts';
import { parseUnits, UNIT_SEPARATOR } from '../../src/parse/parse-units.ts';

test('joins the units with blank lines and makes each one block, keeping its speaker', () => {
  const doc = parseUnits([{ text: 'First unit. Two sentences.' }, { text: 'Second one', speaker: 'A' }]);
  assert.equal(UNIT_SEPARATOR, '\n\n');
  assert.deepEqual(doc, {
    format: 'units',
    text: 'First unit. Two sentences.\n\nSecond one',
    plain: 'First unit. Two sentences.\n\nSecond one',
    blocks: [
      { start: 0, contentStart: 0, end: 26, kind: 'unit', speaker: null, listMarker: null },
      { start: 28, contentStart: 28, end: 38, kind: 'unit', speaker: 'A', listMarker: null },
    ],
  });
});

test('gives an empty document for no units', () => {
  assert.deepEqual(parseUnits([]), { format: 'units', text: '', plain: '', blocks: [] });
});

test('in analyzeUnits(), makes exactly one unit per input unit, in order, never re-split', () => {
  const input = [
    { text: 'We should close the road because traffic has doubled. It is noisy too.', speaker: 'HALE' },
    { text: '  Padded unit with spaces.  ' },
    { text: 'Though it is cheap, it is slow.', speaker: 'OKAFOR' },
  ];
  const analysis = analyzeUnits(input);
  assert.equal(analysis.format, 'units');
  assert.deepEqual(
    analysis.units.map((u) => ({ id: u.id, text: u.text, speaker: u.speaker })),
    [
      { id: 'u1', text: input[0]?.text, speaker: 'HALE' },
      { id: 'u2', text: input[1]?.text, speaker: null },
      { id: 'u3', text: input[2]?.text, speaker: 'OKAFOR' },
    ],
  );
  assert.deepEqual(
    analysis.sentences.map((s) => analysis.text.slice(s.start, s.end)),
    input.map((u) => u.text),
  );
});
