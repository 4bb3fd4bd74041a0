/**
 * Spaces inserted into a text before wink-nlp reads it, where wink would otherwise read badly
 * (long runs, "I'm"), and the map from each index of the result back to the text it was given, so
 * token offsets still point into the original. An inserted space maps to the character after it.
 */

/** `text` with a space inserted before each index of `cuts` (ascending, within the text). */
export function insertSpaces(text: string, cuts: readonly number[]): { text: string; origin: (index: number) => number } {
  if (cuts.length === 0) return { text, origin: (index) => index };
  const parts: string[] = [];
  /** Indices in the result of the spaces inserted, ascending. */
  const inserted: number[] = [];
  let copied = 0;
  for (const cut of cuts) {
    parts.push(text.slice(copied, cut), ' ');
    inserted.push(cut + inserted.length);
    copied = cut;
  }
  parts.push(text.slice(copied));
  // index minus the spaces inserted before it (binary search: inserted is ascending).
  const origin = (index: number): number => {
    let low = 0;
    let high = inserted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((inserted[mid] as number) < index) low = mid + 1;
      else high = mid;
    }
    return index - low;
  };
  return { text: parts.join(''), origin };
}
