/**
 * Multinomial logistic regression over hashed sparse features, trained with AdaGrad SGD, L2
 * regularisation and weight averaging. Deterministic: the same examples, options and seed give
 * the same weights, bit for bit.
 */
import type { SparseVector } from './feature-hashing.ts';

export interface Example {
  readonly vector: SparseVector;
  /** Index into the model's labels. */
  readonly label: number;
  /** Weight of the example in the loss (class balancing), default 1. */
  readonly weight?: number;
}

export interface TrainOptions {
  readonly labels: readonly string[];
  readonly bits: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 strength per example update. */
  readonly l2: number;
  readonly seed: number;
  /** Average the weights over all updates (smoother, usually better on held-out data). */
  readonly average: boolean;
}

export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, 'labels' | 'bits'> = Object.freeze({
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-6,
  seed: 1,
  average: true,
});

/** A trained model: one weight row and bias per label. */
export interface LogisticModel {
  readonly labels: readonly string[];
  readonly bits: number;
  /** `weights[c][slot]`. */
  readonly weights: readonly Float32Array[];
  readonly bias: Float64Array;
}

/** mulberry32: a tiny seeded PRNG, so shuffles are reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Raw class scores of `vector` under the given weights. */
function scores(weights: readonly Float32Array[], bias: Float64Array, vector: SparseVector, out: Float64Array): void {
  for (let c = 0; c < weights.length; c += 1) {
    const row = weights[c] as Float32Array;
    let z = bias[c] ?? 0;
    for (let k = 0; k < vector.indices.length; k += 1) z += (row[vector.indices[k] as number] ?? 0) * (vector.values[k] ?? 0);
    out[c] = z;
  }
}

/** Softmax in place, numerically stable. */
function softmax(values: Float64Array): void {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) {
    values[i] = Math.exp((values[i] ?? 0) - max);
    sum += values[i] ?? 0;
  }
  for (let i = 0; i < values.length; i += 1) values[i] = (values[i] ?? 0) / sum;
}

/** Trains a model on `examples`. */
export function train(examples: readonly Example[], options: TrainOptions): LogisticModel {
  const classes = options.labels.length;
  const size = 2 ** options.bits;
  const weights = Array.from({ length: classes }, () => new Float32Array(size));
  const bias = new Float64Array(classes);
  const gradSquares = Array.from({ length: classes }, () => new Float32Array(size).fill(1e-8));
  const biasSquares = new Float64Array(classes).fill(1e-8);
  // Averaging by the "lazy sum" trick: keep sum of t * update, then subtract at the end.
  const weightedSums = options.average ? Array.from({ length: classes }, () => new Float32Array(size)) : [];
  const biasSums = new Float64Array(classes);
  const order = examples.map((_, i) => i);
  const next = random(options.seed);
  const probabilities = new Float64Array(classes);
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const example = examples[index] as Example;
      const { vector } = example;
      const weight = example.weight ?? 1;
      scores(weights, bias, vector, probabilities);
      softmax(probabilities);
      for (let c = 0; c < classes; c += 1) {
        const error = ((probabilities[c] ?? 0) - (c === example.label ? 1 : 0)) * weight;
        if (error === 0) continue;
        const row = weights[c] as Float32Array;
        const squares = gradSquares[c] as Float32Array;
        const sums = weightedSums[c];
        for (let k = 0; k < vector.indices.length; k += 1) {
          const slot = vector.indices[k] as number;
          const g = error * (vector.values[k] ?? 0) + options.l2 * (row[slot] ?? 0);
          squares[slot] = (squares[slot] ?? 0) + g * g;
          const delta = (options.learningRate * g) / Math.sqrt(squares[slot] ?? 1);
          row[slot] = (row[slot] ?? 0) - delta;
          if (sums !== undefined) sums[slot] = (sums[slot] ?? 0) - step * delta;
        }
        biasSquares[c] = (biasSquares[c] ?? 0) + error * error;
        const biasDelta = (options.learningRate * error) / Math.sqrt(biasSquares[c] ?? 1);
        bias[c] = (bias[c] ?? 0) - biasDelta;
        biasSums[c] = (biasSums[c] ?? 0) - step * biasDelta;
      }
      step += 1;
    }
  }
  if (options.average) {
    for (let c = 0; c < classes; c += 1) {
      const row = weights[c] as Float32Array;
      const sums = weightedSums[c] as Float32Array;
      for (let slot = 0; slot < size; slot += 1) row[slot] = (row[slot] ?? 0) - (sums[slot] ?? 0) / step;
      bias[c] = (bias[c] ?? 0) - (biasSums[c] ?? 0) / step;
    }
  }
  return { labels: [...options.labels], bits: options.bits, weights, bias };
}

/** Class probabilities of `vector`, in the order of `model.labels`. */
export function predict(model: LogisticModel, vector: SparseVector): Float64Array {
  const out = new Float64Array(model.labels.length);
  scores(model.weights, model.bias, vector, out);
  softmax(out);
  return out;
}

/** The contribution of each slot of `vector` to class `c`'s score, for explaining a decision. */
export function contributions(model: LogisticModel, vector: SparseVector, c: number): Float64Array {
  const row = model.weights[c] as Float32Array;
  const out = new Float64Array(vector.indices.length);
  for (let k = 0; k < vector.indices.length; k += 1) out[k] = (row[vector.indices[k] as number] ?? 0) * (vector.values[k] ?? 0);
  return out;
}
