/**
 * Cross-validated probabilities of a view, with nested ones for choosing anything after the
 * model (here: class offsets) without looking at the scored fold. The inner folds of outer fold
 * f are the other k − 1 outer folds; a model trained without folds f and g scores fold g for
 * outer fold f and fold f for outer fold g, so k(k − 1)/2 inner models serve all outer folds.
 */
import type { TweetView } from './tweet-view.ts';

export interface NestedPredictions {
  /** Each tweet's probabilities from the model trained without its fold: what is scored. */
  readonly outer: readonly Float64Array[];
  /**
   * `inner[f][i]`, for each tweet i outside fold f: its probabilities from a model trained
   * without fold f and without i's own fold (undefined inside fold f, which must not be seen).
   */
  readonly inner: readonly (readonly (Float64Array | undefined)[])[];
}

export function nestedPredictions(view: TweetView, folds: readonly number[], k: number): NestedPredictions {
  const all = folds.map((_, i) => i);
  const outer: Float64Array[] = all.map(() => new Float64Array(0));
  const inner: (Float64Array | undefined)[][] = Array.from({ length: k }, () => all.map(() => undefined));
  const score = (left: readonly number[], write: (i: number, p: Float64Array) => void): void => {
    const test = all.filter((i) => left.includes(folds[i] ?? -1));
    const train = all.filter((i) => !left.includes(folds[i] ?? -1));
    view.fitPredict(train, test).forEach((p, n) => write(test[n] as number, p));
  };
  for (let f = 0; f < k; f += 1) {
    score([f], (i, p) => (outer[i] = p));
    for (let g = f + 1; g < k; g += 1) {
      score([f, g], (i, p) => {
        // Fold g's tweets are inner predictions for outer fold f, fold f's for outer fold g.
        const row = inner[folds[i] === g ? f : g] as (Float64Array | undefined)[];
        row[i] = p;
      });
    }
  }
  return { outer, inner };
}
