/**
 * Which unit is the thesis, and whether the text argues at all. Each argumentative unit gets a
 * score from its kind, markers, position and how much the rest of the text talks about what it
 * talks about; the best scores the thesis.
 */
import type { Cue, Unit } from '../../model/analysis-schema.ts';
import type { MarkerMatch } from '../opening-marker.ts';
import type { UnitFeatures } from '../unit-features.ts';

/** What the major-claim decision reads about one candidate unit. */
export interface Candidate {
  readonly index: number;
  readonly unit: Unit;
  readonly features: UnitFeatures;
  readonly opening: readonly MarkerMatch[];
  readonly claimMarker: string | null;
  /** Mean content overlap with the other candidates, 0..1. */
  readonly centrality: number;
  readonly firstParagraph: boolean;
  readonly lastParagraph: boolean;
  readonly heading: boolean;
  /** Unit index of the first unit of the candidate's paragraph, argumentative or not. */
  readonly paragraphStart: number;
  /** True when the paragraph follows a heading such as "Conclusions" or "Summary" (the main finding comes first there). */
  readonly concluding: boolean;
  /** True when the unit lies in a list item ("1) …", "- …"), first unit or not. */
  readonly listItem: boolean;
}

const ARGUING_KINDS = new Set<Unit['kind']>(['opinion', 'recommendation', 'prediction']);
const ARGUING_MARKERS = new Set(['support', 'conclusion', 'contrast', 'concession', 'undercut', 'claim']);
/** Share of units that must argue (an opinion, a marker of reasoning) for the text to count as an argument. */
const MIN_ARGUING_SHARE = 0.15;

/** True when enough units argue: a narrative or a report with one evaluative sentence is not an argument. */
export function textArgues(candidates: readonly Candidate[]): boolean {
  // Hedged statements and stated conclusions are claims even when they read as facts; a vague
  // quantity ("most of them", a `probable` hedge) alone does not make a narrative argue.
  const arguing = candidates.filter(
    (c) =>
      ARGUING_KINDS.has(c.unit.kind) ||
      c.claimMarker !== null ||
      c.concluding ||
      c.unit.certainty.level === 'possible' ||
      c.unit.certainty.level === 'uncertain' ||
      c.opening.some((m) => ARGUING_MARKERS.has(m.value)),
  ).length;
  return arguing >= 1 && arguing >= MIN_ARGUING_SHARE * candidates.length;
}

/**
 * The thesis score of a candidate; with `cues`, also why. Only the winner's cues are ever shown, so
 * the structure pass scores every candidate without them and asks the winner again with them: the
 * cue objects and their texts, made for every arguing unit of every text, made this file allocate
 * 34 MB over a bench corpus run (now 4 MB), and the `add` closure made per candidate cost a `__name`
 * call (Object.defineProperty) each under tsx.
 */
export function thesisScore(candidate: Candidate, rank: number, cues: Cue[] | null = null): number {
  const { unit, features } = candidate;
  const opener = candidate.opening[0];
  let score = 0;
  score = addWeight(score, cues, KIND_WEIGHTS[unit.kind], 'feature', cues && `kind: ${unit.kind}`);
  if (candidate.claimMarker !== null) score = addWeight(score, cues, 1, 'marker', cues && `claim marker "${candidate.claimMarker}"`);
  if (opener?.value === 'conclusion') score = addWeight(score, cues, 0.6, 'marker', cues && `opens with "${opener.text}"`);
  if (opener?.value === 'support' || opener?.value === 'addition') score = addWeight(score, cues, -0.8, 'marker', cues && `opens with "${opener.text}", as a reason does`);
  if (opener?.value === 'contrast') score = addWeight(score, cues, -0.3, 'marker', cues && `opens with "${opener.text}"`);
  if (unit.concession) score = addWeight(score, cues, -2, 'marker', 'a concession');
  if (candidate.listItem) score = addWeight(score, cues, -1.2, 'structure', 'a list item, as reasons are');
  if (rank === 0) score = addWeight(score, cues, 0.8, 'position', 'first argumentative unit');
  if (candidate.firstParagraph) score = addWeight(score, cues, 0.4, 'position', 'in the first paragraph');
  if (candidate.lastParagraph) score = addWeight(score, cues, 0.3, 'position', 'in the last paragraph');
  if (candidate.heading) score = addWeight(score, cues, 0.3, 'structure', 'the title');
  if (candidate.concluding) score = addWeight(score, cues, 0.8, 'structure', 'under a "conclusion" heading');
  if (candidate.concluding && candidate.index === candidate.paragraphStart) score = addWeight(score, cues, 0.4, 'structure', 'opens the conclusion');
  score = addWeight(score, cues, Math.round(3 * candidate.centrality * 100) / 100, 'feature', 'shares words with the rest of the text');
  if (features.words < 5) score = addWeight(score, cues, -0.5, 'feature', 'very short');
  return score;
}

const KIND_WEIGHTS: Readonly<Record<Unit['kind'], number>> = { opinion: 1, recommendation: 1.2, prediction: 0.5, fact: -0.5, question: -1, other: -1 };

/** `score` plus `weight`, noting the cue in `cues` when given (`text` is null only when `cues` is). */
function addWeight(score: number, cues: Cue[] | null, weight: number, source: Cue['source'], text: string | null): number {
  if (weight === 0) return score;
  if (cues !== null) cues.push({ source, text: text ?? '', weight: Math.round(weight * 100) / 100 });
  return score + weight;
}
