/**
 * A learning task: trains the model `analyze()` ships for one decision, and evaluates it against
 * the published reference. `npm run train` calls `train`, `npm run eval` calls `evaluate`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ModelFile } from '../../src/learn/model-file.ts';
import type { WordVectorFile } from '../../src/learn/word-vectors.ts';

/** What a task may ship: a logistic model, or the word vectors a model's features read. */
export type ShippedFile = ModelFile | WordVectorFile;

/** One row of the benchmarks table. */
export interface Score {
  readonly task: string;
  /** What was measured and on which data, e.g. "CheckThat! 2019 debates, MAP (leave-one-debate-out)". */
  readonly metric: string;
  readonly value: number;
  /** The published reference to beat, and where it comes from. */
  readonly reference: string;
  /** The goal for this number. */
  readonly goal: number | null;
}

export interface Task {
  readonly name: string;
  /** Trains on all training data and returns the model files to write (name → file). */
  train(): Promise<Readonly<Record<string, ShippedFile>>> | Readonly<Record<string, ShippedFile>>;
  /** Scores on dev data or by cross-validation; never on the held-out test splits. */
  evaluate(): Promise<readonly Score[]> | readonly Score[];
}

/** Writes `models/<name>.json` for each model, leaving a file alone (and saying so) when its content would not change. */
export function writeModels(models: Readonly<Record<string, ShippedFile>>): void {
  const dir = new URL('../../models/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const [name, file] of Object.entries(models)) {
    const path = new URL(`${name}.json`, dir);
    const text = `${JSON.stringify(file)}\n`;
    // Some models (the GloVe word vectors) are rebuilt the same on every run: "wrote" would suggest a change.
    if (existsSync(path) && readFileSync(path, 'utf8') === text) {
      console.log(`models/${name}.json unchanged`);
      continue;
    }
    writeFileSync(path, text);
    console.log(`wrote models/${name}.json`);
  }
}
