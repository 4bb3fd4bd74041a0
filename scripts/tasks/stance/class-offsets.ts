/**
 * Offsets added to the log-probabilities before the argmax. F_avg ignores NONE's own F1 and
 * weighs the small FAVOR class as much as AGAINST, so the argmax of a balanced model is not the
 * decision it rewards; two offsets (favor and none, against fixed at 0), shared by all targets,
 * are chosen on held-out predictions of the training folds. Per-target offsets were tried and
 * overfit (ten offsets on a few hundred tweets per target).
 */
import type { StanceLabel } from '../stance-data.ts';
import { STANCE_LABELS } from '../stance-data.ts';
import { fAvg } from './f-avg.ts';

/** Offsets per class, in `STANCE_LABELS` order. */
export type ClassOffsets = readonly number[];

const NO_OFFSETS: ClassOffsets = [0, 0, 0];
/** -1 to 1 in steps of 0.1: a factor of e either way is already far more than the best ones found. */
const GRID = Array.from({ length: 21 }, (_, i) => Math.round((i - 10) * 10) / 100);

/** The label with the largest offset log-probability. */
export function decide(probabilities: Float64Array, offsets: ClassOffsets = NO_OFFSETS): StanceLabel {
  let best = 0;
  let bestScore = -Infinity;
  probabilities.forEach((p, c) => {
    const score = Math.log(Math.max(p, 1e-12)) + (offsets[c] ?? 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  });
  return STANCE_LABELS[best] ?? 'none';
}

/** The favor and none offsets on the grid that maximise F_avg of these predictions (on ties, the first found). */
export function chooseOffsets(probabilities: readonly Float64Array[], gold: readonly StanceLabel[]): ClassOffsets {
  const favor = STANCE_LABELS.indexOf('favor');
  const none = STANCE_LABELS.indexOf('none');
  let best = NO_OFFSETS;
  let bestValue = -1;
  for (const favorOffset of GRID) {
    for (const noneOffset of GRID) {
      const offsets = STANCE_LABELS.map((_, c) => (c === favor ? favorOffset : c === none ? noneOffset : 0));
      const value = fAvg(gold, probabilities.map((p) => decide(p, offsets))).value;
      if (value > bestValue + 1e-9) {
        best = offsets;
        bestValue = value;
      }
    }
  }
  return best;
}
