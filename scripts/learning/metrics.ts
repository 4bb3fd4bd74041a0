/** Evaluation metrics, as the shared tasks define them. */

/** Precision, recall and F1 of the class `positive`. */
export function f1Of<T>(gold: readonly T[], predicted: readonly T[], positive: T): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (p === positive && g === positive) tp += 1;
    else if (p === positive) fp += 1;
    else if (g === positive) fn += 1;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Mean F1 over `classes` (macro F1). */
export function macroF1<T>(gold: readonly T[], predicted: readonly T[], classes: readonly T[]): number {
  return classes.reduce((sum, c) => sum + f1Of(gold, predicted, c).f1, 0) / classes.length;
}

export function accuracy<T>(gold: readonly T[], predicted: readonly T[]): number {
  if (gold.length === 0) return 0;
  return gold.filter((g, i) => g === predicted[i]).length / gold.length;
}

/** Average precision of a ranking: `relevant[i]` for the item ranked i-th (scores sorted descending). */
export function averagePrecision(scores: readonly number[], relevant: readonly boolean[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let hits = 0;
  let sum = 0;
  order.forEach(([, i], rank) => {
    if (relevant[i] === true) {
      hits += 1;
      sum += hits / (rank + 1);
    }
  });
  const total = relevant.filter(Boolean).length;
  return total === 0 ? 0 : sum / total;
}

/** Mean of the values (0 for none). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
