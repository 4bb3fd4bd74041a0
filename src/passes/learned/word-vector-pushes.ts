/**
 * The word-vector features scored without making them. Their push on a linear model is
 * Σ_d w_d · f Σ_words v_d = f Σ_words (w · v), f = scale/(n+1) (wordVectorFactor): the dot product of each word's
 * vector with the model's weights can be taken once per word when the model loads, and a unit
 * then costs one look-up and one add per word and model, not a hundred. Adding the hundred
 * features to every unit's set and scoring them made the whole analysis 18% slower than without
 * word vectors (bench:compare median 1.177 over five runs); this way it is 5-6% (1.057, 1.064).
 * Scores equal those of the features up to float rounding (in training each feature's value is
 * rounded to single precision, not here): the golden fixtures came out byte-identical.
 */
import { contentWordVectors, wordVectorFactor, wordVectorHashes } from '../../learn/unit-feature-set.ts';
import type { Token } from '../../nlp/tokenize.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { ModelGroup } from './transcript-model.ts';

/** Per content word, each model's push of its vector at scale 1 (`pushes[row * size + m]`). */
export interface WordPushes {
  readonly size: number;
  readonly rows: ReadonlyMap<string, number>;
  readonly pushes: Float64Array;
}

/** Every content word's push on every model of `group`. */
export function wordPushes(group: ModelGroup): WordPushes {
  const { weights, size } = group;
  const slotMask = (1 << group.bits) - 1;
  const slots = wordVectorHashes().map((hash) => (hash & slotMask) >>> 0);
  const vectors = contentWordVectors();
  const rows = new Map<string, number>();
  const pushes = new Float64Array(vectors.size * size);
  for (const [word, vector] of vectors) {
    const row = rows.size;
    rows.set(word, row);
    for (let m = 0; m < size; m += 1) {
      let push = 0;
      for (let d = 0; d < slots.length; d += 1) push += (weights[(slots[d] as number) * size + m] ?? 0) * (vector[d] as number);
      pushes[row * size + m] = push;
    }
  }
  return { size, rows, pushes };
}

/**
 * How far the word-vector features at `scale` move each model for unit `index` (into `out`, one
 * per model); false, and `out` untouched, when no word of the unit has a vector.
 */
export function unitWordPushes(table: WordPushes, context: AnalysisContext, index: number, scale: number, out: Float64Array): boolean {
  const range = context.unitTokens[index];
  if (range === undefined || scale === 0) return false;
  const { size, rows, pushes } = table;
  let count = 0;
  out.fill(0, 0, size);
  for (let t = range.first; t < range.end; t += 1) {
    const row = rows.get((context.tokens[t] as Token).normal);
    if (row === undefined) continue;
    count += 1;
    for (let m = 0; m < size; m += 1) out[m] = (out[m] as number) + (pushes[row * size + m] as number);
  }
  if (count === 0) return false;
  const factor = wordVectorFactor(scale, count);
  for (let m = 0; m < size; m += 1) out[m] = (out[m] as number) * factor;
  return true;
}
