/**
 * Places of a claim and a fact, compared with the gazetteer's containment: a fact placed in
 * "Khyber Pakhtunkhwa" lies inside Pakistan, so for a claim about Pakistan it covers a part.
 */
import type { Entity } from '../../model/analysis-schema.ts';
import type { ScopeRelation } from './scope.ts';
import { textEntities, textTerms } from './text-terms.ts';

/** A place with the places that contain it, innermost first. */
export interface Place {
  readonly name: string;
  readonly partOf: readonly string[];
}

/** Drops places that contain another of the list: "Pakistan … KPK" is about KPK. */
export function innermostPlaces(places: readonly Place[]): Place[] {
  const unique = places.filter((p, i) => places.findIndex((q) => q.name === p.name) === i);
  return unique.filter((p) => !unique.some((q) => q !== p && q.partOf.includes(p.name)));
}

/** The places a unit's entities name (innermost only). */
export function claimPlaces(entities: readonly Entity[]): Place[] {
  return innermostPlaces(entities.filter((e) => e.type === 'place').map((e) => ({ name: e.name, partOf: e.partOf })));
}

/**
 * The place a fact is about: its `place` field read through the gazetteer ("Badakhshan,
 * Afghanistan" → Badakhshan Province, in Afghanistan), else the places its statement names.
 * A place the gazetteer does not know keeps its written name; what follows a comma contains it.
 */
export function factPlaces(place: string | null, statementEntities: readonly Entity[]): Place[] {
  if (place === null) return claimPlaces(statementEntities);
  // "X, Y" is X inside Y: resolve each part, and let the later parts contain the first.
  const parts = place.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const resolved = parts.map((part) => {
    const found = textEntities(textTerms(part)).filter((e) => e.type === 'place');
    const inner = innermostPlaces(found.map((e) => ({ name: e.name, partOf: e.partOf })))[0];
    return inner ?? { name: part, partOf: [] };
  });
  const [first, ...containers] = resolved;
  if (first === undefined) return [];
  const partOf = [...first.partOf];
  for (const container of containers) for (const name of [container.name, ...container.partOf]) if (!partOf.includes(name)) partOf.push(name);
  return [{ name: first.name, partOf }];
}

const PREFERENCE: readonly ScopeRelation[] = ['equal', 'part', 'whole', 'other'];

function relate(claim: Place, fact: Place): ScopeRelation {
  if (claim.name === fact.name) return 'equal';
  if (fact.partOf.includes(claim.name)) return 'part';
  if (claim.partOf.includes(fact.name)) return 'whole';
  return 'other';
}

/**
 * How the fact's place relates to the claim's: the best relation over the claim's places.
 * Inside or around only bound a figure that adds up over places (people, events, money); a rate
 * or a share in a province says nothing about the country's, so then it is `other`.
 */
export function comparePlace(claim: readonly Place[], fact: readonly Place[], additive: boolean): ScopeRelation {
  if (claim.length === 0 || fact.length === 0) return 'unknown';
  let best: ScopeRelation = 'other';
  for (const c of claim) {
    for (const f of fact) {
      const relation = relate(c, f);
      if (PREFERENCE.indexOf(relation) < PREFERENCE.indexOf(best)) best = relation;
    }
  }
  return !additive && (best === 'part' || best === 'whole') ? 'other' : best;
}
