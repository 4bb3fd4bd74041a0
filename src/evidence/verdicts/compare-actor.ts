/**
 * Who a claim and a fact say did it: organisations, people and groups that are not nationalities
 * (the Taliban, a party, a minister; not "Afghans"). A total over all actors bounds one actor's share.
 */
import type { Entity } from '../../model/analysis-schema.ts';
import type { ScopeRelation } from './scope.ts';
import { isActor } from './text-terms.ts';

/** The canonical names of the actors among `entities`, without repeats. */
export function actorsOf(entities: readonly Entity[]): string[] {
  return [...new Set(entities.filter(isActor).map((e) => e.name))];
}

/**
 * How the fact's actors relate to the claim's, for a measure of acts that have a perpetrator
 * (`attributed`: killings, attacks). Elsewhere a named actor is context ("under Obama, 15 million
 * jobs") rather than who the figure counts, so actors are not compared (`unknown`).
 *
 * A fact that names no actor counts everyone's doing: a `whole` of the claimed actor's share. A
 * shared actor is `equal`; only other actors is `other`.
 */
export function compareActor(claim: readonly string[], fact: readonly string[], attributed: boolean): ScopeRelation {
  if (!attributed || claim.length === 0) return 'unknown';
  if (fact.length === 0) return 'whole';
  return claim.some((name) => fact.includes(name)) ? 'equal' : 'other';
}
