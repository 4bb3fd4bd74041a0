/**
 * argscope's public API. Everything a library user needs is named here; anything else is internal
 * and may change. A test pins the list of names.
 */
export { analyze, analyzeUnits, InputRejectedError } from './analyze.ts';
export { analyzeUnitsWithEncoder, analyzeWithEncoder } from './encoder/analyze-with-encoder.ts';
export type { EncoderAnalyzeOptions } from './encoder/analyze-with-encoder.ts';
export { EncoderError } from './encoder/encoder-error.ts';
export { loadEncoder } from './encoder/load-encoder.ts';
export type { EncoderOptions, SentenceEncoder } from './encoder/load-encoder.ts';
export type { EncoderAttachOptions, EncoderMatchOptions } from './encoder/match-with-encoder.ts';
export type { AttachMatchesOptions } from './evidence/attach-matches.ts';
export { parseFactBase, readFactBase } from './evidence/fact-base/read-fact-base.ts';
export type { FactBaseFormat } from './evidence/fact-base/read-fact-base.ts';
export type { FactBaseResult, FactProblem } from './evidence/fact-base/validate-fact.ts';
export {
  attachMatches,
  attachMatchesWithEncoder,
  closeFactCheckIndex,
  indexFactChecks,
  matchClaims,
  matchClaimsWithEncoder,
  openFactCheckIndex,
  readFactChecks,
} from './evidence/fact-checks-api.ts';
export type { FactCheckProblem, FactCheckResult } from './evidence/fact-checks/fact-check-record.ts';
export type { FactCheckIndex } from './evidence/matching/fact-check-index.ts';
export type { MatchOptions } from './evidence/matching/match-claims.ts';
export { FactCheckSchema, FactSchema } from './model/evidence-schema.ts';
export type { ClaimMatch, Fact, FactCheck, FactSource, Resolution, UnitMatches, Verdict, VerdictLabel } from './model/evidence-schema.ts';
export { defaults } from './pipeline/options.ts';
export type { AnalyzeOptions } from './pipeline/options.ts';
export type { InputUnit } from './parse/parse-units.ts';
export type { TextFormat } from './parse/parse-input.ts';
export { AnalysisSchema, SCHEMA_VERSION } from './model/analysis-schema.ts';
export type {
  Analysis,
  Certainty,
  CertaintyLevel,
  Cue,
  Diagnostic,
  Entity,
  EntityType,
  Flag,
  InputFormat,
  Kind,
  Quantity,
  Relation,
  RelationType,
  Role,
  Sentence,
  Span,
  Stance,
  TimeExpression,
  Unit,
} from './model/analysis-schema.ts';
export { analysisJsonSchema } from './model/json-schema.ts';
export { OUTPUT_FORMATS, serialize } from './serialize/serialize.ts';
export type { OutputFormat } from './serialize/serialize.ts';
export { toJson } from './serialize/to-json.ts';
export { toMarkdown } from './serialize/to-markdown.ts';
export { toArgdown } from './serialize/to-argdown.ts';
export { toAif } from './serialize/to-aif.ts';
export { toHtml } from './serialize/to-html.ts';
