/**
 * `analyzeWithEncoder()`: the analysis of `analyze()`, with check-worthiness (and fact/opinion,
 * when trained) decided by models that also read each unit's sentence embedding. Encoding is
 * asynchronous and the passes are not, so it runs in three steps: the rule passes (which find the
 * units), one batched encoding of all unit texts, then the learned passes with the embeddings.
 */
import type { Analysis } from '../model/analysis-schema.ts';
import { parseInput } from '../parse/parse-input.ts';
import type { InputUnit } from '../parse/parse-units.ts';
import { parseUnits } from '../parse/parse-units.ts';
import type { SourceDocument } from '../parse/source-document.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { OptionCheck } from '../pipeline/check-options.ts';
import { checkOptions, checkText, checkUnits, describeValue } from '../pipeline/check-options.ts';
import type { AnalyzeOptions } from '../pipeline/options.ts';
import { EVIDENCE_PASSES } from '../pipeline/presets.ts';
import { RULE_PIPELINE } from '../pipeline/rule-presets.ts';
import { runPipeline, toAnalysis } from '../pipeline/run-pipeline.ts';
import { encoderLearnedPasses } from './encoder-passes.ts';
import type { SentenceEncoder } from './load-encoder.ts';
import { loadVariantModels } from './variant-models.ts';

/** The options of `analyze()` plus the encoder to use (from `loadEncoder`). */
export type EncoderAnalyzeOptions = Readonly<Partial<AnalyzeOptions>> & { readonly encoder: SentenceEncoder };

/**
 * Runs the learned passes, then the evidence passes (verdicts read the final kinds and
 * check-worthiness), over contexts the rule pipeline made, encoding all their units in one call.
 */
async function learnWithEmbeddings(contexts: readonly AnalysisContext[], encoder: SentenceEncoder): Promise<void> {
  const models = await loadVariantModels(encoder);
  // runPipeline runs no pass on an empty text; the learned passes must not either.
  const analysed = contexts.filter((context) => context.source.text.trim() !== '');
  const embeddings = await encoder.encode(analysed.flatMap((context) => context.units.map((unit) => unit.text)));
  let at = 0;
  for (const context of analysed) {
    const own = embeddings.slice(at, at + context.units.length);
    at += context.units.length;
    for (const pass of [...encoderLearnedPasses(models, own), ...EVIDENCE_PASSES]) pass.run(context);
  }
}

/** The one option `analyze()` lacks: without it loadVariantModels failed on `undefined.fingerprint`. */
const encoderCheck: OptionCheck = (value) =>
  typeof value === 'object' && value !== null && 'encode' in value && typeof value.encode === 'function'
    ? null
    : `must be a sentence encoder from loadEncoder(folder), got ${describeValue(value)}`;

async function analyzeSource(caller: string, source: () => SourceDocument, options: EncoderAnalyzeOptions): Promise<Analysis> {
  checkOptions(caller, options, { encoder: encoderCheck });
  // Required here, and checkOptions lets an option that is not given through.
  const missing = encoderCheck((options as Partial<EncoderAnalyzeOptions> | null | undefined)?.encoder);
  if (missing !== null) throw new TypeError(`${caller}(): options.encoder ${missing}`);
  const { encoder, ...rest } = options;
  // Models first: a folder without them should fail before any analysis work.
  await loadVariantModels(encoder);
  const context = runPipeline(source(), rest, RULE_PIPELINE);
  await learnWithEmbeddings([context], encoder);
  return toAnalysis(context);
}

/**
 * Analyses one text as `analyze()` does, with the encoder's embeddings as extra features of the
 * check-worthiness (and, when trained, fact/opinion) decisions. Needs models trained for this
 * encoder (`npm run train -- --encoder DIR`).
 *
 * @throws EncoderError when the encoder folder has no models trained for it
 * @throws InputRejectedError, and TypeError or RangeError for a bad option (a missing encoder too), as `analyze()` does
 */
export async function analyzeWithEncoder(text: string, options: EncoderAnalyzeOptions): Promise<Analysis> {
  checkText('analyzeWithEncoder', text);
  return analyzeSource('analyzeWithEncoder', () => parseInput(text, options.format ?? 'auto'), options);
}

/** `analyzeUnits()` with an encoder: pre-segmented units, one output unit each. */
export async function analyzeUnitsWithEncoder(units: readonly InputUnit[], options: EncoderAnalyzeOptions): Promise<Analysis> {
  checkUnits('analyzeUnitsWithEncoder', units);
  return analyzeSource('analyzeUnitsWithEncoder', () => parseUnits(units), options);
}
