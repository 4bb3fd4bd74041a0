/**
 * Calibration of the listwise-trained claim re-ranker. Its log-odds order a query's candidates
 * but are not probabilities, and attachMatches keeps a match only at a probability of at least
 * `minScore`. So P(match) is fitted on the training candidates from the log-odds, the gap to the
 * query's best candidate and whether the candidate is the best (Platt scaling with the pool
 * beside it), and folded into the model file. Without the pool terms a runner-up that shared many
 * words passed the threshold as readily as the candidate that beat it: in 5-fold CV over the
 * training tweets, the attachMatches filter (top 3, probability 0.5, coverage 0.4) kept matches
 * of which 82% were right against 92% with the pointwise model; with them, 92% again.
 */
import type { LogisticModel } from '../../src/learn/logistic-regression.ts';
import { POOL_FEATURES, logOdds, poolSlots } from '../../src/evidence/matching/claim-reranker.ts';
import type { LabelledCandidates } from './claim-matching-listwise.ts';

/** A little L2 on the calibration weights keeps Newton's method stable where the classes nearly separate. */
const RIDGE = 1e-3;

/** Log loss (plus the ridge) of a logistic model with weights `w` over rows of inputs. */
function logLoss(rows: readonly number[][], labels: readonly number[], w: readonly number[]): number {
  let loss = 0;
  rows.forEach((x, i) => {
    const t = x.reduce((sum, v, j) => sum + v * (w[j] ?? 0), 0);
    // log(1 + e^t) - y t, without overflow.
    loss += Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t))) - (labels[i] ?? 0) * t;
  });
  return loss + (RIDGE / 2) * w.reduce((sum, v) => sum + v * v, 0);
}

/** Solves the small linear system `a x = b` by Gaussian elimination with partial pivoting (null if singular). */
export function solveLinear(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = m[col]?.[col] ?? 0;
    if (Math.abs(p) < 1e-12) return null;
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const f = (m[r]?.[col] ?? 0) / p;
      for (let c = col; c <= n; c += 1) (m[r] as number[])[c] = (m[r]?.[c] ?? 0) - f * (m[col]?.[c] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** A few-parameter logistic regression by Newton's method, halving steps that do not lower the loss. */
function fitLogistic(rows: readonly number[][], labels: readonly number[], start: readonly number[]): number[] {
  let w = [...start];
  let loss = logLoss(rows, labels, w);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    const n = w.length;
    const gradient = w.map((v) => RIDGE * v);
    const hessian = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? RIDGE : 0)));
    rows.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, v, j) => sum + v * (w[j] ?? 0), 0)));
      const r = p - (labels[i] ?? 0);
      for (let j = 0; j < n; j += 1) {
        gradient[j] = (gradient[j] ?? 0) + r * (x[j] ?? 0);
        for (let k = 0; k < n; k += 1) (hessian[j] as number[])[k] = (hessian[j]?.[k] ?? 0) + p * (1 - p) * (x[j] ?? 0) * (x[k] ?? 0);
      }
    });
    const step = solveLinear(hessian, gradient);
    if (step === null) break;
    // A full Newton step can overshoot far from the optimum.
    let size = 1;
    while (size > 1e-6 && logLoss(rows, labels, w.map((v, j) => v - size * (step[j] ?? 0))) > loss) size /= 2;
    if (size <= 1e-6) break;
    w = w.map((v, j) => v - size * (step[j] ?? 0));
    const next = logLoss(rows, labels, w);
    const converged = loss - next < 1e-9 * loss;
    loss = next;
    if (converged) break;
  }
  return w;
}

/**
 * `model` calibrated on every candidate of `queries`: P(match) = sigmoid(a z + b (z - best) +
 * d [z = best] + c), where z is the model's log-odds and best the highest z among the query's
 * candidates. `a` and `c` are folded into the weights (the order stays the same), and `b / a` and
 * `d` become the weights of {@link POOL_FEATURES}, which rerankScores() reads.
 */
export function calibrated(model: LogisticModel, queries: readonly LabelledCandidates[]): LogisticModel {
  const [gapSlot, bestSlot] = poolSlots(model.bits);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const { relevant, set } of queries) {
    const vectors = set.features.map((f) => f.toVector(model.bits));
    if (vectors.some((v) => v.indices.includes(gapSlot) || v.indices.includes(bestSlot))) throw new Error(`a feature shares a slot with ${POOL_FEATURES.join(' or ')}: change the hash bits`);
    const odds = vectors.map((v) => logOdds(model, v));
    const best = Math.max(...odds);
    odds.forEach((z, i) => {
      rows.push([z, z - best, z === best ? 1 : 0, 1]);
      labels.push(relevant[i] === true ? 1 : 0);
    });
  }
  // Started from zero (every probability 0.5): the listwise scores carry an arbitrary offset, and
  // from slope 1 they would start saturated, where Newton steps go nowhere.
  const [a = 1, b = 0, d = 0, c = 0] = fitLogistic(rows, labels, [0, 0, 0, 0]);
  // A slope at or below zero would reverse the learned order: a model that bad is left as it is.
  if (!(a > 0)) return model;
  const weights = model.weights.map((row) => row.map((w) => w * a));
  // Stored as the difference of the two rows, as the rest of the model is read.
  (weights[1] as Float32Array)[gapSlot] = b / a + (weights[0]?.[gapSlot] ?? 0);
  (weights[1] as Float32Array)[bestSlot] = d + (weights[0]?.[bestSlot] ?? 0);
  return { ...model, weights, bias: Float64Array.from([(model.bias[0] ?? 0) * a, (model.bias[1] ?? 0) * a + c]) };
}
