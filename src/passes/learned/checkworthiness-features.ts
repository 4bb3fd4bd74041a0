/**
 * The features the check-worthiness and fact/opinion models see: the shared unit features plus a
 * few of their own about the unit's place in a transcript (first or last sentence of a turn, the
 * turn's length, the rule kinds of the units around it, whether the turn answers a question), and
 * the hand-weighted rule score as one more feature, so the model starts from what the rules know.
 * None of them names the corpus a unit came from, so a model trained on two corpora applies to
 * any transcript.
 */
import type { FeatureSet, SparseVector } from '../../learn/feature-hashing.ts';
import { addNamed, FeatureFamily, namedFeature } from '../../learn/feature-names.ts';
import { GLOVE_FEATURES } from '../../learn/glove-vectors.ts';
import type { FeatureGroups } from '../../learn/unit-feature-set.ts';
import { FEATURES_VERSION, unitFeatureSet } from '../../learn/unit-feature-set.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import { scoreCheckworthiness } from '../checkworthiness.ts';

/**
 * The shared features' version plus ours and the word vectors' (the models read GloVe's mean
 * vector): a model records it and must be retrained when it changes.
 */
export const TRANSCRIPT_FEATURES_VERSION = `${FEATURES_VERSION}+transcript/2+${GLOVE_FEATURES}`;

/** The shared groups plus the transcript groups. */
export interface TranscriptGroups extends FeatureGroups {
  /** The rule-based check-worthiness score, as a value and a bin. */
  readonly ruleScore: boolean;
  /** Turn structure: first or last unit of a speaker's turn, turn length, neighbouring rule kinds. */
  readonly turn: boolean;
}

/**
 * Check-worthiness and fact/opinion share one feature set, made once per unit. On ClaimBuster
 * (grouped CV) POS added 0.013 F1 and the rule score and turn groups 0.005-0.01; character n-grams
 * and the neighbours' words added nothing (or lost a little) and cost a third of the time.
 *
 * The mean GloVe vector of the content words (wordVectors), scaled by 10 (the square root of its
 * 100 dimensions, as the encoder's embeddings are), added 0.012 F1 of CFS on 2.5xNCS grouped by
 * debate (0.770 → 0.782), 0.012 under the published protocol (0.773 → 0.785) and 0.006 CheckThat!
 * MAP (0.236 → 0.242); to fact/opinion, 0.008 accuracy and 0.009 macro F1 (the pass as shipped,
 * 0.807 → 0.815, 0.780 → 0.789). Chosen on the ClaimBuster CV (F1 grouped / published, before
 * 0.770/0.773): the mean of all words ×1 0.775/0.775, ×3 0.780/0.781, ×10 0.783/0.783, ×30
 * 0.784/0.783; function words left out ×3 0.784/0.786, ×10 0.784/0.787, ×30 0.784/0.785; the
 * max-pooled vector beside the mean (×3) 0.780/0.782; GloVe word classes (k-means, 256 classes,
 * a feature per word) instead of the mean 0.779/0.778, beside it 0.787/0.790 (a class file more
 * to ship for 0.004, not taken). As shipped, the mean shrunk for units of few words
 * (wordVectorFactor) and with the reported-speech rule feature: 0.783/0.787, MAP 0.244, fact/opinion
 * 0.820 / 0.796 (`npm run eval -- checkworthiness kind`).
 */
export const CHECKWORTHINESS_GROUPS: TranscriptGroups = Object.freeze({
  words: true,
  bigrams: true,
  charNgrams: [],
  pos: true,
  rules: true,
  position: true,
  neighbours: false,
  wordVectors: 10,
  ruleScore: true,
  turn: true,
});

const RULE_SCORE_BINS = 10;
const MAX_TURN_BIN = 4;

/**
 * The rule score with the rule kind, whatever a learned kind pass has since written to the unit:
 * the rule pass's own score when it ran, else computed here.
 */
function ruleScore(context: AnalysisContext, index: number): number {
  const stored = context.rules.checkworthiness[index];
  if (stored !== undefined) return stored;
  const unit = context.units[index];
  const features = context.features[index];
  if (unit === undefined || features === undefined) return 0;
  return scoreCheckworthiness({ ...unit, kind: context.rules.kind[index] ?? unit.kind }, features).score;
}

/** First and last unit index of the speaker turn of every unit (a unit without speaker is its own turn). */
function turns(context: AnalysisContext): { first: number[]; last: number[] } {
  const count = context.units.length;
  const first = new Array<number>(count).fill(0);
  const last = new Array<number>(count).fill(0);
  const sameTurn = (i: number): boolean => {
    const speaker = context.units[i]?.speaker ?? null;
    return speaker !== null && context.units[i - 1]?.speaker === speaker;
  };
  for (let i = 0; i < count; i += 1) first[i] = i > 0 && sameTurn(i) ? (first[i - 1] ?? i) : i;
  for (let i = count - 1; i >= 0; i -= 1) last[i] = i < count - 1 && sameTurn(i + 1) ? (last[i + 1] ?? i) : i;
  return { first, last };
}

/** The rule score and turn features, named and hashed once (see feature-names.ts): they are added for every unit. */
const F = {
  rule: namedFeature('cw:rule'),
  ruleBin: new FeatureFamily('cw:rule-bin='),
  len: new FeatureFamily('turn:len='),
  first: namedFeature('turn:first'),
  last: namedFeature('turn:last'),
  prevKind: new FeatureFamily('turn:prev-kind='),
  nextKind: new FeatureFamily('turn:next-kind='),
  answersQuestion: namedFeature('turn:answers-question'),
};

function addTurn(set: FeatureSet, context: AnalysisContext, index: number, first: number, last: number): void {
  F.len.addTo(set, Math.min(Math.floor(Math.log2(last - first + 1)), MAX_TURN_BIN));
  if (index === first) addNamed(set, F.first);
  if (index === last) addNamed(set, F.last);
  F.prevKind.addTo(set, context.rules.kind[index - 1] ?? 'none');
  F.nextKind.addTo(set, context.rules.kind[index + 1] ?? 'none');
  if (first > 0 && context.rules.kind[first - 1] === 'question') addNamed(set, F.answersQuestion);
}

/** Where each unit's speaker turn starts and ends, for the turn group; null when it is off. */
export type TurnBounds = { readonly first: readonly number[]; readonly last: readonly number[] } | null;

/** The turn bounds `transcriptFeatureSet` needs for `groups`, worked out once per context. */
export function turnBounds(context: AnalysisContext, groups: TranscriptGroups): TurnBounds {
  return groups.turn ? turns(context) : null;
}

/** The features of unit `index`: the shared unit features plus the transcript groups asked for, in a new set or in `into`. */
export function transcriptFeatureSet(context: AnalysisContext, index: number, groups: TranscriptGroups, bounds: TurnBounds, into?: FeatureSet): FeatureSet {
  const set = unitFeatureSet(context, index, groups, into);
  if (groups.ruleScore) {
    const score = ruleScore(context, index);
    addNamed(set, F.rule, score);
    F.ruleBin.addTo(set, Math.min(Math.floor(score * RULE_SCORE_BINS), RULE_SCORE_BINS - 1));
  }
  if (bounds !== null) addTurn(set, context, index, bounds.first[index] ?? index, bounds.last[index] ?? index);
  return set;
}

/** The features of every unit of `context`, one set each (for training, which keeps them all). */
export function transcriptFeatureSets(context: AnalysisContext, groups: TranscriptGroups): FeatureSet[] {
  const bounds = turnBounds(context, groups);
  return context.units.map((_, index) => transcriptFeatureSet(context, index, groups, bounds));
}

/**
 * Hash bits of the check-worthiness and kind models, so one hashed vector serves both. 2^16 slots
 * lost 0.004 F1 against 2^18 on ClaimBuster but keep both weight rows (256 KB each) in cache.
 */
export const CHECKWORTHINESS_BITS = 16;

/** The feature sets of a context's units, and the same hashed at CHECKWORTHINESS_BITS. */
export interface TranscriptFeatures {
  readonly sets: readonly FeatureSet[];
  readonly vectors: readonly SparseVector[];
}

const cache = new WeakMap<AnalysisContext, TranscriptFeatures & { readonly units: number }>();

/**
 * The check-worthiness feature sets of `context`, made and hashed once and kept, for readers that
 * need them all at once (training, the encoder passes). The default analysis scores them unit by
 * unit instead (`transcriptScores`), without keeping them.
 */
export function checkworthinessFeatures(context: AnalysisContext): TranscriptFeatures {
  const cached = cache.get(context);
  if (cached !== undefined && cached.units === context.units.length) return cached;
  const sets = transcriptFeatureSets(context, CHECKWORTHINESS_GROUPS);
  const entry = { units: context.units.length, sets, vectors: sets.map((set) => set.toVector(CHECKWORTHINESS_BITS)) };
  cache.set(context, entry);
  return entry;
}
