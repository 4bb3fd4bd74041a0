/**
 * `analyze()`: text in, Analysis out. Pure: no I/O, no clock, no randomness, so the same text and
 * options always give the same analysis.
 */
import type { Analysis } from './model/analysis-schema.ts';
import { SCHEMA_VERSION } from './model/schema-version.ts';
import { parseInput } from './parse/parse-input.ts';
import type { InputUnit } from './parse/parse-units.ts';
import { parseUnits } from './parse/parse-units.ts';
import type { SourceDocument } from './parse/source-document.ts';
import type { AnalysisContext } from './pipeline/context.ts';
import type { AnalyzeOptions } from './pipeline/options.ts';
import { resolveOptions } from './pipeline/options.ts';
import { DEFAULT_PIPELINE } from './pipeline/presets.ts';

/** Thrown for input `analyze()` refuses as a whole (too large); the message names the fix. */
export class InputRejectedError extends Error {
  override readonly name = 'InputRejectedError';
}

function run(source: SourceDocument, options: Readonly<Partial<AnalyzeOptions>> | null | undefined): Analysis {
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
    timeTokens: new Set(),
    relations: [],
    majorClaim: null,
    stances: [],
    diagnostics: [],
  };
  if (source.text.trim() === '') {
    context.diagnostics.push({ rule: 'input/empty', severity: 'warning', message: 'the input has no text to analyse' });
  } else {
    DEFAULT_PIPELINE.run(context);
  }
  return {
    version: SCHEMA_VERSION,
    id: resolved.id,
    format: source.format,
    text: source.text,
    paragraphs: context.paragraphs,
    sentences: context.sentences,
    units: context.units,
    relations: context.relations,
    majorClaim: context.majorClaim,
    stances: context.stances,
    diagnostics: context.diagnostics,
  };
}

/**
 * Analyses one text: its units, their roles, kinds, certainty, check-worthiness, quantities, times,
 * entities and flags, the support and attack between them under one major claim, and stance.
 *
 * @param text the document, as plain text, Markdown, HTML or a transcript (see `options.format`)
 * @param options partial options; anything missing comes from `defaults`
 * @throws InputRejectedError when the text is longer than `options.maxLength`
 */
export function analyze(text: string, options?: Readonly<Partial<AnalyzeOptions>> | null): Analysis {
  return run(parseInput(text, options?.format ?? 'auto'), options);
}

/**
 * Analyses pre-segmented units (a transcript's turns, a corpus's sentences): each input unit is
 * exactly one output unit, in order, never re-split. `options.format` is ignored.
 */
export function analyzeUnits(units: readonly InputUnit[], options?: Readonly<Partial<AnalyzeOptions>> | null): Analysis {
  return run(parseUnits(units), options);
}
