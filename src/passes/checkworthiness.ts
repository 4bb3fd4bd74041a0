/**
 * Check-worthiness: how much a fact-checker would want to check a unit, as a 0..1 ranking score
 * from a logistic function of weighted features, plus a yes/no decision at a threshold. The
 * weights are set by hand here; the models issue trains them on ClaimBuster and CheckThat!.
 */
import type { Cue, Unit } from '../model/analysis-schema.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';
import type { UnitFeatures } from './unit-features.ts';

const BIAS = -2;
const LONG_UNIT_WORDS = 30;

const KIND_WEIGHT: Readonly<Record<Unit['kind'], number>> = {
  fact: 1.2,
  prediction: 0.3,
  opinion: -0.6,
  recommendation: -0.5,
  question: -1.5,
  other: -1.5,
};

/** The score in 0..1 with the features that moved it (none when `explain` is false). */
export function scoreCheckworthiness(unit: Unit, features: UnitFeatures, explain = true): { score: number; cues: Cue[] } {
  // The weights first, as plain numbers: the score needs no cue text, and without `explain` none is made.
  const quantity = unit.quantities.length > 0 ? 1.6 : 0;
  const time = unit.times.length > 0 ? 0.7 : 0;
  const entities = 0.4 * Math.min(unit.entities.length, 3);
  const reporting = features.reporting !== null ? 0.6 : 0;
  const past = features.pastTense ? 0.5 : 0;
  const kind = KIND_WEIGHT[unit.kind];
  const firstPerson = features.firstPersonSingular ? -0.5 : 0;
  const length = (0.2 * Math.min(features.words, LONG_UNIT_WORDS)) / 10;
  // Summed in this order (a zero adds nothing), as the cues list them.
  const z = BIAS + quantity + time + entities + reporting + past + kind + firstPerson + length;
  const score = Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
  if (!explain) return { score, cues: [] };
  const cues: Cue[] = [];
  const add = (weight: number, text: string): void => {
    if (weight !== 0) cues.push({ source: 'feature', text, weight: Math.round(weight * 100) / 100 });
  };
  add(quantity, 'states a quantity');
  add(time, 'states a time');
  add(entities, 'names places, organisations or people');
  if (features.reporting !== null) add(reporting, `reporting or evidence word "${features.reporting}"`);
  add(past, 'past tense');
  add(kind, `kind: ${unit.kind}`);
  add(firstPerson, 'speaks of the author ("I", "my")');
  add(length, 'length');
  return { score, cues: cues.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)) };
}

function annotate(context: AnalysisContext, explain: boolean): void {
  context.units.forEach((unit, index) => {
    const features = context.features[index];
    if (features === undefined) return;
    const { score, cues } = scoreCheckworthiness(unit, features, explain);
    unit.checkworthiness = score;
    unit.checkworthy = score >= context.options.checkworthyThreshold;
    unit.cues.checkworthiness = cues;
    context.rules.checkworthiness[index] = score;
  });
}

/** Scores and decides check-worthiness for every unit. */
export const checkworthinessPass: Pass = { name: 'checkworthiness', requires: ['kinds'], provides: ['checkworthiness'], run: (context) => annotate(context, true) };

/**
 * The same scores and decisions without their cues, for the default pipeline, whose learned
 * check-worthiness pass replaces every unit's score, decision and cues (the rule score lives on in
 * `context.rules` as one of the model's features): building, formatting and sorting cues only to
 * throw them away was 3-4% of everything the analysis allocated.
 */
export const checkworthinessScoresPass: Pass = { ...checkworthinessPass, run: (context) => annotate(context, false) };
