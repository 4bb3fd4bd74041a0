/**
 * Feature names that come from a small, fixed set of values (`p:doc=0`…`p:doc=4`, `s:opens=contrast`),
 * named and hashed once per value instead of formatted and hashed for every unit of every text:
 * the learned passes add a few dozen such features per unit, and building each name string and
 * hashing it again was most of what those features cost.
 */
import type { FeatureSet } from './feature-hashing.ts';
import { fnv1a } from './feature-hashing.ts';

/** A feature name and its FNV-1a hash. */
export interface NamedFeature {
  readonly name: string;
  readonly hash: number;
}

/** A name with its hash, made once. */
export function namedFeature(name: string): NamedFeature {
  return { name, hash: fnv1a(name) };
}

/** Values remembered per family; a family fed unbounded values starts afresh rather than grow. */
const MAX_VALUES = 1024;

/** The features `head + value` for one head, each named and hashed the first time its value is seen. */
export class FeatureFamily {
  private readonly byValue = new Map<string | number, NamedFeature>();

  constructor(private readonly head: string) {}

  /** The feature for `value`: named `${head}${value}`, exactly as a template string would name it. */
  get(value: string | number): NamedFeature {
    let feature = this.byValue.get(value);
    if (feature === undefined) {
      if (this.byValue.size >= MAX_VALUES) this.byValue.clear();
      feature = namedFeature(`${this.head}${value}`);
      this.byValue.set(value, feature);
    }
    return feature;
  }

  /** Adds the feature for `value` to `set`, as `set.add(`${head}${value}`)` would. */
  addTo(set: FeatureSet, value: string | number): void {
    const feature = this.get(value);
    set.addHashed(feature.name, feature.hash);
  }
}

/** Adds a named feature to `set` with `value` (default 1), as `set.add(name, value)` would. */
export function addNamed(set: FeatureSet, feature: NamedFeature, value = 1): void {
  set.addHashed(feature.name, feature.hash, value);
}
