/** Options of `analyze()`, their defaults, and how a partial options object is completed. */
import type { Fact } from '../model/evidence-schema.ts';
import type { TextFormat } from '../parse/parse-input.ts';

/** Options of `analyze()`; every one has a default in `defaults`. */
export interface AnalyzeOptions {
  /** How to read the text; `auto` recognises HTML and `NAME: utterance` transcripts. */
  readonly format: TextFormat;
  /** Stance targets; when empty, stance is reported toward the most salient entities. */
  readonly targets: readonly string[];
  /** How many salient entities get a stance when no targets are given. */
  readonly salientTargets: number;
  /**
   * Units scoring at least this are `checkworthy`. The default 0.5 is where the check-worthiness
   * model's F1 of check-worthy claims peaks in cross-validation (scripts/tasks/checkworthiness.ts).
   */
  readonly checkworthyThreshold: number;
  /** The caller's document id, copied to `Analysis.id`. */
  readonly id: string | null;
  /** Largest text accepted, in UTF-16 code units (about bytes for English); larger input throws. */
  readonly maxLength: number;
  /** Most units one document may have; more throws (a runaway text would make an unusable map). */
  readonly maxUnits: number;
  /** The user's fact base: factual check-worthy units get verdicts against it. */
  readonly facts: readonly Fact[];
  /**
   * When the text was written (ISO 8601 date or prefix, e.g. "2021-07"); facts dated after it may
   * resolve its predictions. Null: predictions are not resolved.
   */
  readonly textDate: string | null;
}

/** The defaults every option falls back to. */
export const defaults: Readonly<AnalyzeOptions> = Object.freeze({
  format: 'auto',
  targets: Object.freeze([]) as readonly string[],
  salientTargets: 3,
  checkworthyThreshold: 0.5,
  id: null,
  maxLength: 5_000_000,
  maxUnits: 100_000,
  facts: Object.freeze([]) as readonly Fact[],
  textDate: null,
});

export type ResolvedOptions = Readonly<AnalyzeOptions>;

/** Fills in missing options from `defaults`. */
export function resolveOptions(options?: Readonly<Partial<AnalyzeOptions>> | null): ResolvedOptions {
  const merged: AnalyzeOptions = { ...defaults };
  if (options) {
    for (const [key, value] of Object.entries(options)) {
      if (value !== undefined) Object.assign(merged, { [key]: value });
    }
  }
  return merged;
}
