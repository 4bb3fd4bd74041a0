/**
 * Encoder-variant models: check-worthiness and fact/opinion models (and the claim re-ranker,
 * claim-match-variant.ts) trained with an encoder's embeddings as extra features. Their weights only mean something for that encoder, so they live
 * beside it (DIR/argscope/<task>.json) and record its fingerprint; a model for another encoder, or
 * for older features, is refused with the command that retrains it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelFile } from '../learn/model-file.ts';
import type { TwoClassModel } from '../passes/learned/transcript-model.ts';
import { transcriptModel } from '../passes/learned/transcript-model.ts';
import { EMBEDDING_FEATURES_VERSION } from './embedding-features.ts';
import { EncoderError } from './encoder-error.ts';
import type { SentenceEncoder } from './load-encoder.ts';

/** The folder inside an encoder folder that holds argscope's models for it. */
export const VARIANT_FOLDER = 'argscope';

/** The unit decisions an encoder can feed; check-worthiness is required, kind is used when trained. */
export type UnitVariantTask = 'checkworthiness' | 'kind';

/** Every model an encoder folder can hold; claim-match is needed only to match earlier fact-checks. */
export type VariantTask = UnitVariantTask | 'claim-match';

/** Which encoder a model was trained with. */
export interface EncoderStamp {
  readonly fingerprint: string;
  readonly dimension: number;
  /** The embedding features' version at training time (EMBEDDING_FEATURES_VERSION for unit models). */
  readonly embeddings: string;
}

/** A model file plus the encoder it belongs to. */
export interface EncoderModelFile extends ModelFile {
  readonly encoder: EncoderStamp;
}

/** The models `analyzeWithEncoder` uses in place of the shipped ones. */
export interface VariantModels {
  readonly checkworthiness: TwoClassModel;
  readonly kind: TwoClassModel | null;
}

/** Where the model for `task` lives in encoder folder `dir`. */
export function variantPath(dir: string, task: VariantTask): string {
  return join(dir, VARIANT_FOLDER, `${task}.json`);
}

/** The stamp of models trained now with `encoder` on embedding features of version `embeddings`. */
export function encoderStamp(encoder: SentenceEncoder, embeddings: string = EMBEDDING_FEATURES_VERSION): EncoderStamp {
  return { fingerprint: encoder.fingerprint, dimension: encoder.dimension, embeddings };
}

/** Writes trained models beside the encoder; returns the paths written. */
export function writeVariantModels(dir: string, files: Readonly<Partial<Record<VariantTask, EncoderModelFile>>>): string[] {
  mkdirSync(join(dir, VARIANT_FOLDER), { recursive: true });
  return Object.entries(files).map(([task, file]) => {
    const path = variantPath(dir, task as VariantTask);
    writeFileSync(path, `${JSON.stringify(file)}\n`);
    return path;
  });
}

/**
 * The command that retrains the model for `task` in encoder folder `dir`, for the end of an error
 * message. It names the training task, so a missing re-ranker costs a minute of training, not
 * the quarter of an hour check-worthiness takes as well.
 */
export function retrainCommand(dir: string, task: VariantTask): string {
  return `run npm run train -- --encoder ${dir} ${task === 'claim-match' ? 'claim-matching' : 'checkworthiness'}`;
}

/**
 * The model file for `task` beside `encoder`, checked to be for this encoder and for embedding
 * features of version `embeddings`; null when it is missing and not `required`.
 * @throws EncoderError (one line naming the folder or file and the command that retrains it)
 */
export async function readVariantFile(encoder: SentenceEncoder, task: VariantTask, embeddings: string, required: boolean): Promise<EncoderModelFile | null> {
  const path = variantPath(encoder.dir, task);
  const retrain = retrainCommand(encoder.dir, task);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    if (!required) return null;
    throw new EncoderError(`encoder folder ${encoder.dir} has no argscope models for it (${VARIANT_FOLDER}/${task}.json); ${retrain} first`);
  }
  let file: EncoderModelFile;
  try {
    file = JSON.parse(text) as EncoderModelFile;
  } catch {
    throw new EncoderError(`${path} is not valid JSON; ${retrain} again`);
  }
  const stamp = file.encoder;
  if (stamp?.fingerprint !== encoder.fingerprint || stamp.dimension !== encoder.dimension) {
    throw new EncoderError(`${path} was trained with another encoder (fingerprint ${String(stamp?.fingerprint)}, this folder's is ${encoder.fingerprint}); ${retrain} again`);
  }
  if (stamp.embeddings !== embeddings) throw new EncoderError(`${path} was trained on older embedding features; ${retrain} again`);
  return file;
}

async function loadVariant(encoder: SentenceEncoder, task: UnitVariantTask, required: boolean): Promise<TwoClassModel | null> {
  const file = await readVariantFile(encoder, task, EMBEDDING_FEATURES_VERSION, required);
  if (file === null) return null;
  try {
    return transcriptModel(file);
  } catch (error) {
    throw new EncoderError(`${variantPath(encoder.dir, task)}: ${error instanceof Error ? error.message.split(':')[0] : String(error)}; ${retrainCommand(encoder.dir, task)} again`);
  }
}

const loaded = new WeakMap<SentenceEncoder, Promise<VariantModels>>();

/**
 * The encoder-variant models beside `encoder`, loaded once per encoder.
 * @throws EncoderError when check-worthiness is missing, or any model is for another encoder or older features
 */
export function loadVariantModels(encoder: SentenceEncoder): Promise<VariantModels> {
  let models = loaded.get(encoder);
  if (models === undefined) {
    // One after the other, so the error for a folder where both are wrong is always the same one.
    models = (async () => {
      const checkworthiness = (await loadVariant(encoder, 'checkworthiness', true)) as TwoClassModel;
      return { checkworthiness, kind: await loadVariant(encoder, 'kind', false) };
    })();
    // A failed load is not cached: the user may train and call again in the same process.
    models.catch(() => loaded.delete(encoder));
    loaded.set(encoder, models);
  }
  return models;
}
