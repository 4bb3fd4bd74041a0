/** `npm run train`: trains every model `analyze()` ships and writes them under models/. */
import { tasksWithoutData } from './learning/data-dir.ts';
import { writeModelsMarkdown } from './learning/models-md.ts';
import { writeModels } from './learning/task.ts';
import { TASKS } from './tasks/index.ts';

// `--encoder DIR` trains the encoder variants into DIR instead (scripts/learning/train-encoder.ts).
if (process.argv.includes('--encoder')) {
  const { trainForEncoder } = await import('./learning/train-encoder.ts');
  process.exit(await trainForEncoder(process.argv.slice(2)));
}

const only = process.argv.slice(2);
for (const task of TASKS) {
  if (only.length > 0 && !only.includes(task.name)) continue;
  const started = performance.now();
  const missedBefore = tasksWithoutData().length;
  const models = await task.train();
  writeModels(models);
  // A task that found its data missing has already said it is skipping; "trained in" would belie it.
  const skipped = tasksWithoutData().length > missedBefore && Object.keys(models).length === 0;
  if (!skipped) console.log(`${task.name}: trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
writeModelsMarkdown();
const withoutData = tasksWithoutData();
if (withoutData.length > 0) {
  console.log(`not trained for lack of data: ${withoutData.join(', ')}; their models/ files were left as they were (set ARGSCOPE_DATA to the shared data folder)`);
}
