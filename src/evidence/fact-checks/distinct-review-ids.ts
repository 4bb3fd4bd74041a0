/**
 * Ids for the ClaimReviews of one file that share an address. A ClaimReview's id is its url, but a
 * round-up page reviews several claims under one url; under one id the index kept only the last of
 * them and lost the others without a word ("indexed 2 fact-checks ... holds 1 fact-check"). Each
 * review of such a shared id gets a hash of its claim after it, as a record without an id does
 * (`fallbackFactCheckId`), so re-indexing the page still updates the same records.
 */
import { fnv1a } from '../../learn/feature-hashing.ts';
import type { FactCheck } from '../../model/evidence-schema.ts';

/** `factChecks` with the ids that several different claims share made distinct; other ids unchanged. */
export function distinctReviewIds(factChecks: readonly FactCheck[]): FactCheck[] {
  const claims = new Map<string, Set<string>>();
  for (const { id, claim } of factChecks) claims.set(id, (claims.get(id) ?? new Set()).add(claim));
  // The same claim twice under one id is one fact-check, as before; only different claims split.
  return factChecks.map((factCheck) =>
    (claims.get(factCheck.id)?.size ?? 0) > 1 ? { ...factCheck, id: `${factCheck.id}#${fnv1a(factCheck.claim).toString(16).padStart(8, '0')}` } : factCheck,
  );
}
