/**
 * The entities of a unit as the verdict logic should trust them. The entity pass guesses names
 * from capitalised runs ("The Harrow Software Collective", a run ending in "Park" as a place); in a
 * transcript written in capitals every word is capitalised, so such a guess is noise ("GUNS TO BE
 * SHOT IN A CITY PARK" became a place, and its topic words "gun", "city", "park" then counted as a
 * name, not a topic, in retrieval). There only entities the gazetteer or a defined acronym
 * recognise are kept; text in ordinary case keeps every entity.
 */
import type { Entity, Unit } from '../../model/analysis-schema.ts';
import { readableCase } from './text-terms.ts';

/** The unit's entities, without capitalisation guesses when the unit is written in capitals. */
export function trustedEntities(unit: Pick<Unit, 'text' | 'entities'>): Entity[] {
  if (readableCase(unit.text) === unit.text) return [...unit.entities];
  return unit.entities.filter((e) => e.source !== 'pattern');
}
