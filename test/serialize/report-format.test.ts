import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../../src/model/analysis-schema.ts';
import { formatQuantityValue, formatScore, formatTimeValue } from '../../src/serialize/report-format.ts';

const quantity = (fields: Partial<Quantity>): Quantity => ({
  text: 'x',
  start: 0,
  end: 1,
  value: null,
  min: null,
  max: null,
  unit: null,
  counted: null,
  approximate: false,
  ...fields,
});

test('formats a quantity as its value, its range, or its open bound, with unit and counted noun', () => {
  const cases: [Partial<Quantity>, string][] = [
    [{ value: 1400000, min: 1400000, max: 1400000, unit: 'people', counted: 'Afghan refugees', approximate: true }, '≈1,400,000 people (Afghan refugees)'],
    [{ min: 5, max: 15, unit: 'percent' }, '5–15 percent'],
    [{ value: 20000, min: 10000, max: 99999, approximate: true }, '≈20,000 (10,000–99,999)'],
    [{ min: 500, unit: 'people' }, '≥ 500 people'],
    [{ max: 20, unit: 'km' }, '≤ 20 km'],
    [{ value: 0.25, min: 0.25, max: 0.25, unit: 'USD' }, '0.25 USD'],
    [{}, '?'],
  ];
  for (const [fields, expected] of cases) assert.equal(formatQuantityValue(quantity(fields)), expected);
});

test('formats a time span as one date or a from – to range', () => {
  assert.equal(formatTimeValue({ text: 'in 2019', start: 0, end: 7, from: '2019', to: '2019' }), '2019');
  assert.equal(formatTimeValue({ text: 'early 2019', start: 0, end: 10, from: '2019-01', to: '2019-04' }), '2019-01 – 2019-04');
});

test('signs stance scores and never prints a negative zero', () => {
  assert.deepEqual([0.68, -0.4, 0, -0.001].map(formatScore), ['+0.68', '-0.40', '0.00', '0.00']);
});
