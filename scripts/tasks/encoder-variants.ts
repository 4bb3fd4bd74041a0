/**
 * Encoder variants of check-worthiness and fact/opinion: the shipped recipes (checkworthiness-model.ts,
 * kind.ts), unchanged, on feature sets that also carry each sentence's embedding. Only the
 * features differ, so any gain or loss against the shipped models is the encoder's doing.
 */
import { addEmbedding } from '../../src/encoder/embedding-features.ts';
import type { SentenceEncoder } from '../../src/encoder/load-encoder.ts';
import type { EncoderModelFile, UnitVariantTask } from '../../src/encoder/variant-models.ts';
import { encoderStamp } from '../../src/encoder/variant-models.ts';
import { saveModel } from '../../src/learn/model-file.ts';
import { TRANSCRIPT_FEATURES_VERSION } from '../../src/passes/learned/checkworthiness-features.ts';
import type { Debate } from './checkworthiness-data.ts';
import type { FeaturizedDebate } from './checkworthiness-model.ts';
import { featurize, pruned, trainCheckworthiness } from './checkworthiness-model.ts';
import { measureCheckworthiness } from './checkworthiness.ts';
import { KIND_TRAINING, measureKind, trainKind } from './kind.ts';

/** The shipped files' pruning: weights below this are dropped. */
const PRUNE = 1e-3;
/** Units encoded per call: large enough to batch well, small enough to report progress. */
const ENCODE_CHUNK = 2048;

/** What to train the variants on, and what to record in their files. */
export interface VariantTraining {
  /** CheckThat!-style debates (label 1 check-worthy, 0 not); may be empty. */
  readonly clef: readonly Debate[];
  /** ClaimBuster-style debates (label 1 CFS, 0 UFS, -1 NFS); they train both models. */
  readonly claimBuster: readonly Debate[];
  /** Data folders and licence recorded in the model files. */
  readonly data: readonly string[];
  readonly licence: string;
  /** Measure held-out scores as `npm run eval` does (needs the ClaimBuster NCS subsets). */
  readonly measure: boolean;
  /** Called after each encoded chunk with units done and units in all. */
  readonly progress?: (done: number, total: number) => void;
}

/**
 * Adds each sentence's embedding to its feature set, in place (the sets are fresh from featurize,
 * and copying tens of thousands of them would double the memory), encoding in large batches.
 */
export async function addEmbeddings(debates: readonly FeaturizedDebate[], encoder: SentenceEncoder, progress?: (done: number, total: number) => void): Promise<void> {
  const texts = debates.flatMap((d) => d.context.units.map((u) => u.text));
  const embeddings: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += ENCODE_CHUNK) {
    embeddings.push(...(await encoder.encode(texts.slice(start, start + ENCODE_CHUNK))));
    progress?.(embeddings.length, texts.length);
  }
  let at = 0;
  for (const set of debates.flatMap((d) => d.sets)) {
    const embedding = embeddings[at];
    at += 1;
    if (embedding === undefined) throw new Error('fewer embeddings than units');
    addEmbedding(set, embedding);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Trains both variants for `encoder`; returns the model files to write beside it. */
export async function trainEncoderVariants(encoder: SentenceEncoder, t: VariantTraining): Promise<Record<UnitVariantTask, EncoderModelFile>> {
  const clef = featurize(t.clef);
  const claimBuster = featurize(t.claimBuster);
  await addEmbeddings([...clef, ...claimBuster], encoder, t.progress);
  const stamp = encoderStamp(encoder);
  const file = (task: UnitVariantTask, model: Parameters<typeof saveModel>[0], scores: Record<string, number>): EncoderModelFile => ({
    ...saveModel(model, { task, data: t.data, licence: t.licence, features: TRANSCRIPT_FEATURES_VERSION, scores }),
    encoder: stamp,
  });
  let checkworthinessScores: Record<string, number> = {};
  let kindScores: Record<string, number> = {};
  if (t.measure) {
    const m = measureCheckworthiness(undefined, { clef, claimBuster });
    checkworthinessScores = {
      'clef2019-map-leave-one-debate-out': round(m.map),
      'claimbuster-2.5xNCS-cfs-f1-grouped-4fold': round(m.ncsF1.f1),
      'claimbuster-2.5xNCS-cfs-f1-published-protocol': round(m.published.f1),
    };
    const k = measureKind(KIND_TRAINING, claimBuster);
    kindScores = { 'claimbuster-factual-accuracy-grouped-4fold': round(k.pass.accuracy), 'claimbuster-factual-macro-f1-grouped-4fold': round(k.pass.macroF1) };
  }
  return {
    checkworthiness: file('checkworthiness', pruned(trainCheckworthiness(clef, claimBuster), PRUNE), checkworthinessScores),
    kind: file('kind', pruned(trainKind(claimBuster), PRUNE), kindScores),
  };
}
