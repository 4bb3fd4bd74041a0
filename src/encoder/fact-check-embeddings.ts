/**
 * The embeddings of fact-checks met as claim-matching candidates, kept for the run: the same
 * fact-checks come up as candidates for many queries, and encoding one costs far more than
 * scoring it. Only candidates are encoded, never the whole collection up front: an index may hold
 * millions of fact-checks, of which a run meets a few thousand.
 */
import type { FactCheckEmbeddings } from './claim-embedding-features.ts';
import { hasDistinctTitle } from './claim-embedding-features.ts';
import type { SentenceEncoder } from './load-encoder.ts';

/** A fact-check as a candidate gives it. */
export interface FactCheckText {
  readonly id: string;
  readonly claim: string;
  readonly title: string | null;
}

/**
 * At most this many fact-checks are kept (about 3 KB each for a 384-dimension encoder, so ~300 MB);
 * past it the cache starts over rather than grow without bound, as the index's profile cache does.
 */
const MAX_CACHED = 100_000;

interface Cached {
  readonly claim: string;
  readonly title: string | null;
  readonly embeddings: FactCheckEmbeddings;
}

/** One encoder's fact-check embeddings for one run, by fact-check id. */
export class FactCheckEmbeddingCache {
  private readonly byId = new Map<string, Cached>();

  constructor(readonly encoder: SentenceEncoder) {}

  /** How many fact-checks are cached (for the tests). */
  get size(): number {
    return this.byId.size;
  }

  /** The cached embeddings of `factCheck`, if its texts are the ones cached under its id. */
  private cached(factCheck: FactCheckText): FactCheckEmbeddings | undefined {
    const entry = this.byId.get(factCheck.id);
    // An id re-indexed with other words in the same run must not keep the old words' embeddings.
    return entry !== undefined && entry.claim === factCheck.claim && entry.title === factCheck.title ? entry.embeddings : undefined;
  }

  /**
   * The embeddings of `extra` texts (the queries) and of every fact-check in `factChecks`, in
   * order, encoding the extra texts and the fact-checks not yet cached in one call.
   */
  async embed(extra: readonly string[], factChecks: readonly FactCheckText[]): Promise<{ extra: Float32Array[]; factChecks: FactCheckEmbeddings[] }> {
    // Looked up first: making room below may empty the cache.
    const known = factChecks.map((factCheck) => this.cached(factCheck));
    const missing = new Map<string, FactCheckText>();
    factChecks.forEach((factCheck, i) => {
      if (known[i] === undefined) missing.set(factCheck.id, factCheck);
    });
    const texts = [...extra];
    const slots: { factCheck: FactCheckText; claim: number; title: number | null }[] = [];
    for (const factCheck of missing.values()) {
      const claim = texts.push(factCheck.claim) - 1;
      const title = hasDistinctTitle(factCheck.claim, factCheck.title) ? texts.push(factCheck.title) - 1 : null;
      slots.push({ factCheck, claim, title });
    }
    const encoded = texts.length === 0 ? [] : await this.encoder.encode(texts);
    const at = (i: number): Float32Array => encoded[i] ?? new Float32Array(this.encoder.dimension);
    if (this.byId.size + slots.length > MAX_CACHED) this.byId.clear();
    const fresh = new Map<string, FactCheckEmbeddings>();
    for (const { factCheck, claim, title } of slots) {
      const embeddings = { claim: at(claim), title: title === null ? null : at(title) };
      fresh.set(factCheck.id, embeddings);
      this.byId.set(factCheck.id, { claim: factCheck.claim, title: factCheck.title, embeddings });
    }
    return {
      extra: extra.map((_, i) => at(i)),
      factChecks: factChecks.map((factCheck, i) => known[i] ?? (fresh.get(factCheck.id) as FactCheckEmbeddings)),
    };
  }
}

const caches = new WeakMap<SentenceEncoder, WeakMap<object, FactCheckEmbeddingCache>>();

/**
 * The cache of `encoder`'s embeddings for the fact-checks of `collection` (an index): fact-check
 * ids only name one fact-check within a collection, so each index gets its own.
 */
export function factCheckEmbeddingCache(encoder: SentenceEncoder, collection: object): FactCheckEmbeddingCache {
  let byCollection = caches.get(encoder);
  if (byCollection === undefined) {
    byCollection = new WeakMap();
    caches.set(encoder, byCollection);
  }
  let cache = byCollection.get(collection);
  if (cache === undefined) {
    cache = new FactCheckEmbeddingCache(encoder);
    byCollection.set(collection, cache);
  }
  return cache;
}
