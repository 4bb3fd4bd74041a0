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

/** The score in 0..1 with the features that moved it. */
export function scoreCheckworthiness(unit: Unit, features: UnitFeatures): { score: number; cues: Cue[] } {
  const cues: Cue[] = [];
  let z = BIAS;
  const add = (weight: number, text: string): void => {
    if (weight === 0) return;
    z += weight;
    cues.push({ source: 'feature', text, weight: Math.round(weight * 100) / 100 });
  };
  if (unit.quantities.length > 0) add(1.6, 'states a quantity');
  if (unit.times.length > 0) add(0.7, 'states a time');
  add(0.4 * Math.min(unit.entities.length, 3), 'names places, organisations or people');
  if (features.reporting !== null) add(0.6, `reporting or evidence word "${features.reporting}"`);
  if (features.pastTense) add(0.5, 'past tense');
  add(KIND_WEIGHT[unit.kind], `kind: ${unit.kind}`);
  if (features.firstPersonSingular) add(-0.5, 'speaks of the author ("I", "my")');
  add((0.2 * Math.min(features.words, LONG_UNIT_WORDS)) / 10, 'length');
  const score = 1 / (1 + Math.exp(-z));
  return { score: Math.round(score * 1000) / 1000, cues: cues.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)) };
}

function annotate(context: AnalysisContext): void {
  context.units.forEach((unit, index) => {
    const features = context.features[index];
    if (features === undefined) return;
    const { score, cues } = scoreCheckworthiness(unit, features);
    unit.checkworthiness = score;
    unit.checkworthy = score >= context.options.checkworthyThreshold;
    unit.cues.checkworthiness = cues;
    context.rules.checkworthiness[index] = score;
  });
}

/** Scores and decides check-worthiness for every unit. */
export const checkworthinessPass: Pass = { name: 'checkworthiness', requires: ['kinds'], provides: ['checkworthiness'], run: annotate };
