/**
 * Loading `--encoder DIR` for a command: the encoder and the models the command needs, with any
 * problem as a one-line CliError. Kept apart from the analyzers (encoder-option.ts) so that
 * `argscope match` does not load the analysis pipeline; the encoder code itself is imported only
 * when the flag is given.
 */
import type { SentenceEncoder } from '../encoder/load-encoder.ts';
import { CliError } from './cli-error.ts';

/** Which of an encoder folder's models a run needs. */
export interface NeededModels {
  /** Check-worthiness (and kind): analyze. */
  readonly units: boolean;
  /** The claim re-ranker: match, and analyze with --claims. */
  readonly claims: boolean;
}

/**
 * Loads the encoder in `dir` and the models the run needs, so a bad folder or missing models
 * stop the run before any input is read.
 * @throws CliError (exit code 2) naming the folder and the fix
 */
export async function loadEncoderFor(dir: string, needed: NeededModels): Promise<SentenceEncoder> {
  const [{ EncoderError }, { loadEncoder }, { loadVariantModels }] = await Promise.all([
    import('../encoder/encoder-error.ts'),
    import('../encoder/load-encoder.ts'),
    import('../encoder/variant-models.ts'),
  ]);
  try {
    const encoder = await loadEncoder(dir);
    // Without models for it the run stops here; release the ONNX session before saying why.
    try {
      if (needed.units) await loadVariantModels(encoder);
      // The claim re-ranker brings the matching features with it: only loaded when matching.
      if (needed.claims) await (await import('../encoder/claim-match-variant.ts')).loadClaimMatchVariant(encoder);
    } catch (error) {
      await encoder.dispose();
      throw error;
    }
    return encoder;
  } catch (error) {
    if (error instanceof EncoderError) throw new CliError(error.message, 2);
    throw error;
  }
}
