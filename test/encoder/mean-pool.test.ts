import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meanPool } from '../../src/encoder/mean-pool.ts';

test('averages only the tokens the mask keeps, then scales to unit length', () => {
  // Two texts, three positions, two dimensions; the second text's last position is padding.
  const hidden = Float32Array.from([3, 0, 0, 4, 3, 4, /* text 2 */ 1, 0, 1, 0, -50, 99]);
  const rows = meanPool(hidden, [2, 3, 2], BigInt64Array.from([1n, 1n, 1n, 1n, 1n, 0n]));
  assert.deepEqual(
    rows.map((r) => [...r].map((x) => Math.round(x * 1000) / 1000)),
    [
      [0.6, 0.8],
      [1, 0],
    ],
  );
});

test('leaves a text without real tokens as zeros instead of dividing by zero', () => {
  const rows = meanPool(Float32Array.from([1, 2, 3, 4]), [1, 2, 2], [0, 0]);
  assert.deepEqual([...(rows[0] ?? [])], [0, 0]);
});

test('refuses a hidden state that does not fit its shape or mask', () => {
  assert.throws(() => meanPool(new Float32Array(5), [1, 2, 2], [1, 1]), /does not fit/);
  assert.throws(() => meanPool(new Float32Array(4), [1, 4], [1, 1]), /does not fit/);
});
