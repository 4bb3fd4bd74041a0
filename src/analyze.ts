/**
 * `analyze()`: text in, Analysis out. Pure: no I/O, no clock, no randomness, so the same text and
 * options always give the same analysis.
 */
import type { Analysis } from './model/analysis-schema.ts';
import { parseInput } from './parse/parse-input.ts';
import type { InputUnit } from './parse/parse-units.ts';
import { parseUnits } from './parse/parse-units.ts';
import { checkOptions, checkText, checkUnits } from './pipeline/check-options.ts';
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
 * @throws TypeError or RangeError, naming the option, when an option is unknown or has a value it
 *   does not accept (e.g. `facts` that is not an array of facts)
 */
export function analyze(text: string, options?: Readonly<Partial<AnalyzeOptions>> | null): Analysis {
  // Checked before parsing: the parser is the first to read options.format.
  checkText('analyze', text);
  checkOptions('analyze', options);
  return toAnalysis(runPipeline(parseInput(text, options?.format ?? 'auto'), options, DEFAULT_PIPELINE));
}

/**
 * Analyses pre-segmented units (a transcript's turns, a corpus's sentences): each input unit is
 * exactly one output unit, in order, never re-split. `options.format` is ignored.
 *
 * @throws as `analyze()` does
 */
export function analyzeUnits(units: readonly InputUnit[], options?: Readonly<Partial<AnalyzeOptions>> | null): Analysis {
  checkUnits('analyzeUnits', units);
  checkOptions('analyzeUnits', options);
  return toAnalysis(runPipeline(parseUnits(units), options, DEFAULT_PIPELINE));
}
