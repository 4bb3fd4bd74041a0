/**
 * Listwise training of the claim re-ranker. Each query has about one relevant fact-check among
 * 50 candidates, and what matters is only that it outranks the others of the same query. So the
 * model is a linear score over a candidate's features, and its loss is the softmax cross-entropy
 * of the query's candidates: -log of the share of exp(score) that falls on the relevant ones
 * (ListNet with one relevant item; a linear model's loss is convex). Against the pairwise loss it
 * replaced (every relevant-irrelevant pair as a logistic example, fitted by SGD), it puts the
 * weight on the candidates that compete with the relevant one rather than on the many that never
 * do: 5-fold CV MAP@5 over the training tweets 0.8873 against 0.8854 (mean of six splits, five of
 * them higher; bench/claim-matching-cv.ts).
 *
 * The re-ranker has about sixty distinct features, so the loss is minimised by Newton's method
 * (the Hessian is the feature covariance under the softmax), with step halving: no learning rate,
 * no epochs, no shuffling, and the same weights on every run. The weights become a two-class
 * {@link LogisticModel} (class 1 gets them, class 0 zeros), whose log-odds are the score, so the
 * calibration (claim-matching-calibration.ts) and the shipped model file stay as they were.
 */
import type { SparseVector } from '../../src/learn/feature-hashing.ts';
import type { LogisticModel } from '../../src/learn/logistic-regression.ts';
import type { CandidateSet } from '../../src/evidence/matching/match-claims.ts';
import { solveLinear } from './claim-matching-calibration.ts';

/** A query's candidates with which of them are relevant. */
export interface LabelledCandidates {
  readonly relevant: readonly boolean[];
  readonly set: CandidateSet;
}

export interface ListwiseOptions {
  readonly labels: readonly string[];
  readonly bits: number;
  /** L2 strength on the weights, against the loss summed over queries. */
  readonly l2: number;
  /** At most this many Newton steps (on the CLEF training tweets it converges in about a dozen). */
  readonly iterations: number;
}

/** One query as dense rows over the features seen in training, with its relevance labels. */
interface DenseQuery {
  readonly rows: readonly Float64Array[];
  readonly relevant: readonly boolean[];
}

function dot(w: Float64Array, x: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < x.length; j += 1) sum += (w[j] as number) * (x[j] as number);
  return sum;
}

/** The softmax over a query's scores, and the same restricted to its relevant candidates. */
function softmaxes(scores: readonly number[], relevant: readonly boolean[]): { all: number[]; rel: number[]; loss: number } {
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const z = e.reduce((a, b) => a + b, 0);
  const zr = e.reduce((a, b, i) => a + (relevant[i] === true ? b : 0), 0);
  return { all: e.map((x) => x / z), rel: e.map((x, i) => (relevant[i] === true ? x / zr : 0)), loss: Math.log(z) - Math.log(zr) };
}

function lossOf(queries: readonly DenseQuery[], w: Float64Array, l2: number): number {
  let loss = 0;
  for (const { rows, relevant } of queries) loss += softmaxes(rows.map((x) => dot(w, x)), relevant).loss;
  return loss + (l2 / 2) * dot(w, w);
}

/**
 * The listwise model of `queries` (only those with both a relevant and an irrelevant candidate
 * teach anything; deterministic for the same queries and options).
 */
export function trainListwise(queries: readonly LabelledCandidates[], options: ListwiseOptions): LogisticModel {
  const size = 2 ** options.bits;
  const useful = queries.filter(({ relevant }) => relevant.includes(true) && relevant.includes(false));
  const vectors: SparseVector[][] = useful.map(({ set }) => set.features.map((f) => f.toVector(options.bits)));
  // Dense columns for the slots in use, in slot order (so the result never depends on the order met).
  const used = new Set<number>();
  for (const query of vectors) for (const v of query) for (const slot of v.indices) used.add(slot);
  const slots = [...used].sort((a, b) => a - b);
  const column = new Map(slots.map((slot, j) => [slot, j]));
  const d = slots.length;
  const dense: DenseQuery[] = useful.map(({ relevant }, q) => ({
    relevant,
    rows: (vectors[q] as SparseVector[]).map((v) => {
      const x = new Float64Array(d);
      v.indices.forEach((slot, k) => {
        const j = column.get(slot) as number;
        x[j] = (x[j] as number) + (v.values[k] as number);
      });
      return x;
    }),
  }));

  let w = new Float64Array(d);
  let loss = lossOf(dense, w, options.l2);
  for (let iteration = 0; iteration < options.iterations && d > 0; iteration += 1) {
    const gradient = w.map((v) => options.l2 * v);
    const hessian = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? options.l2 : 0)));
    for (const { rows, relevant } of dense) {
      const { all, rel } = softmaxes(rows.map((x) => dot(w, x)), relevant);
      // Gradient: E_softmax[x] - E_relevant[x]. Hessian: the covariance of x under the softmax
      // (exact with one relevant candidate; with several it bounds the true one from above).
      const expected = new Float64Array(d);
      rows.forEach((x, i) => {
        const p = all[i] as number;
        const r = p - (rel[i] as number);
        for (let j = 0; j < d; j += 1) {
          gradient[j] = (gradient[j] as number) + r * (x[j] as number);
          expected[j] = (expected[j] as number) + p * (x[j] as number);
        }
      });
      rows.forEach((x, i) => {
        const p = all[i] as number;
        if (p < 1e-12) return;
        const centred = x.map((v, j) => v - (expected[j] as number));
        for (let j = 0; j < d; j += 1) {
          const a = p * (centred[j] as number);
          if (a === 0) continue;
          const row = hessian[j] as number[];
          for (let k = 0; k < d; k += 1) row[k] = (row[k] as number) + a * (centred[k] as number);
        }
      });
    }
    const step = solveLinear(hessian, [...gradient]);
    if (step === null) break;
    let size = 1;
    let next = w;
    let nextLoss = loss;
    while (size > 1e-6) {
      next = w.map((v, j) => v - size * (step[j] ?? 0));
      nextLoss = lossOf(dense, next, options.l2);
      if (nextLoss <= loss) break;
      size /= 2;
    }
    if (size <= 1e-6) break;
    const converged = loss - nextLoss < 1e-9 * loss;
    w = next;
    loss = nextLoss;
    if (converged) break;
  }

  const match = new Float32Array(size);
  slots.forEach((slot, j) => (match[slot] = w[j] as number));
  return { labels: [...options.labels], bits: options.bits, weights: [new Float32Array(size), match], bias: new Float64Array(options.labels.length) };
}
