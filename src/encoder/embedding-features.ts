/**
 * A unit's sentence embedding as dense features `emb:0` … `emb:(d-1)` beside its hashed sparse
 * features, hashed into the same weight slots, so the logistic models, their training recipes and
 * their model files stay exactly as they are.
 */
import type { FeatureSet } from '../learn/feature-hashing.ts';
import { fnv1a } from '../learn/feature-hashing.ts';

/** The embedding features' version; encoder-variant models record it beside the sparse features' version. */
export const EMBEDDING_FEATURES_VERSION = 'emb/1';

const namesByDimension = new Map<number, readonly string[]>();
const slotsByShape = new Map<string, Uint32Array>();

/** `emb:0` … `emb:(dimension-1)`. */
export function embeddingNames(dimension: number): readonly string[] {
  let names = namesByDimension.get(dimension);
  if (names === undefined) {
    names = Array.from({ length: dimension }, (_, i) => `emb:${i}`);
    namesByDimension.set(dimension, names);
  }
  return names;
}

/** The weight slot of each embedding feature at `bits`. */
export function embeddingSlots(dimension: number, bits: number): Uint32Array {
  const key = `${dimension}:${bits}`;
  let slots = slotsByShape.get(key);
  if (slots === undefined) {
    const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
    slots = Uint32Array.from(embeddingNames(dimension), (name) => (fnv1a(name) & mask) >>> 0);
    slotsByShape.set(key, slots);
  }
  return slots;
}

/**
 * Unit-length embeddings have components near 1/sqrt(d); scaling by sqrt(d) puts them near 1, the
 * size of the binary sparse features, so one learning rate suits both.
 */
export function embeddingScale(dimension: number): number {
  return Math.sqrt(dimension);
}

/** How far the embedding moves a two-class model's logit: the sum of weight × scaled component. */
export function embeddingPush(weights: Float32Array, bits: number, embedding: Float32Array): number {
  const slots = embeddingSlots(embedding.length, bits);
  const scale = embeddingScale(embedding.length);
  let push = 0;
  // fround: the trained features went through a Float32Array, and the push must equal their sum.
  for (let i = 0; i < embedding.length; i += 1) push += (weights[slots[i] as number] ?? 0) * Math.fround((embedding[i] ?? 0) * scale);
  return push;
}

/**
 * Adds the embedding to `set` as features `emb:i` with the scaled components as values: what the
 * encoder-variant models are trained on. Inference does not build these (see embeddingPush), so
 * the shared feature sets of the default passes stay as they are.
 */
export function addEmbedding(set: FeatureSet, embedding: Float32Array): void {
  const names = embeddingNames(embedding.length);
  const scale = embeddingScale(embedding.length);
  embedding.forEach((v, i) => set.add(names[i] as string, v * scale));
}
