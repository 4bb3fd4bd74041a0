/**
 * `analyze()`: text in, Analysis out. Pure: no I/O, no clock, no randomness, so the same text and
 * options always give the same analysis.
 */
import type { Analysis } from './model/analysis-schema.ts';
import { parseInput } from './parse/parse-input.ts';
import type { InputUnit } from './parse/parse-units.ts';
import { parseUnits } from './parse/parse-units.ts';
import type { AnalyzeOptions } from './pipeline/options.ts';
import { DEFAULT_PIPELINE } from './pipeline/presets.ts';
import { runPipeline, toAnalysis } from './pipeline/run-pipeline.ts';

export { InputRejectedError } from './pipeline/input-rejected-error.ts';

/**
 * Analyses one text: its units, their roles, kinds, certainty, check-worthiness, quantities, times,
 * entities and flags, the support and attack between them under one major claim, and stance.
 *
 * @param text the document, as plain text, Markdown, HTML or a transcript (see `options.format`)
 * @param options partial options; anything missing comes from `defaults`
 * @throws InputRejectedError when the text is longer than `options.maxLength`
 */
export function analyze(text: string, options?: Readonly<Partial<AnalyzeOptions>> | null): Analysis {
  return toAnalysis(runPipeline(parseInput(text, options?.format ?? 'auto'), options, DEFAULT_PIPELINE));
}

/**
 * Analyses pre-segmented units (a transcript's turns, a corpus's sentences): each input unit is
 * exactly one output unit, in order, never re-split. `options.format` is ignored.
 */
export function analyzeUnits(units: readonly InputUnit[], options?: Readonly<Partial<AnalyzeOptions>> | null): Analysis {
  return toAnalysis(runPipeline(parseUnits(units), options, DEFAULT_PIPELINE));
}
