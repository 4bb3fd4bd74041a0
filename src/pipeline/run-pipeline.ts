/** Running a pipeline over a parsed document: the one place an AnalysisContext is made. */
import type { Analysis } from '../model/analysis-schema.ts';
import { SCHEMA_VERSION } from '../model/schema-version.ts';
import type { SourceDocument } from '../parse/source-document.ts';
import type { AnalysisContext } from './context.ts';
import { InputRejectedError } from './input-rejected-error.ts';
import type { AnalyzeOptions } from './options.ts';
import { resolveOptions } from './options.ts';
import type { Pipeline } from './pipeline.ts';

/**
 * Runs `pipeline` over a parsed document and returns the working context (tokens, features, units).
 * Internal: training scripts use it to compute features exactly as `analyze()` does.
 */
export function runPipeline(
  source: SourceDocument,
  options: Readonly<Partial<AnalyzeOptions>> | null | undefined,
  pipeline: Pipeline,
): AnalysisContext {
  const resolved = resolveOptions(options);
  if (source.text.length > resolved.maxLength) {
    throw new InputRejectedError(
      `input is ${source.text.length} characters, over the limit of ${resolved.maxLength}; raise maxLength (--max-size) or split the text`,
    );
  }
  const context: AnalysisContext = {
    source,
    options: resolved,
    tokens: [],
    tokenSentiment: [],
    paragraphs: [],
    paragraphBlocks: [],
    sentences: [],
    sentenceTokens: [],
    units: [],
    unitTokens: [],
    features: [],
    rules: { kind: [], certainty: [], checkworthiness: [] },
    timeTokens: new Set(),
    relations: [],
    majorClaim: null,
    stances: [],
    matches: [],
    verdicts: [],
    resolutions: [],
    facts: [],
    diagnostics: [],
  };
  if (source.text.trim() === '') {
    context.diagnostics.push({ rule: 'input/empty', severity: 'warning', message: 'the input has no text to analyse' });
  } else {
    pipeline.run(context);
    if (context.units.length === 0) {
      context.diagnostics.push({ rule: 'input/no-prose', severity: 'warning', message: 'the input has no prose to analyse (only markup, code or labels)' });
    }
  }
  return context;
}

/** The analysis a context holds, as plain data. */
export function toAnalysis(context: AnalysisContext): Analysis {
  return {
    version: SCHEMA_VERSION,
    id: context.options.id,
    format: context.source.format,
    text: context.source.text,
    paragraphs: context.paragraphs,
    sentences: context.sentences,
    units: context.units,
    relations: context.relations,
    majorClaim: context.majorClaim,
    stances: context.stances,
    matches: context.matches,
    verdicts: context.verdicts,
    resolutions: context.resolutions,
    facts: context.facts,
    diagnostics: context.diagnostics,
  };
}

