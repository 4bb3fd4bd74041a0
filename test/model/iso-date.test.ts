import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDatePrefix } from '../../src/model/iso-date.ts';

test('accepts a year, a year-month and a calendar date, and refuses days the calendar lacks', () => {
  assert.deepEqual(
    ['2021', '2021-07', '2021-07-14', '2020-02-29'].map(isIsoDatePrefix),
    [true, true, true, true],
  );
  assert.deepEqual(
    ['2021-02-29', '2020-02-31', '2021-04-31', '2021-13', '21-07', 'July 2021', '2021-7'].map(isIsoDatePrefix),
    [false, false, false, false, false, false, false],
  );
});
