/**
 * The gazetteer as a token-sequence lookup: every name, alias and demonym, tokenized once when
 * first used, keyed by its first token's lower-cased form.
 */
import type { EntityType } from '../../model/analysis-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import { startsWithCapital } from '../../nlp/letter-case.ts';
import { tokenizeMany } from '../../nlp/tokenize.ts';
import { GAZETTEER } from './gazetteer-data.ts';

/** What a surface form names. */
export interface GazetteerHit {
  readonly type: EntityType;
  readonly name: string;
  readonly partOf: readonly string[];
}

interface Surface {
  readonly words: readonly string[];
  /** Acronyms, all-caps and mixed-case aliases must match case exactly ("US" yes, "us" no). */
  readonly exact: readonly string[] | null;
  readonly hit: GazetteerHit;
}

let index: Map<string, Surface[]> | null = null;

function build(): Map<string, Surface[]> {
  const surfaces: { surface: string; hit: GazetteerHit }[] = [];
  for (const entry of GAZETTEER) {
    const hit: GazetteerHit = { type: entry.type, name: entry.name, partOf: entry.partOf };
    for (const surface of [entry.name, ...entry.aliases]) surfaces.push({ surface, hit });
    const people = entry.demonyms[1] ?? entry.demonyms[0];
    if (people !== undefined) {
      for (const demonym of entry.demonyms) surfaces.push({ surface: demonym, hit: { type: 'group', name: people, partOf: [] } });
    }
  }
  const tokenized = tokenizeMany(surfaces.map((s) => s.surface));
  const map = new Map<string, Surface[]>();
  surfaces.forEach(({ surface, hit }, i) => {
    const tokens = tokenized[i] ?? [];
    if (tokens.length === 0) return;
    // Mixed-case acronyms ("LeT", "DoD") match exactly too, or "Let us" would name Lashkar-e-Taiba.
    const allCaps = (/^[\p{Lu}\d.&-]+$/u.test(surface.replace(/\s/g, '')) && /\p{Lu}{2}/u.test(surface)) || /\p{Ll}\p{Lu}/u.test(surface);
    const words = tokens.map((t) => t.value.toLowerCase());
    const bucket = map.get(words[0] ?? '') ?? [];
    bucket.push({ words, exact: allCaps ? tokens.map((t) => t.value) : null, hit });
    map.set(words[0] ?? '', bucket);
  });
  for (const bucket of map.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/** The longest gazetteer surface starting at token `i` (tokens `[i, end)`), with its token length. */
export function lookupGazetteer(tokens: readonly Token[], i: number, end: number): { hit: GazetteerHit; length: number } | null {
  index ??= build();
  const first = tokens[i];
  if (first === undefined || !startsWithCapital(first.value)) return null;
  const bucket = index.get(first.value.toLowerCase());
  if (bucket === undefined) return null;
  for (const surface of bucket) {
    if (i + surface.words.length > end) continue;
    let ok = true;
    for (let k = 0; k < surface.words.length && ok; k += 1) {
      const token = tokens[i + k] as Token;
      ok = surface.exact !== null ? token.value === surface.exact[k] : token.value.toLowerCase() === surface.words[k];
    }
    if (ok) return { hit: surface.hit, length: surface.words.length };
  }
  return null;
}
