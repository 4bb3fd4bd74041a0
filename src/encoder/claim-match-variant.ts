/**
 * The claim re-ranker's encoder variant: the shipped re-ranker's recipe and features plus the
 * embedding cosines (claim-embedding-features.ts), trained by `npm run train -- --encoder DIR`
 * and kept beside the encoder as DIR/argscope/claim-match.json with its fingerprint.
 */
import type { LogisticModel } from '../learn/logistic-regression.ts';
import { loadModel } from '../learn/model-file.ts';
import { CLAIM_MATCH_FEATURES_VERSION } from '../evidence/matching/claim-pair-features.ts';
import { CLAIM_EMBEDDING_FEATURES_VERSION } from './claim-embedding-features.ts';
import { EncoderError } from './encoder-error.ts';
import type { SentenceEncoder } from './load-encoder.ts';
import { readVariantFile, retrainCommand, variantPath } from './variant-models.ts';

async function readClaimMatchVariant(encoder: SentenceEncoder): Promise<LogisticModel> {
  const file = await readVariantFile(encoder, 'claim-match', CLAIM_EMBEDDING_FEATURES_VERSION, true);
  const path = variantPath(encoder.dir, 'claim-match');
  // The word features changed since it was trained: its weights would be read against other features.
  if (file?.features !== CLAIM_MATCH_FEATURES_VERSION) throw new EncoderError(`${path} was trained on older claim-matching features; ${retrainCommand(encoder.dir, 'claim-match')} again`);
  try {
    return loadModel(file);
  } catch (error) {
    throw new EncoderError(`${path}: ${error instanceof Error ? error.message.split(':')[0] : String(error)}; ${retrainCommand(encoder.dir, 'claim-match')} again`);
  }
}

const loaded = new WeakMap<SentenceEncoder, Promise<LogisticModel>>();

/**
 * The claim re-ranker trained for `encoder`, loaded once per encoder.
 * @throws EncoderError when the folder has none, or one for another encoder or older features
 */
export function loadClaimMatchVariant(encoder: SentenceEncoder): Promise<LogisticModel> {
  let model = loaded.get(encoder);
  if (model === undefined) {
    model = readClaimMatchVariant(encoder);
    // A failed load is not cached: the user may train and call again in the same process.
    model.catch(() => loaded.delete(encoder));
    loaded.set(encoder, model);
  }
  return model;
}
