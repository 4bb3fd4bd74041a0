/**
 * The kind of each unit: fact, opinion, prediction, recommendation, question or other. Each kind
 * gets a score from weighted features and the best one wins; the features with their weights are
 * the cues. These weights are set by hand; the models issue trains them.
 */
import type { Cue, Kind, Unit } from '../model/analysis-schema.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';
import type { UnitFeatures } from './unit-features.ts';
import { unitFeatures } from './unit-features.ts';

const DIRECTIVE_THRESHOLD = 1.5;
const MIN_CLAUSE_WORDS = 3;
/** Verbless lines this short are labels, bylines or fragments ("By the Editorial Board · April 9, 2024"). */
const FRAGMENT_MAX_WORDS = 10;
/** "Thank you, Dana." is phatic; "Thank you for finally admitting the plan failed" argues. */
const PHATIC_MAX_WORDS = 7;

/** Sums feature weights and keeps each non-zero one as a cue (a class: four are made per unit, and a closure each cost more). */
class Scorer {
  score = 0;
  readonly cues: Cue[] = [];

  add(weight: number, text: string): void {
    if (weight === 0) return;
    this.score += weight;
    this.cues.push({ source: 'feature', text, weight: Math.round(weight * 100) / 100 });
  }
}

/** Decides a unit's kind from its features and annotations (quantities, times, entities, flags, certainty). */
export function decideKind(unit: Unit, features: UnitFeatures, block: 'heading' | 'list_item' | 'other'): { kind: Kind; cues: Cue[] } {
  const isHeading = block === 'heading';
  if (features.question) return { kind: 'question', cues: [{ source: 'pattern', text: 'ends with "?"', weight: 1 }] };
  if (features.phatic !== null && features.words <= PHATIC_MAX_WORDS) {
    return { kind: 'other', cues: [{ source: 'lexicon', text: `greeting or chairing: "${features.phatic}"`, weight: 1 }] };
  }
  // A list item is a reason even when the tagger misses its verb ("- Fewer people use their cars").
  const fragmentLimit = block === 'list_item' ? MIN_CLAUSE_WORDS + 1 : FRAGMENT_MAX_WORDS;
  // A verb the tagger missed counts in a sentence, never in a heading ("Jobs report for March").
  const hasVerb = features.hasVerb || (features.missedVerb && !isHeading);
  if (features.words < MIN_CLAUSE_WORDS || (!hasVerb && (isHeading || features.words < fragmentLimit))) {
    return { kind: 'other', cues: [{ source: 'pattern', text: hasVerb ? 'fewer than three words' : 'no verb: a heading or fragment', weight: 1 }] };
  }
  const recommendation = new Scorer();
  if (features.obligation !== null) recommendation.add(2, `obligation "${features.obligation}"`);
  if (features.imperative !== null) recommendation.add(1.8, `opens with the command "${features.imperative}"`);
  const prediction = new Scorer();
  if (features.future !== null) prediction.add(1.6, `future "${features.future}"`);
  if (features.future !== null && unit.certainty.level !== 'certain') prediction.add(0.3, `hedged forecast (${unit.certainty.level})`);
  const directive = recommendation.score >= prediction.score ? { kind: 'recommendation' as const, ...recommendation } : { kind: 'prediction' as const, ...prediction };
  if (directive.score >= DIRECTIVE_THRESHOLD) return { kind: directive.kind, cues: directive.cues };

  const fact = new Scorer();
  if (unit.quantities.length > 0) fact.add(0.9, 'states a quantity');
  if (unit.times.length > 0) fact.add(0.6, 'states a time');
  fact.add(0.3 * Math.min(unit.entities.length, 2), 'names places, organisations or people');
  if (features.reporting !== null) fact.add(0.5, `reporting or evidence word "${features.reporting}"`);
  else if (features.attribution !== null) fact.add(0.5, `reports what someone else says or thinks: "${features.attribution}"`);
  if (features.pastTense) fact.add(0.4, 'past tense');
  const opinion = new Scorer();
  if (features.opinionMarker !== null) opinion.add(1.2, `opinion marker "${features.opinionMarker}"`);
  opinion.add(0.3 * Math.min(features.evaluative, 3), 'evaluative adjectives and degree words');
  opinion.add(Math.round(0.8 * Math.abs(features.sentiment) * 100) / 100, 'sentiment of the wording');
  opinion.add(0.5 * Math.min(unit.flags.length, 2), 'absolutes, generalisations or loaded words');
  if (features.comparative) opinion.add(0.3, 'comparison ("more", "less", "-er")');
  if (features.secondPerson) opinion.add(0.4, 'addresses the reader ("you")');
  if (unit.certainty.level !== 'certain') opinion.add(0.3, `hedged (${unit.certainty.level})`);
  if (fact.score > 0.5 && fact.score >= opinion.score) return { kind: 'fact', cues: fact.cues };
  if (opinion.score > fact.score) return { kind: 'opinion', cues: opinion.cues };
  // A report of what someone else says or thinks is a claim about them, so a fact when nothing else decides.
  if (features.pastTense || unit.entities.length > 0 || features.attribution !== null) return { kind: 'fact', cues: fact.cues };
  return { kind: 'opinion', cues: [...opinion.cues, { source: 'default', text: 'a plain assertion without factual anchors', weight: 0 }] };
}

function annotate(context: AnalysisContext): void {
  const blocksById = new Map(context.paragraphs.map((p, i) => [p.id, context.paragraphBlocks[i]]));
  context.features = context.units.map((unit, index) => {
    const range = context.unitTokens[index] ?? { first: 0, end: 0 };
    const features = unitFeatures(context.tokens, range, context.tokenSentiment[range.first] ?? 0);
    const blockKind = blocksById.get(unit.paragraph)?.kind;
    const decision = decideKind(unit, features, blockKind === 'heading' || blockKind === 'list_item' ? blockKind : 'other');
    unit.kind = decision.kind;
    unit.cues.kind = decision.cues;
    context.rules.kind[index] = decision.kind;
    return features;
  });
}

/** Sets each unit's kind with the features that decided it. */
export const kindsPass: Pass = {
  name: 'kinds',
  requires: ['units', 'quantities', 'times', 'entities', 'flags', 'certainty'],
  provides: ['kinds'],
  run: annotate,
};
