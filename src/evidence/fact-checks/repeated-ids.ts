/**
 * An id given to two different fact-checks in one file. The index updates fact-checks by id, so
 * the later record silently replaced the earlier ("indexed 2 fact-checks ... holds 1 fact-check").
 * A fact base reports the same mistake ("id was already used on line N"); a collection now does
 * too, and keeps the first. The same record twice (same claim) is still one fact-check, quietly.
 */
import type { FactCheck } from '../../model/evidence-schema.ts';

/** Remembers the ids of one file's records, by line. */
export class RepeatedIds {
  private readonly first = new Map<string, { readonly line: number; readonly claim: string }>();

  /** The problem when `factCheck` reuses an earlier record's id for another claim; else null, and the id is remembered. */
  check(factCheck: FactCheck, line: number): string | null {
    const earlier = this.first.get(factCheck.id);
    if (earlier === undefined) {
      this.first.set(factCheck.id, { line, claim: factCheck.claim });
      return null;
    }
    if (earlier.claim === factCheck.claim) return null;
    return `id "${factCheck.id.slice(0, 40)}" was already used on line ${earlier.line} for another claim; give each fact-check its own id`;
  }
}
