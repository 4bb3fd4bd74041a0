import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import type { Cue } from '../../src/model/analysis-schema.ts';

/** Each unit's text, whether it concedes, and why. */
function concessions(text: string): { text: string; concession: boolean; cues: Cue[] }[] {
  return analyze(text, { format: 'text' }).units.map((u) => ({ text: u.text, concession: u.concession, cues: u.cues.concession }));
}

test('marks a unit that opens with "Admittedly" as a concession, citing the marker', () => {
  assert.deepEqual(concessions('Admittedly, the new line cost more than planned.'), [
    {
      text: 'Admittedly, the new line cost more than planned.',
      concession: true,
      cues: [{ source: 'marker', text: 'opens with "Admittedly"', weight: 1 }],
    },
  ]);
});

test('marks the "That\'s not to say X" half as the concession and not the "but Y" half', () => {
  const units = concessions("That's not to say the tax is perfect, but it is the best option we have.");
  assert.deepEqual(
    units.map((u) => ({ text: u.text, concession: u.concession, sources: u.cues.map((c) => c.source) })),
    [
      { text: "That's not to say the tax is perfect", concession: true, sources: ['marker'] },
      { text: 'but it is the best option we have.', concession: false, sources: [] },
    ],
  );
});

test('marks the "Though X" clause as the concession and not the main clause', () => {
  assert.deepEqual(concessions('Though the scheme is expensive, it will pay for itself within a decade.'), [
    { text: 'Though the scheme is expensive', concession: true, cues: [{ source: 'marker', text: 'opens with "Though"', weight: 1 }] },
    { text: 'it will pay for itself within a decade.', concession: false, cues: [] },
  ]);
});

test('marks a hedged clause answered by "but" in the same sentence as a concession', () => {
  assert.deepEqual(concessions('The plan may look costly, but it saves money over ten years.'), [
    {
      text: 'The plan may look costly',
      concession: true,
      cues: [{ source: 'pattern', text: '"may" … answered by "but"', weight: 0.8 }],
    },
    { text: 'but it saves money over ten years.', concession: false, cues: [] },
  ]);
});

test('does not mark a plain contrast without a granting word as a concession', () => {
  assert.deepEqual(concessions('The buses are always full, but the trams run empty.'), [
    { text: 'The buses are always full', concession: false, cues: [] },
    { text: 'but the trams run empty.', concession: false, cues: [] },
  ]);
});

test('marks "Some argue that …" as granting the other side a point', () => {
  assert.deepEqual(concessions('Some argue that the tax hurts the poor.'), [
    { text: 'Some argue that the tax hurts the poor.', concession: true, cues: [{ source: 'marker', text: 'opens with "Some argue"', weight: 1 }] },
  ]);
});

test('does not read a hedge in the next sentence as answering this one', () => {
  assert.deepEqual(
    concessions('Fares may rise next year. But ridership keeps growing.').map((u) => u.concession),
    [false, false],
  );
});
