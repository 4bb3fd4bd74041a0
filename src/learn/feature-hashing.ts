/**
 * The hashing trick: feature names go straight to one of 2^bits weight slots, so a model needs no
 * vocabulary and unseen features cost nothing. FNV-1a is fast, stable across platforms and
 * versions, and good enough here: a rare collision only blurs two rare features together.
 */

/** Default number of hash bits: 2^18 slots, few collisions for a few hundred thousand features. */
export const DEFAULT_HASH_BITS = 18;

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A sparse feature vector: parallel slot indices and values; a slot may repeat (values add up). */
export interface SparseVector {
  readonly indices: Uint32Array;
  readonly values: Float32Array;
}

/** Collects named features and hashes them into a sparse vector. */
export class FeatureSet {
  private readonly names: string[] = [];
  private readonly weights: number[] = [];

  /** Adds feature `name` with `value` (default 1). */
  add(name: string, value = 1): void {
    if (value === 0) return;
    this.names.push(name);
    this.weights.push(value);
  }

  /** The feature names added so far, in order (for explaining a prediction). */
  featureNames(): readonly string[] {
    return this.names;
  }

  /** The value added for the feature at position `i` of `featureNames()`. */
  valueAt(i: number): number {
    return this.weights[i] ?? 0;
  }

  /** Hashes the features into 2^bits slots. */
  toVector(bits: number): SparseVector {
    const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
    const indices = new Uint32Array(this.names.length);
    const values = new Float32Array(this.names.length);
    this.names.forEach((name, i) => {
      indices[i] = (fnv1a(name) & mask) >>> 0;
      values[i] = this.weights[i] ?? 0;
    });
    return { indices, values };
  }
}
