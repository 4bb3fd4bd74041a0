/**
 * What `analyze()` needs to find earlier fact-checks: anything that ranks a collection's claims for
 * a batch of texts. The SQLite-backed index implements it; a caller may bring another (a remote
 * search, a fixed list in a test), which keeps the analysis itself free of I/O.
 */
import type { ClaimMatch } from '../model/evidence-schema.ts';

/** Ranks earlier fact-checks for texts. */
export interface ClaimMatcher {
  /** For each text, its best `top` matches, best first (an empty list when nothing is close). */
  match(texts: readonly string[], top: number): ClaimMatch[][];
}
