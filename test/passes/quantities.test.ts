import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import type { Quantity } from '../../src/model/analysis-schema.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { findQuantities } from '../../src/passes/quantities.ts';
import { findTimes } from '../../src/passes/times.ts';

/** The quantities of one sentence, with time expressions taken out first as the pipeline does. */
function quantities(sentence: string): Quantity[] {
  const { tokens } = tokenize(sentence);
  const taken = new Set<number>();
  for (const time of findTimes(tokens, 0, tokens.length)) {
    for (let t = time.first; t < time.end; t += 1) taken.add(t);
  }
  return findQuantities(tokens, 0, tokens.length, taken, sentence);
}

/** The expected quantity covering the first occurrence of `text` in `sentence`. */
function quantity(sentence: string, text: string, fields: Omit<Quantity, 'text' | 'start' | 'end'>): Quantity {
  const start = sentence.indexOf(text);
  assert.ok(start >= 0, `"${text}" is not in "${sentence}"`);
  return { text, start, end: start + text.length, ...fields };
}

test('reads "1,248 participants" as an exact count of people, counting participants', () => {
  const s = 'The trial enrolled 1,248 participants.';
  assert.deepEqual(quantities(s), [
    quantity(s, '1,248', { value: 1248, min: 1248, max: 1248, unit: 'people', counted: 'participants', approximate: false }),
  ]);
});

test('reads "$755.8 billion" as a decimal scaled to dollars', () => {
  const s = 'The defence budget is $755.8 billion.';
  assert.deepEqual(quantities(s), [
    quantity(s, '$755.8 billion', { value: 755.8e9, min: 755.8e9, max: 755.8e9, unit: 'USD', counted: null, approximate: false }),
  ]);
});

test('reads "1.4-1.8 million refugees" as a range of people with no single value', () => {
  const s = 'The camps hold 1.4-1.8 million refugees.';
  assert.deepEqual(quantities(s), [
    quantity(s, '1.4-1.8 million', { value: null, min: 1.4e6, max: 1.8e6, unit: 'people', counted: 'refugees', approximate: false }),
  ]);
});

test('reads "between $180 and $230 million" as one range, scaling the lower end too', () => {
  const s = 'The tunnel will cost between $180 and $230 million.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'between $180 and $230 million', { value: null, min: 180e6, max: 230e6, unit: 'USD', counted: null, approximate: false }),
  ]);
});

test('reads "$11k to $19k" as one range, even at the end of a sentence', () => {
  const s = 'Starting salaries range from $11k to $19k.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'from $11k to $19k', { value: null, min: 11000, max: 19000, unit: 'USD', counted: null, approximate: false }),
  ]);
});

test('reads "five to ten minutes" as a range of spelled-out numbers with a unit', () => {
  const s = 'The check takes five to ten minutes.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'five to ten minutes', { value: null, min: 5, max: 10, unit: 'minutes', counted: null, approximate: false }),
  ]);
});

test('reads "tens of thousands of civilians" as a vague count from 10000 to 99999', () => {
  const s = 'Tens of thousands of civilians fled the shelling.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'Tens of thousands', { value: null, min: 10000, max: 99999, unit: 'people', counted: 'civilians', approximate: true }),
  ]);
});

test('reads "hundreds of millions of dollars" as a vague sum of money', () => {
  const s = 'Hundreds of millions of dollars were wasted.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'Hundreds of millions of dollars', { value: null, min: 1e8, max: 999999999, unit: 'USD', counted: null, approximate: true }),
  ]);
});

test('reads "more than 500 km" as a lower bound with no max', () => {
  const s = 'The pipeline runs more than 500 km.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'more than 500 km', { value: 500, min: 500, max: null, unit: 'km', counted: null, approximate: true }),
  ]);
});

test('reads "under nine months" as an upper bound with no min', () => {
  const s = 'The depot was rebuilt in under nine months.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'under nine months', { value: 9, min: null, max: 9, unit: 'months', counted: null, approximate: true }),
  ]);
});

test('reads "about 40 people" as an approximate count', () => {
  const s = 'About 40 people came to the meeting.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'About 40', { value: 40, min: 40, max: 40, unit: 'people', counted: 'people', approximate: true }),
  ]);
});

test('reads "62 percent" and "12%" as percentages', () => {
  const s = 'Turnout was 62 percent, up 12% on the last vote.';
  assert.deepEqual(quantities(s), [
    quantity(s, '62 percent', { value: 62, min: 62, max: 62, unit: 'percent', counted: null, approximate: false }),
    quantity(s, '12%', { value: 12, min: 12, max: 12, unit: 'percent', counted: null, approximate: false }),
  ]);
});

test('names what a percentage counts only through "of": "45% of voters"', () => {
  const s = 'In the end 45% of voters stayed home.';
  assert.deepEqual(quantities(s), [
    quantity(s, '45%', { value: 45, min: 45, max: 45, unit: 'percent', counted: 'voters', approximate: false }),
  ]);
});

test('reads spelled-out numbers: "twenty-five students", "half a million jobs", "a dozen shops"', () => {
  const s = 'Twenty-five students failed, half a million jobs went and a dozen shops closed.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'Twenty-five', { value: 25, min: 25, max: 25, unit: 'people', counted: 'students', approximate: false }),
    quantity(s, 'half a million', { value: 500000, min: 500000, max: 500000, unit: null, counted: 'jobs', approximate: false }),
    quantity(s, 'a dozen', { value: 12, min: 12, max: 12, unit: null, counted: 'shops', approximate: false }),
  ]);
});

test('reads "3.5 m" as metres and "£3.5m" as millions of pounds', () => {
  const s = 'The wall is 3.5 m high and cost £3.5m to build.';
  assert.deepEqual(quantities(s), [
    quantity(s, '3.5 m', { value: 3.5, min: 3.5, max: 3.5, unit: 'm', counted: null, approximate: false }),
    quantity(s, '£3.5m', { value: 3.5e6, min: 3.5e6, max: 3.5e6, unit: 'GBP', counted: null, approximate: false }),
  ]);
});

test('does not count a year as a quantity', () => {
  const s = 'In 2019 the town had 300 houses.';
  assert.deepEqual(quantities(s), [
    quantity(s, '300', { value: 300, min: 300, max: 300, unit: null, counted: 'houses', approximate: false }),
  ]);
});

test('counts a four-digit number that counts people, even after "more than"', () => {
  const s = 'More than 1500 people signed the petition.';
  assert.deepEqual(quantities(s), [
    quantity(s, 'More than 1500', { value: 1500, min: 1500, max: null, unit: 'people', counted: 'people', approximate: true }),
  ]);
});

test('reports a figure with neither unit nor counted thing as a quantity/no-unit diagnostic', () => {
  const text = 'We need 12 more before spring.';
  const analysis = analyze(text, { format: 'text' });
  assert.deepEqual(
    analysis.diagnostics.filter((d) => d.rule === 'quantity/no-unit'),
    [{ rule: 'quantity/no-unit', severity: 'info', message: '"12" in u1 names no unit or counted thing', start: 8, end: 10 }],
  );
});

test('gives no quantity/no-unit diagnostic when the figure names what it counts', () => {
  const analysis = analyze('The trial enrolled 1,248 participants in 2019.', { format: 'text' });
  assert.deepEqual(analysis.diagnostics, []);
});

test('a day of a month or an hour of the clock is no count', () => {
  for (const s of ['The council will vote on June 12.', 'The meeting is on 12 June.', 'The polls open at 7 a.m. and close at 8 pm.']) {
    assert.deepEqual(quantities(s), [], s);
  }
  // After a month, a number followed by what it counts is still a count.
  for (const [s, count] of [['In May 5 people died in the floods.', '5'], ['By April 20 percent of voters had left.', '20 percent'], ['In March 3 hospitals closed.', '3']] as const) {
    assert.deepEqual(quantities(s).map((q) => q.text), [count], s);
  }
});
