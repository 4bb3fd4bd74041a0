/**
 * Features of a pair of units (does the source attach to the target?) for a linear model: the
 * source's unit features, the target's unit features and a few pair features (distance,
 * direction, shared words, markers). A unit is hashed once; its features take slot `2s` on the
 * source side and `2s + 1` on the target side (s its plain slot), so one memory read serves both
 * sides, and pair features live in a small block of their own past the unit slots. A linear
 * score splits into a source part, a target part and a pair part, so scoring many candidate
 * pairs costs only the pair part. All structure models share the unit slot space (`UNIT_BITS`).
 */
import type { FeatureSet, SparseVector } from './feature-hashing.ts';

/** Hash bits of unit features: 2^16 slots is plenty for a few thousand training units and keeps weights in cache. */
export const UNIT_BITS = 16;
/** Hash bits of pair features: a few hundred distinct ones. */
export const PAIR_BITS = 12;
/** Hash bits of a pair model: both sides of the unit slots, then the pair block. */
export const PAIR_MODEL_BITS = UNIT_BITS + 2;

const UNIT_MASK = (1 << UNIT_BITS) - 1;
const PAIR_MASK = (1 << PAIR_BITS) - 1;
const PAIR_BASE = 1 << (UNIT_BITS + 1);

/** Which unit of a pair a unit feature describes. */
export type PairSide = 'source' | 'target';

/** A unit's features hashed once: full 32-bit FNV-1a hashes and values, parallel (plain arrays: cheaper to make than typed ones at this size). */
export interface HashedFeatures {
  readonly hashes: readonly number[];
  readonly values: readonly number[];
}

/** Hashes every feature of `set` once, appending to `into` when given. */
export function hashFeatures(set: FeatureSet, into: { hashes: number[]; values: number[] } = { hashes: [], values: [] }): HashedFeatures {
  for (let i = 0; i < set.size; i += 1) {
    into.hashes.push(set.hashAt(i));
    into.values.push(set.valueAt(i));
  }
  return into;
}

/** A unit feature's slot in a unit model (as `FeatureSet.toVector(UNIT_BITS)` gives it). */
export function unitSlot(hash: number): number {
  return (hash & UNIT_MASK) >>> 0;
}

/** A unit feature's slot on one side of a pair model. */
export function sideSlot(hash: number, side: PairSide): number {
  return ((hash & UNIT_MASK) << 1) + (side === 'target' ? 1 : 0);
}

/** A pair feature's slot in a pair model. */
export function pairSlot(code: number): number {
  return PAIR_BASE + (code & PAIR_MASK);
}

/** The slots of a hashed unit in a unit model. */
export function unitVector(features: HashedFeatures): SparseVector {
  return { indices: Uint32Array.from(features.hashes, unitSlot), values: Float32Array.from(features.values) };
}

/** The full vector of a pair for a pair model: source side, target side, and pair features (32-bit codes, value 1). */
export function pairVector(source: HashedFeatures, target: HashedFeatures, codes: readonly number[]): SparseVector {
  const length = source.hashes.length + target.hashes.length + codes.length;
  const indices = new Uint32Array(length);
  const values = new Float32Array(length);
  let at = 0;
  source.hashes.forEach((h, i) => {
    indices[at] = sideSlot(h, 'source');
    values[at++] = source.values[i] ?? 0;
  });
  target.hashes.forEach((h, i) => {
    indices[at] = sideSlot(h, 'target');
    values[at++] = target.values[i] ?? 0;
  });
  for (const code of codes) {
    indices[at] = pairSlot(code);
    values[at++] = 1;
  }
  return { indices, values };
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
