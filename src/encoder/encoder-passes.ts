/**
 * The learned passes with an encoder: check-worthiness (and fact/opinion, when its variant model
 * was trained) scored by encoder-variant models that read each unit's embedding beside its
 * sparse features. They decide exactly as the shipped passes do, with one more cue: how far the
 * sentence embedding moved the score.
 */
import type { FeatureSet, SparseVector } from '../learn/feature-hashing.ts';
import type { Cue } from '../model/analysis-schema.ts';
import { CHECKWORTHINESS_BITS, checkworthinessFeatures } from '../passes/learned/checkworthiness-features.ts';
import { learnedCheckworthinessPass } from '../passes/learned/learned-checkworthiness.ts';
import { FACT_THRESHOLD, learnedKindPass } from '../passes/learned/learned-kind.ts';
import type { TwoClassModel } from '../passes/learned/transcript-model.ts';
import { CUE_COUNT, MIN_PUSH, scoreWithCues } from '../passes/learned/transcript-model.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';
import { LEARNED_PASSES } from '../pipeline/presets.ts';
import { embeddingPush } from './embedding-features.ts';
import type { VariantModels } from './variant-models.ts';

/**
 * The model's probability for a unit from its sparse features and its embedding, and the cues:
 * the sparse features that pushed hardest plus the embedding as one cue (its 384 components one by
 * one would explain nothing). Equal to scoring the EmbeddedFeatureSet the model was trained on.
 */
export function scoreWithEmbedding(model: TwoClassModel, set: FeatureSet, vector: SparseVector | undefined, embedding: Float32Array): { probability: number; cues: Cue[] } {
  const sparse = vector ?? set.toVector(model.bits);
  let logit = model.bias;
  for (let k = 0; k < sparse.indices.length; k += 1) logit += (model.weights[sparse.indices[k] as number] ?? 0) * (sparse.values[k] ?? 0);
  const push = embeddingPush(model.weights, model.bits, embedding);
  const cues = [...scoreWithCues(model, set, sparse).cues];
  if (Math.abs(push) >= MIN_PUSH) cues.push({ source: 'feature', text: 'sentence embedding', weight: Math.round(push * 100) / 100 });
  cues.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { probability: 1 / (1 + Math.exp(-(logit + push))), cues: cues.slice(0, CUE_COUNT) };
}

type Scorer = (context: AnalysisContext, index: number) => { probability: number; cues: Cue[] } | null;

function scorer(model: TwoClassModel, embeddings: readonly Float32Array[], context: AnalysisContext): Scorer {
  const { sets, vectors } = checkworthinessFeatures(context);
  return (_, index) => {
    const set = sets[index];
    const embedding = embeddings[index];
    if (set === undefined || embedding === undefined) return null;
    return scoreWithEmbedding(model, set, model.bits === CHECKWORTHINESS_BITS ? vectors[index] : undefined, embedding);
  };
}

function checkworthinessPass(model: TwoClassModel, embeddings: readonly Float32Array[]): Pass {
  return {
    name: 'learned-checkworthiness',
    requires: ['checkworthiness'],
    provides: [],
    run(context) {
      const score = scorer(model, embeddings, context);
      context.units.forEach((unit, index) => {
        const scored = score(context, index);
        if (scored === null) return;
        const value = Math.round(scored.probability * 1000) / 1000;
        unit.checkworthiness = value;
        unit.checkworthy = value >= context.options.checkworthyThreshold;
        unit.cues.checkworthiness = [{ source: 'feature', text: `check-worthiness model with encoder: ${Math.round(value * 100)}%`, weight: value }, ...scored.cues];
      });
    },
  };
}

function kindPass(model: TwoClassModel, embeddings: readonly Float32Array[]): Pass {
  return {
    name: 'learned-kind',
    requires: ['kinds'],
    provides: [],
    run(context) {
      const score = scorer(model, embeddings, context);
      context.units.forEach((unit, index) => {
        const ruleKind = context.rules.kind[index];
        if (ruleKind !== 'fact' && ruleKind !== 'opinion') return;
        const scored = score(context, index);
        if (scored === null) return;
        unit.kind = scored.probability >= FACT_THRESHOLD ? 'fact' : 'opinion';
        const value = Math.round(scored.probability * 1000) / 1000;
        unit.cues.kind = [{ source: 'feature', text: `fact/opinion model with encoder: ${Math.round(value * 100)}% factual`, weight: value }, ...scored.cues];
      });
    },
  };
}

/**
 * The default learned passes, with check-worthiness (and kind, when its variant exists) replaced
 * by encoder-variant passes reading `embeddings` (one per unit, in unit order).
 */
export function encoderLearnedPasses(models: VariantModels, embeddings: readonly Float32Array[]): Pass[] {
  const { kind } = models;
  // A programmer error, caught by the tests: the default pipeline no longer has the pass to replace.
  if (!LEARNED_PASSES.includes(learnedCheckworthinessPass)) throw new Error('the default pipeline has no learned check-worthiness pass to replace');
  return LEARNED_PASSES.map((pass) => {
    if (pass === learnedCheckworthinessPass) return checkworthinessPass(models.checkworthiness, embeddings);
    if (pass === learnedKindPass && kind !== null) return kindPass(kind, embeddings);
    return pass;
  });
}
