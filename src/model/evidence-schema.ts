/**
 * The evidence half of the analysis: earlier fact-checks a unit matches, and verdicts of units
 * against a fact base the user brings. Kept apart from the analysis schema because the fact-check
 * store, the matcher and the fact base read and write these shapes without an analysis.
 */
import { z } from 'zod';

/** One earlier fact-check, whatever file it was read from (ClaimReview, JSONL, CSV). */
export const FactCheckSchema = z.object({
  /** The collection's id for it; made from the file and line when the file gave none. */
  id: z.string(),
  /** The claim as the fact-checker worded it. */
  claim: z.string(),
  /** The fact-check article's headline. */
  title: z.string().nullable(),
  /** The fact-checker's rating as they wrote it ("False", "Mostly true", "Pants on fire"). */
  verdict: z.string().nullable(),
  url: z.string().nullable(),
  /** ISO 8601 date (or year, year-month) of the fact-check, as far as the source gave it. */
  date: z.string().nullable(),
  /** Who checked it (the fact-checking organisation or writer). */
  author: z.string().nullable(),
});

/** One earlier fact-check matched to a query, best first; score is the matcher's, higher is closer. */
export const ClaimMatchSchema = z.object({
  /** The fact-check's id in its collection. */
  id: z.string(),
  score: z.number(),
  claim: z.string(),
  verdict: z.string().nullable(),
  url: z.string().nullable(),
});

/** The earlier fact-checks matched to one check-worthy unit. */
export const UnitMatchesSchema = z.object({
  unit: z.string(),
  matches: z.array(ClaimMatchSchema),
});

/** Where a fact comes from: every verdict cites its facts with these. */
export const FactSourceSchema = z.object({
  title: z.string(),
  url: z.string().nullable(),
});

/** One sourced fact from the user's fact base (see docs/fact-base.md for the file format). */
export const FactSchema = z.object({
  id: z.string(),
  /** The fact in one sentence. */
  statement: z.string(),
  /** What the value counts or measures ("Afghan refugee arrivals in Pakistan"). */
  subject: z.string().nullable(),
  value: z.number().nullable(),
  /** The value's unit ("people", "districts", "percent", "USD"). */
  unit: z.string().nullable(),
  /** The time the fact is about, as ISO 8601 prefixes ("1990", "2021-06", "2021-08-15"). */
  time: z.object({ from: z.string(), to: z.string() }).nullable(),
  place: z.string().nullable(),
  source: FactSourceSchema,
  /** The sentence of the source that states it. */
  quote: z.string().nullable(),
});

/** The verdict classes. `misleading`: the number matches a fact about something else. */
export const VerdictLabelSchema = z.enum(['supported', 'contradicted', 'misleading', 'unverified']);

/** A factual unit judged against the fact base. */
export const VerdictSchema = z.object({
  unit: z.string(),
  verdict: VerdictLabelSchema,
  /** Ids of the facts the verdict rests on (empty for unverified when nothing spoke to it). */
  facts: z.array(z.string()),
  /** One or two sentences: what was compared, citing the facts by id and source. */
  explanation: z.string(),
});

/** How a prediction turned out, when facts dated after the text speak to it. */
export const ResolutionSchema = z.object({
  unit: z.string(),
  outcome: z.enum(['came_true', 'did_not_come_true', 'unclear']),
  facts: z.array(z.string()),
  explanation: z.string(),
});

/** {@link FactCheckSchema} as a TypeScript type. */
export type FactCheck = z.infer<typeof FactCheckSchema>;
/** {@link ClaimMatchSchema} as a TypeScript type. */
export type ClaimMatch = z.infer<typeof ClaimMatchSchema>;
/** {@link UnitMatchesSchema} as a TypeScript type. */
export type UnitMatches = z.infer<typeof UnitMatchesSchema>;
/** {@link FactSourceSchema} as a TypeScript type. */
export type FactSource = z.infer<typeof FactSourceSchema>;
/** {@link FactSchema} as a TypeScript type. */
export type Fact = z.infer<typeof FactSchema>;
/** {@link VerdictLabelSchema} as a TypeScript type. */
export type VerdictLabel = z.infer<typeof VerdictLabelSchema>;
/** {@link VerdictSchema} as a TypeScript type. */
export type Verdict = z.infer<typeof VerdictSchema>;
/** {@link ResolutionSchema} as a TypeScript type. */
export type Resolution = z.infer<typeof ResolutionSchema>;
