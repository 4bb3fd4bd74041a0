/** SemEval-2016 task 6's measure: the mean of F1(favor) and F1(against), NONE counted only as a miss. */
import { f1Of } from '../../learning/metrics.ts';
import type { StanceLabel } from '../stance-data.ts';

export interface FAvg {
  readonly value: number;
  readonly favor: number;
  readonly against: number;
}

/** F_avg over all the tweets pooled, as the official eval.pl computes it (not a mean of per-target scores). */
export function fAvg(gold: readonly StanceLabel[], predicted: readonly StanceLabel[]): FAvg {
  const favor = f1Of(gold, predicted, 'favor').f1;
  const against = f1Of(gold, predicted, 'against').f1;
  return { value: (favor + against) / 2, favor, against };
}
