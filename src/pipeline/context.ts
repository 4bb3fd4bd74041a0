/**
 * The working state passes read and fill in. Units are created complete with neutral defaults by
 * segmentation, so every later pass only overwrites the fields it provides.
 */
import type { CertaintyLevel, Diagnostic, Kind, Relation, Sentence, Span, Stance, Unit } from '../model/analysis-schema.ts';
import type { Fact, Resolution, UnitMatches, Verdict } from '../model/evidence-schema.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { Block, SourceDocument } from '../parse/source-document.ts';
import type { ResolvedOptions } from './options.ts';
import type { UnitFeatures } from '../passes/unit-features.ts';

/** Token index range `[first, end)` into `AnalysisContext.tokens`. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

export interface AnalysisContext {
  readonly source: SourceDocument;
  readonly options: ResolvedOptions;
  /** All tokens, without white-space tokens. */
  tokens: readonly Token[];
  /** wink's sentiment of the sentence each token lies in, parallel to `tokens`. */
  tokenSentiment: readonly number[];
  paragraphs: Span[];
  /** The parser block of each paragraph, parallel to `paragraphs` (speaker, list marker, kind). */
  paragraphBlocks: Block[];
  sentences: Sentence[];
  sentenceTokens: TokenRange[];
  units: Unit[];
  /** Parallel to `units`. */
  unitTokens: TokenRange[];
  /** Parallel to `units`; filled by the kinds pass, read by later decisions. */
  features: UnitFeatures[];
  /**
   * The rule-based decisions, parallel to `units`, kept apart from the unit fields that learned
   * models may overwrite, so a model's features never depend on another model's output.
   */
  rules: { kind: Kind[]; certainty: CertaintyLevel[]; checkworthiness: number[] };
  /** Token indices that belong to a time expression, so the quantity pass does not count a year. */
  timeTokens: Set<number>;
  relations: Relation[];
  majorClaim: string | null;
  stances: Stance[];
  matches: UnitMatches[];
  verdicts: Verdict[];
  resolutions: Resolution[];
  /** The facts that verdicts and resolutions cite. */
  facts: Fact[];
  diagnostics: Diagnostic[];
}

/** The tokens of the unit at `index`. */
export function tokensOf(context: AnalysisContext, index: number): readonly Token[] {
  const range = context.unitTokens[index];
  return range === undefined ? [] : context.tokens.slice(range.first, range.end);
}
