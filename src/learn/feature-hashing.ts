/**
 * The hashing trick: feature names go straight to one of 2^bits weight slots, so a model needs no
 * vocabulary and unseen features cost nothing. FNV-1a is fast, stable across platforms and
 * versions, and good enough here: a rare collision only blurs two rare features together.
 */

/** Default number of hash bits: 2^18 slots, few collisions for a few hundred thousand features. */
export const DEFAULT_HASH_BITS = 18;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  return fnv1aFrom(FNV_OFFSET, text);
}

/**
 * Continues an FNV-1a hash with `text`: `fnv1aFrom(fnv1a(a), b) === fnv1a(a + b)`, so a feature
 * made of parts hashes without the joined string ever being built.
 */
export function fnv1aFrom(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A sparse feature vector: parallel slot indices and values; a slot may repeat (values add up). */
export interface SparseVector {
  readonly indices: Uint32Array;
  readonly values: Float32Array;
}

/**
 * Collects named features, hashing each as it is added. A feature may be given in parts
 * (`addJoined('w:', word)` is the feature `w:<word>`): the learned passes add hundreds of features
 * per unit, and only the few that explain a decision ever need their name, so names are joined
 * only when asked for.
 */
export class FeatureSet {
  /** Three parts per feature (head, middle, and the pair's second part or null); joined on demand. */
  private readonly parts: (string | null)[];
  private hashList: Uint32Array;
  private weights: Float64Array;
  private count = 0;

  /** `capacity`: the number of features expected, so a large set is not regrown feature by feature. */
  constructor(capacity = 64) {
    const size = Math.max(8, capacity);
    this.parts = [];
    this.hashList = new Uint32Array(size);
    this.weights = new Float64Array(size);
  }

  /** Adds feature `name` with `value` (default 1). */
  add(name: string, value = 1): void {
    this.push(name, '', null, fnv1a(name), value);
  }

  /** Adds the feature `head + part` (e.g. `w:` and a word). */
  addJoined(head: string, part: string, value = 1): void {
    this.push(head, part, null, fnv1aFrom(fnv1a(head), part), value);
  }

  /** Adds the feature `head + first + "_" + second` (e.g. a word pair `b:the_war`). */
  addPair(head: string, first: string, second: string, value = 1): void {
    this.push(head, first, second, fnv1aFrom(fnv1aFrom(fnv1aFrom(fnv1a(head), first), '_'), second), value);
  }

  private push(head: string, middle: string, second: string | null, hash: number, value: number): void {
    if (value === 0) return;
    if (this.count === this.hashList.length) {
      const hashes = new Uint32Array(this.count * 2);
      hashes.set(this.hashList);
      this.hashList = hashes;
      const weights = new Float64Array(this.count * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.parts.push(head, middle, second);
    this.hashList[this.count] = hash;
    this.weights[this.count] = value;
    this.count += 1;
  }

  /** How many features were added. */
  get size(): number {
    return this.count;
  }

  /** The name of the feature at position `i`. */
  nameAt(i: number): string {
    const head = this.parts[3 * i] ?? '';
    const middle = this.parts[3 * i + 1] ?? '';
    const second = this.parts[3 * i + 2] ?? null;
    return second === null ? head + middle : `${head}${middle}_${second}`;
  }

  /** The feature names added so far, in order (for explaining a prediction). */
  featureNames(): readonly string[] {
    return Array.from({ length: this.count }, (_, i) => this.nameAt(i));
  }

  /** The full 32-bit FNV-1a hash of the feature at position `i`. */
  hashAt(i: number): number {
    return this.hashList[i] ?? 0;
  }

  /** The value added for the feature at position `i`. */
  valueAt(i: number): number {
    return this.weights[i] ?? 0;
  }

  /** A copy with every value multiplied by `factor` (names and hashes shared, not recomputed). */
  scaled(factor: number): FeatureSet {
    const out = new FeatureSet();
    for (const part of this.parts) out.parts.push(part);
    out.hashList = this.hashList.slice(0, Math.max(this.count, 1));
    out.weights = this.weights.slice(0, Math.max(this.count, 1)).map((w) => w * factor);
    out.count = this.count;
    return out;
  }

  /** Hashes the features into 2^bits slots. */
  toVector(bits: number): SparseVector {
    const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
    const indices = new Uint32Array(this.count);
    const values = new Float32Array(this.count);
    for (let i = 0; i < this.count; i += 1) {
      indices[i] = ((this.hashList[i] as number) & mask) >>> 0;
      values[i] = this.weights[i] as number;
    }
    return { indices, values };
  }
}
