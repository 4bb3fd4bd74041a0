import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SparseMatrix } from '../../src/learn/truncated-svd.ts';
import { symmetricEigen, truncatedSvd } from '../../src/learn/truncated-svd.ts';

/** A dense row-major matrix as the sparse form, zeros left out. */
function sparse(rows: readonly (readonly number[])[]): SparseMatrix {
  const row: number[] = [];
  const col: number[] = [];
  const value: number[] = [];
  rows.forEach((r, i) =>
    r.forEach((x, j) => {
      if (x === 0) return;
      row.push(i);
      col.push(j);
      value.push(x);
    }),
  );
  return { rows: rows.length, cols: rows[0]?.length ?? 0, row: Int32Array.from(row), col: Int32Array.from(col), value: Float64Array.from(value) };
}

test('Jacobi finds the eigenvalues and eigenvectors of a symmetric matrix', () => {
  const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
  assert.deepEqual([...values].map((v) => Math.round(v * 1e9) / 1e9).sort(), [1, 3, 5]);
  // Each column is an eigenvector: A v = λ v.
  const a = [
    [2, 1, 0],
    [1, 2, 0],
    [0, 0, 5],
  ];
  for (let k = 0; k < 3; k += 1) {
    for (let i = 0; i < 3; i += 1) {
      const av = (a[i] as number[]).reduce((sum, x, j) => sum + x * (vectors[j * 3 + k] as number), 0);
      assert.ok(Math.abs(av - (values[k] as number) * (vectors[i * 3 + k] as number)) < 1e-9);
    }
  }
});

// Rank 2: 3·(1,1,0,0)ᵀ(1,0,1) plus (0,0,1,1)ᵀ(0,1,0), from orthogonal directions.
const RANK_TWO = [
  [3, 0, 3],
  [3, 0, 3],
  [0, 1, 0],
  [0, 1, 0],
];

test('truncated SVD recovers the singular values and left vectors of a low-rank matrix, the same on every run', () => {
  const svd = truncatedSvd(sparse(RANK_TWO), { rank: 2, oversample: 1 });
  // Singular values: 3·‖(1,1)‖·‖(1,0,1)‖ = 6 and 1·‖(1,1)‖·‖(0,1,0)‖ = √2.
  assert.deepEqual([...svd.values].map((v) => Math.round(v * 1e6) / 1e6), [6, 1.414214]);
  const first = svd.left[0] as Float64Array;
  const second = svd.left[1] as Float64Array;
  const sign = Math.sign(first[0] as number);
  assert.deepEqual([...first].map((x) => Math.round(x * sign * 1e6) / 1e6 + 0), [0.707107, 0.707107, 0, 0]);
  assert.ok(Math.abs(Math.abs(second[2] as number) - Math.SQRT1_2) < 1e-6);
  assert.ok(Math.abs(second[0] as number) < 1e-6);
  assert.deepEqual(truncatedSvd(sparse(RANK_TWO), { rank: 2, oversample: 1 }), svd);
});

test('truncated SVD asks for no more directions than the matrix has', () => {
  const svd = truncatedSvd(sparse(RANK_TWO), { rank: 10 });
  assert.equal(svd.values.length, 3);
  assert.ok((svd.values[2] as number) < 1e-6);
});
