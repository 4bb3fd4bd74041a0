/** Every learning task, in the order `npm run train` and `npm run eval` run them. */
import type { Task } from '../learning/task.ts';
import { certaintyTask } from './certainty.ts';

export const TASKS: readonly Task[] = [certaintyTask];
