/**
 * The Analysis schema: one zod definition from which the TypeScript types, the JSON Schema
 * (`npm run schema`) and, later, the HTTP API's OpenAPI are all derived, so they cannot drift.
 *
 * Every span is `[start, end)` in 0-based UTF-16 code units of `Analysis.text`, the original input:
 * `analysis.text.slice(x.start, x.end) === x.text` holds wherever an object carries `text`.
 */
import { z } from 'zod';
import { FactSchema, ResolutionSchema, UnitMatchesSchema, VerdictSchema } from './evidence-schema.ts';

import { SCHEMA_VERSION } from './schema-version.ts';

export { SCHEMA_VERSION };

const offset = z.number().int().nonnegative();

/** Why a label was given: a marker word, a pattern, a position rule or a model feature. */
export const CueSchema = z.object({
  source: z.enum(['marker', 'pattern', 'lexicon', 'structure', 'position', 'feature', 'default']),
  /** What fired, in words a reader understands: the marker text, the feature name, the rule. */
  text: z.string(),
  /** How much it pushed the decision; positive pushes towards the label given. */
  weight: z.number(),
});

/** A figure in a unit: exact, a range or a vague magnitude, normalised. */
export const QuantitySchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  /** The single value stated, when the text states one ("1.4 million" → 1400000). */
  value: z.number().nullable(),
  /**
   * Lower and upper bounds: equal to `value` for an exact figure, wider for ranges and vague
   * magnitudes ("tens of thousands" → 10000..99999); null where the text leaves a side open
   * ("more than 500" has no max).
   */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** `people`, `percent`, `USD`, `km`, … or null when the text names no unit. */
  unit: z.string().nullable(),
  /** The thing counted, when a noun follows the figure ("1.4 million Afghan refugees" → "Afghan refugees"). */
  counted: z.string().nullable(),
  /** True for "roughly", "about", "tens of thousands" and other hedged or vague figures. */
  approximate: z.boolean(),
});

/** A time expression normalised to an ISO-like range. */
export const TimeSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  /** ISO-like lower bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from: z.string(),
  /** ISO-like upper bound, inclusive, at the same precision as `from`. */
  to: z.string(),
});

/** What kind of thing an entity is. */
export const EntityTypeSchema = z.enum(['person', 'organisation', 'group', 'place']);

/** A place, organisation, group or person a unit mentions. */
export const EntitySchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  type: EntityTypeSchema,
  /** Canonical name: "KPK" → "Khyber Pakhtunkhwa", "Afghan's" → "Afghans". */
  name: z.string(),
  /** For places: the canonical names of the places that contain it, innermost first. */
  partOf: z.array(z.string()),
  /** How it was recognised. */
  source: z.enum(['gazetteer', 'acronym', 'pattern']),
});

/** Wording a careful reader should weigh: absolutes, generalisations, loaded or figurative language, scare quotes. */
export const FlagSchema = z.object({
  type: z.enum(['absolute', 'generalisation', 'loaded', 'figurative', 'scare_quotes']),
  text: z.string(),
  start: offset,
  end: offset,
});

/** How certain the author sounds, from flat assertion to open doubt. */
export const CertaintyLevelSchema = z.enum(['certain', 'probable', 'possible', 'uncertain']);

/** A unit's certainty level with the hedges and boosters that set it. */
export const CertaintySchema = z.object({
  level: CertaintyLevelSchema,
  cues: z.array(CueSchema),
});

/** A unit's place in the argument: the thesis, a claim, a premise, or not part of it. */
export const RoleSchema = z.enum(['major_claim', 'claim', 'premise', 'none']);
/** What a unit does: states a fact or an opinion, predicts, recommends, asks, or none of these. */
export const KindSchema = z.enum(['fact', 'opinion', 'prediction', 'recommendation', 'question', 'other']);

/** An argumentative unit: a sentence, or part of one that makes a move of its own. */
export const UnitSchema = z.object({
  /** `u1`, `u2`, … in document order. */
  id: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  /**
   * The unit as a reader sees it when the input was Markdown or HTML: markup removed, character
   * references decoded, white space folded ("It&#8217;s <b>late</b>" → "It’s late"). Null when it
   * would equal `text`.
   */
  display: z.string().nullable(),
  /** The sentence and paragraph the unit lies in (a unit never crosses a sentence). */
  sentence: z.string(),
  paragraph: z.string(),
  /** The speaker of a transcript turn or of a `units` JSONL line. */
  speaker: z.string().nullable(),
  /** "1)", "2.", "-" when the unit opens a list item; list items are reasons for the claim before the list. */
  listMarker: z.string().nullable(),
  role: RoleSchema,
  kind: KindSchema,
  /** A ranking score in 0..1: how much a fact-checker would want to check this unit. */
  checkworthiness: z.number().min(0).max(1),
  checkworthy: z.boolean(),
  /** True when the author grants a point to the other side ("That's not to say …", "Though …"). */
  concession: z.boolean(),
  certainty: CertaintySchema,
  quantities: z.array(QuantitySchema),
  times: z.array(TimeSchema),
  entities: z.array(EntitySchema),
  flags: z.array(FlagSchema),
  /** Why `role`, `kind`, `checkworthiness` and `concession` came out as they did. */
  cues: z.object({
    role: z.array(CueSchema),
    kind: z.array(CueSchema),
    checkworthiness: z.array(CueSchema),
    concession: z.array(CueSchema),
  }),
});

/** How one unit bears on another. */
export const RelationTypeSchema = z.enum(['support', 'attack', 'undercut']);

/** A directed link of the argument map, from a reason or objection to what it bears on. */
export const RelationSchema = z.object({
  id: z.string(),
  /** The unit that gives the reason or the objection. */
  from: z.string(),
  /**
   * The unit it bears on. For `undercut`, `from` attacks the inference from `to` to the unit `to`
   * itself points at (the link, not the claim), as in the argument-microtexts scheme.
   */
  to: z.string(),
  type: RelationTypeSchema,
  confidence: z.number().min(0).max(1),
  cues: z.array(CueSchema),
});

/** The document's stance toward one target. */
export const StanceSchema = z.object({
  target: z.string(),
  stance: z.enum(['favor', 'against', 'none']),
  /** Signed strength: positive leans favour, negative against; |score| near 0 is no stance. */
  score: z.number(),
  /** Units that mention the target and so carry the evidence. */
  units: z.array(z.string()),
  /** True when the user named the target; false when it was picked as a salient entity. */
  given: z.boolean(),
});

/** A paragraph (or any span with an id). */
export const SpanSchema = z.object({ id: z.string(), start: offset, end: offset });

/** A sentence, with the paragraph it lies in. */
export const SentenceSchema = SpanSchema.extend({ paragraph: z.string() });

/** Recoverable trouble found while analysing, as data. */
export const DiagnosticSchema = z.object({
  /** A stable rule id such as `quantity/no-unit` or `input/bad-json-line`. */
  rule: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  start: offset.optional(),
  end: offset.optional(),
  /** 1-based line of the input, for line-oriented inputs. */
  line: z.number().int().positive().optional(),
});

/** How the input was read. */
export const InputFormatSchema = z.enum(['text', 'markdown', 'html', 'transcript', 'units']);

/** The whole analysis of one document: the JSON output, validated by this schema. */
export const AnalysisSchema = z.object({
  version: z.literal(SCHEMA_VERSION),
  /** The caller's id for the document (docs JSONL mode), else null. */
  id: z.string().nullable(),
  format: InputFormatSchema,
  /** The original input, exactly as given: all offsets point into it. */
  text: z.string(),
  paragraphs: z.array(SpanSchema),
  sentences: z.array(SentenceSchema),
  units: z.array(UnitSchema),
  relations: z.array(RelationSchema),
  /** The unit id of the thesis, or null when the text argues nothing. */
  majorClaim: z.string().nullable(),
  stances: z.array(StanceSchema),
  /** Earlier fact-checks matched to check-worthy units (empty unless a fact-check collection was given). */
  matches: z.array(UnitMatchesSchema),
  /** Factual check-worthy units judged against the fact base (empty unless facts were given). */
  verdicts: z.array(VerdictSchema),
  /** Predictions that facts dated after the text speak to (needs the text's date). */
  resolutions: z.array(ResolutionSchema),
  /** The facts the verdicts and resolutions cite, with their sources, so the analysis stands alone. */
  facts: z.array(FactSchema),
  diagnostics: z.array(DiagnosticSchema),
});

/** {@link CueSchema} as a TypeScript type. */
export type Cue = z.infer<typeof CueSchema>;
/** {@link QuantitySchema} as a TypeScript type. */
export type Quantity = z.infer<typeof QuantitySchema>;
/** {@link TimeSchema} as a TypeScript type. */
export type TimeExpression = z.infer<typeof TimeSchema>;
/** {@link EntityTypeSchema} as a TypeScript type. */
export type EntityType = z.infer<typeof EntityTypeSchema>;
/** {@link EntitySchema} as a TypeScript type. */
export type Entity = z.infer<typeof EntitySchema>;
/** {@link FlagSchema} as a TypeScript type. */
export type Flag = z.infer<typeof FlagSchema>;
/** {@link CertaintyLevelSchema} as a TypeScript type. */
export type CertaintyLevel = z.infer<typeof CertaintyLevelSchema>;
/** {@link CertaintySchema} as a TypeScript type. */
export type Certainty = z.infer<typeof CertaintySchema>;
/** {@link RoleSchema} as a TypeScript type. */
export type Role = z.infer<typeof RoleSchema>;
/** {@link KindSchema} as a TypeScript type. */
export type Kind = z.infer<typeof KindSchema>;
/** {@link UnitSchema} as a TypeScript type. */
export type Unit = z.infer<typeof UnitSchema>;
/** {@link RelationTypeSchema} as a TypeScript type. */
export type RelationType = z.infer<typeof RelationTypeSchema>;
/** {@link RelationSchema} as a TypeScript type. */
export type Relation = z.infer<typeof RelationSchema>;
/** {@link StanceSchema} as a TypeScript type. */
export type Stance = z.infer<typeof StanceSchema>;
/** {@link SpanSchema} as a TypeScript type. */
export type Span = z.infer<typeof SpanSchema>;
/** {@link SentenceSchema} as a TypeScript type. */
export type Sentence = z.infer<typeof SentenceSchema>;
/** {@link DiagnosticSchema} as a TypeScript type. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
/** {@link InputFormatSchema} as a TypeScript type. */
export type InputFormat = z.infer<typeof InputFormatSchema>;
/** {@link AnalysisSchema} as a TypeScript type. */
export type Analysis = z.infer<typeof AnalysisSchema>;
