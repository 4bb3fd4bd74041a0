/**
 * Truncated SVD of a sparse matrix by the randomised range finder (Halko, Martinsson & Tropp
 * 2011): multiply by a seeded Gaussian matrix, sharpen with a few power iterations, and solve the
 * small problem that is left exactly (Jacobi). Enough for LSA over ten thousand short documents in
 * a few seconds, with no numeric library, and the same result on every run.
 */
import { random } from './logistic-regression.ts';

/** A sparse rows × cols matrix as parallel entries (row, column, value). */
export interface SparseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly row: Int32Array;
  readonly col: Int32Array;
  readonly value: Float64Array;
}

/** The leading singular values (largest first) and their left singular vectors (one array of `rows` per value). */
export interface TruncatedSvd {
  readonly values: Float64Array;
  readonly left: readonly Float64Array[];
}

export interface SvdOptions {
  readonly rank: number;
  /** Extra random directions beyond `rank`, for accuracy. */
  readonly oversample?: number;
  /** Power iterations; each brings the leading directions out more sharply. */
  readonly powers?: number;
  readonly seed?: number;
}

/**
 * Eigenvalues and eigenvectors of a symmetric n × n matrix (row-major) by cyclic Jacobi rotations.
 * The eigenvectors are the columns of `vectors` (row-major n × n); nothing is sorted.
 */
export function symmetricEigen(matrix: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) v[i * n + i] = 1;
  const at = (i: number, j: number): number => a[i * n + j] as number;
  for (let sweep = 0; sweep < 60; sweep += 1) {
    let off = 0;
    let diagonal = 0;
    for (let p = 0; p < n; p += 1) {
      diagonal += at(p, p) ** 2;
      for (let q = p + 1; q < n; q += 1) off += at(p, q) ** 2;
    }
    if (off <= 1e-24 * Math.max(diagonal, 1e-300)) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = at(p, q);
        if (apq === 0) continue;
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, n, p, q, c, s, true);
        rotate(a, n, p, q, c, s, false);
        rotate(v, n, p, q, c, s, true);
      }
    }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => at(i, i)), vectors: v };
}

/** Applies a Jacobi rotation to columns p and q (or rows p and q) of a row-major n × n matrix. */
function rotate(m: Float64Array, n: number, p: number, q: number, c: number, s: number, columns: boolean): void {
  for (let k = 0; k < n; k += 1) {
    const ip = columns ? k * n + p : p * n + k;
    const iq = columns ? k * n + q : q * n + k;
    const mp = m[ip] as number;
    const mq = m[iq] as number;
    m[ip] = c * mp - s * mq;
    m[iq] = s * mp + c * mq;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/**
 * Makes the vectors orthonormal in place (modified Gram-Schmidt, twice over for round-off). A
 * vector that is (almost) a combination of the ones before it becomes zero: scaled up to unit
 * length, its round-off would be a direction that is not orthogonal to them.
 */
function orthonormalise(vectors: readonly Float64Array[]): void {
  for (let pass = 0; pass < 2; pass += 1) {
    vectors.forEach((v, j) => {
      const before = Math.sqrt(dot(v, v));
      for (let i = 0; i < j; i += 1) {
        const u = vectors[i] as Float64Array;
        const d = dot(u, v);
        for (let r = 0; r < v.length; r += 1) v[r] = (v[r] as number) - d * (u[r] as number);
      }
      const norm = Math.sqrt(dot(v, v));
      const scale = norm > 1e-10 * before ? 1 / norm : 0;
      for (let r = 0; r < v.length; r += 1) v[r] = (v[r] as number) * scale;
    });
  }
}

/** M·X for X given as columns of length M.cols (or Mᵀ·X for columns of length M.rows). */
function multiply(m: SparseMatrix, columns: readonly Float64Array[], transposed: boolean): Float64Array[] {
  const out = columns.map(() => new Float64Array(transposed ? m.cols : m.rows));
  for (let e = 0; e < m.value.length; e += 1) {
    const to = (transposed ? m.col[e] : m.row[e]) as number;
    const from = (transposed ? m.row[e] : m.col[e]) as number;
    const x = m.value[e] as number;
    for (let j = 0; j < columns.length; j += 1) {
      const target = out[j] as Float64Array;
      target[to] = (target[to] as number) + x * ((columns[j] as Float64Array)[from] as number);
    }
  }
  return out;
}

/** The `rank` leading singular values and left singular vectors of `m`. */
export function truncatedSvd(m: SparseMatrix, options: SvdOptions): TruncatedSvd {
  const width = Math.min(options.rank + (options.oversample ?? 20), m.rows, m.cols);
  const next = random(options.seed ?? 1);
  // Box-Muller: a Gaussian test matrix finds every direction equally readily.
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  let range = multiply(
    m,
    Array.from({ length: width }, () => Float64Array.from({ length: m.cols }, gaussian)),
    false,
  );
  orthonormalise(range);
  for (let p = 0; p < (options.powers ?? 3); p += 1) {
    const back = multiply(m, range, true);
    orthonormalise(back);
    range = multiply(m, back, false);
    orthonormalise(range);
  }
  // B = Qᵀ M is small (width × cols); the eigenvectors of B Bᵀ rotate Q onto M's left singular vectors.
  const projected = multiply(m, range, true);
  const gram = new Float64Array(width * width);
  for (let i = 0; i < width; i += 1) {
    for (let j = i; j < width; j += 1) {
      const d = dot(projected[i] as Float64Array, projected[j] as Float64Array);
      gram[i * width + j] = d;
      gram[j * width + i] = d;
    }
  }
  const { values, vectors } = symmetricEigen(gram, width);
  const order = [...values.keys()].sort((a, b) => (values[b] as number) - (values[a] as number)).slice(0, Math.min(options.rank, width));
  const left = order.map((k) => {
    const u = new Float64Array(m.rows);
    range.forEach((q, i) => {
      const w = vectors[i * width + k] as number;
      for (let r = 0; r < m.rows; r += 1) u[r] = (u[r] as number) + w * (q[r] as number);
    });
    return u;
  });
  return { values: Float64Array.from(order, (k) => Math.sqrt(Math.max(0, values[k] as number))), left };
}
