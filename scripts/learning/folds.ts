/** Cross-validation folds by group (a debate, a text), so no group is both trained and tested on. */

/** Splits `groups` (one per example) into `k` folds of whole groups, deterministically. */
export function groupFolds(groups: readonly string[], k: number): number[] {
  const distinct = [...new Set(groups)].sort();
  const foldOf = new Map(distinct.map((g, i) => [g, i % k]));
  return groups.map((g) => foldOf.get(g) ?? 0);
}
