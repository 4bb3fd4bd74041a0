/** `npm run train`: trains every model `analyze()` ships and writes them under models/. */
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
  const models = await task.train();
  writeModels(models);
  console.log(`${task.name}: trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
writeModelsMarkdown();
