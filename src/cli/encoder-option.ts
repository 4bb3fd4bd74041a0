/**
 * `--encoder DIR`: the analysis functions the CLI calls, the plain ones or, with an encoder, the
 * ones that feed its embeddings to the learned passes. The encoder code is imported only when the
 * flag is given, so a plain run never loads transformers.js or onnxruntime.
 */
import { analyze, analyzeUnits } from '../analyze.ts';
import type { Analysis } from '../model/analysis-schema.ts';
import type { InputUnit } from '../parse/parse-units.ts';
import type { AnalyzeOptions } from '../pipeline/options.ts';
import { CliError } from './cli-error.ts';
import type { CliOptions } from './options.ts';

/** Analyses a text or pre-segmented units; synchronous without an encoder. */
export interface Analyzers {
  text(text: string, options: Partial<AnalyzeOptions>): Analysis | Promise<Analysis>;
  units(units: readonly InputUnit[], options: Partial<AnalyzeOptions>): Analysis | Promise<Analysis>;
}

const PLAIN: Analyzers = { text: analyze, units: analyzeUnits };

/**
 * The analyzers for the command line's options. With `--encoder`, loads the encoder and its
 * trained models first, so a bad folder or missing models stop the run before any input is read.
 * @throws CliError (exit code 2) naming the folder and the fix
 */
export async function analyzersFor(options: CliOptions): Promise<Analyzers> {
  if (options.encoder === null) return PLAIN;
  const [{ EncoderError }, { loadEncoder }, { loadVariantModels }, { analyzeWithEncoder, analyzeUnitsWithEncoder }] = await Promise.all([
    import('../encoder/encoder-error.ts'),
    import('../encoder/load-encoder.ts'),
    import('../encoder/variant-models.ts'),
    import('../encoder/analyze-with-encoder.ts'),
  ]);
  try {
    const encoder = await loadEncoder(options.encoder);
    // Without models for it the run stops here; release the ONNX session before saying why.
    await loadVariantModels(encoder).catch(async (error: unknown) => {
      await encoder.dispose();
      throw error;
    });
    return {
      text: (text, rest) => analyzeWithEncoder(text, { ...rest, encoder }),
      units: (units, rest) => analyzeUnitsWithEncoder(units, { ...rest, encoder }),
    };
  } catch (error) {
    if (error instanceof EncoderError) throw new CliError(error.message, 2);
    throw error;
  }
}
