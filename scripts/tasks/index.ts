/** Every learning task, in the order `npm run train` and `npm run eval` run them. */
import type { Task } from '../learning/task.ts';
import { abstrctTask } from './abstrct.ts';
import { certaintyTask } from './certainty.ts';
import { checkworthinessTask } from './checkworthiness.ts';
import { claimMatchingTask } from './claim-matching.ts';
import { kindTask } from './kind.ts';
import { stanceTask } from './stance.ts';
import { structureTask } from './structure.ts';
import { tweetsTask } from './tweets.ts';
import { verdictsTask } from './verdicts.ts';
import { wordVectorsTask } from './word-vectors.ts';

// word-vectors first: later tasks may read the vectors it writes.
export const TASKS: readonly Task[] = [wordVectorsTask, certaintyTask, structureTask, abstrctTask, stanceTask, checkworthinessTask, kindTask, tweetsTask, claimMatchingTask, verdictsTask];
