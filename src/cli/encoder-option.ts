/**
 * `--encoder DIR`: the analysis functions the CLI calls, the plain ones or, with an encoder, the
 * ones that feed its embeddings to the learned passes (and, with `--claims`, to the claim
 * re-ranker; load-encoder-for.ts loads the encoder). The encoder code is imported only when the
 * flag is given, so a plain run never loads transformers.js or onnxruntime.
 */
import { analyze, analyzeUnits } from '../analyze.ts';
import type { Analysis } from '../model/analysis-schema.ts';
import type { InputUnit } from '../parse/parse-units.ts';
import type { AnalyzeOptions } from '../pipeline/options.ts';
import type { SentenceEncoder } from '../encoder/load-encoder.ts';
import { loadEncoderFor } from './load-encoder-for.ts';
import type { CliOptions } from './options.ts';

/** Analyses a text or pre-segmented units; synchronous without an encoder. */
export interface Analyzers {
  text(text: string, options: Partial<AnalyzeOptions>): Analysis | Promise<Analysis>;
  units(units: readonly InputUnit[], options: Partial<AnalyzeOptions>): Analysis | Promise<Analysis>;
  /** The loaded encoder, whose claim re-ranker then matches earlier fact-checks too; null without one. */
  readonly encoder: SentenceEncoder | null;
}

const PLAIN: Analyzers = { text: analyze, units: analyzeUnits, encoder: null };

/**
 * The analyzers for the command line's options. With `--encoder`, loads the encoder and its
 * trained models first (the claim re-ranker too with `--claims`).
 * @throws CliError (exit code 2) naming the folder and the fix
 */
export async function analyzersFor(options: CliOptions): Promise<Analyzers> {
  if (options.encoder === null) return PLAIN;
  const encoder = await loadEncoderFor(options.encoder, { units: true, claims: options.claims.length > 0 });
  const { analyzeWithEncoder, analyzeUnitsWithEncoder } = await import('../encoder/analyze-with-encoder.ts');
  return {
    text: (text, rest) => analyzeWithEncoder(text, { ...rest, encoder }),
    units: (units, rest) => analyzeUnitsWithEncoder(units, { ...rest, encoder }),
    encoder,
  };
}
