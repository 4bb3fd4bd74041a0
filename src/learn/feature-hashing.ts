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
  return hashOn(FNV_OFFSET, text) >>> 0;
}

/**
 * Continues an FNV-1a hash with `text`: `fnv1aFrom(fnv1a(a), b) === fnv1a(a + b)`, so a feature
 * made of parts hashes without the joined string ever being built.
 */
export function fnv1aFrom(hash: number, text: string): number {
  return hashOn(hash, text) >>> 0;
}

/**
 * FNV-1a continued with `text`, as a signed 32-bit integer: the same 32 bits as fnv1aFrom, which
 * reads them unsigned. FeatureSet chains its hashes in this form: half of all unsigned hashes are
 * 2^31 or more, too big for a small integer, so each one a call V8 did not inline returned was
 * boxed in a heap number (10 MB of them over the bench corpus).
 */
function hashOn(hash: number, text: string): number {
  let h = hash | 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
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
  private parts: (string | null)[] = [];
  // Plain arrays, not typed ones: a unit makes several sets, and allocating typed arrays costs more than filling these.
  private hashList: number[] = [];
  private weights: number[] = [];
  /** Features held; the arrays may be longer, from before a {@link clear}, and are overwritten in place. */
  private count = 0;

  /**
   * Empties the set but keeps its storage, so one set can be refilled unit after unit: the
   * learned passes make a hundred features per unit, and growing fresh arrays for each unit was
   * a tenth of everything the analysis allocated.
   */
  clear(): this {
    this.count = 0;
    return this;
  }

  /** Adds feature `name` with `value` (default 1). */
  add(name: string, value = 1): void {
    this.push(name, '', null, fnv1a(name), value);
  }

  /** Adds feature `name` whose FNV-1a hash the caller has already computed (`hash === fnv1a(name)`). */
  addHashed(name: string, hash: number, value = 1): void {
    this.push(name, '', null, hash, value);
  }

  /** Adds the feature `head + part` whose FNV-1a hash the caller has already computed (`hash === fnv1a(head + part)`). */
  addPrehashed(head: string, part: string, hash: number, value = 1): void {
    this.push(head, part, null, hash, value);
  }

  /** The first part of the feature at position `i` as it was added (`w:` for `addJoined('w:', word)`; the whole name for `add`). */
  headAt(i: number): string {
    return this.parts[3 * i] ?? '';
  }

  /** Adds the feature `head + part` (e.g. `w:` and a word). */
  addJoined(head: string, part: string, value = 1): void {
    this.push(head, part, null, hashOn(hashOn(FNV_OFFSET, head), part), value);
  }

  /** Adds the feature `head + first + "_" + second` (e.g. a word pair `b:the_war`). */
  addPair(head: string, first: string, second: string, value = 1): void {
    this.push(head, first, second, hashOn(hashOn(hashOn(hashOn(FNV_OFFSET, head), first), '_'), second), value);
  }

  /** `signedOrNot` is the feature's FNV-1a hash read unsigned (fnv1a) or signed (hashOn); it is kept unsigned. */
  private push(head: string, middle: string, second: string | null, signedOrNot: number, value: number): void {
    if (value === 0) return;
    const hash = signedOrNot >>> 0;
    const i = this.count;
    if (i < this.hashList.length) {
      this.parts[3 * i] = head;
      this.parts[3 * i + 1] = middle;
      this.parts[3 * i + 2] = second;
      this.hashList[i] = hash;
      this.weights[i] = value;
    } else {
      this.parts.push(head, middle, second);
      this.hashList.push(hash);
      this.weights.push(value);
    }
    this.count = i + 1;
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

  /** Multiplies every value by `factor`, in place (the set is returned for chaining). */
  scale(factor: number): this {
    for (let i = 0; i < this.count; i += 1) this.weights[i] = (this.weights[i] as number) * factor;
    return this;
  }

  /** Hashes the features into 2^bits slots. */
  toVector(bits: number): SparseVector {
    const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
    const count = this.count;
    const indices = new Uint32Array(count);
    const values = new Float32Array(count);
    for (let i = 0; i < count; i += 1) {
      indices[i] = ((this.hashList[i] as number) & mask) >>> 0;
      values[i] = this.weights[i] as number;
    }
    return { indices, values };
  }
}
