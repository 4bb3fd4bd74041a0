/**
 * Learned argument structure (arg-microtexts): replaces the rule map of the arguing units with the
 * jointly decoded tree of `structure-decoder.ts`. Units whose kind is `question` or `other` stay
 * out of the map with role `none`; a text the rules found not to argue keeps no major claim.
 *
 * Roles follow the tree: the root is the major claim; a unit something bears on is a claim (it is
 * the conclusion of a sub-argument), and so is an opinion, recommendation or prediction bearing
 * directly on the major claim (a reason at the top level stated as a position, as claims are in
 * persuasive essays); every other unit is a premise.
 */
import type { Cue, Relation, RelationType } from '../../model/analysis-schema.ts';
import type { LogisticModel } from '../../learn/logistic-regression.ts';
import type { ModelFile } from '../../learn/model-file.ts';
import { loadModel } from '../../learn/model-file.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { Pass } from '../../pipeline/pipeline.ts';
import attachFile from '../../../models/structure-attach.json' with { type: 'json' };
import ccFile from '../../../models/structure-cc.json' with { type: 'json' };
import functionFile from '../../../models/structure-function.json' with { type: 'json' };
import roleFile from '../../../models/structure-role.json' with { type: 'json' };
import undercutFile from '../../../models/structure-undercut.json' with { type: 'json' };
import { numberRelations } from '../structure/structure.ts';
import type { DecodedStructure, StructureScorer } from './structure-decoder.ts';
import { decodeStructure, pairWeight, structureScorer } from './structure-decoder.ts';
import type { StructureView } from './structure-features.ts';
import { describePairFeature, STRUCTURE_FEATURES_VERSION, structurePairFeatures, structureView } from './structure-features.ts';

const NON_ARGUING = new Set(['question', 'other']);
const CLAIM_KINDS = new Set(['opinion', 'recommendation', 'prediction']);

function load(file: ModelFile): LogisticModel {
  if (file.features !== STRUCTURE_FEATURES_VERSION) {
    throw new Error(`model for ${file.task} was trained on ${file.features}, but the code makes ${STRUCTURE_FEATURES_VERSION}: run npm run train`);
  }
  return loadModel(file);
}

let shipped: StructureScorer | null = null;

/**
 * The shipped models packed for decoding, on first use (exported for tests that decode a view
 * directly). Not at module load: `npm run train` imports this module through the pipeline, and
 * after a change of STRUCTURE_FEATURES_VERSION the stale files it is about to replace would stop
 * it before it could start.
 */
export function shippedStructureScorer(): StructureScorer {
  shipped ??= structureScorer({
    cc: load(ccFile as ModelFile),
    role: load(roleFile as ModelFile),
    function: load(functionFile as ModelFile),
    attach: load(attachFile as ModelFile),
    undercut: load(undercutFile as ModelFile),
  });
  return shipped;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Pair feature codes and parts of the relation being explained, refilled for each (nothing keeps them). */
const cueCodes: number[] = [];
const cueParts: number[] = [];

/** The two pair features (distance, markers, shared words, the rule link) that pushed hardest toward attaching unit `a` to unit `b`. */
function attachmentCues(view: StructureView, a: number, b: number): Cue[] {
  const codes = cueCodes;
  const parts = cueParts;
  structurePairFeatures(view, a, b, codes, parts);
  // One scan for the two strongest positive pushes (the earlier of equals first), instead of
  // mapping, filtering and sorting every pair feature of every relation.
  let best = -1;
  let second = -1;
  let bestWeight = 0;
  let secondWeight = 0;
  const scorer = shippedStructureScorer();
  for (let i = 0; i < codes.length; i += 1) {
    const weight = pairWeight(scorer, codes[i] as number);
    if (!(weight > 0)) continue;
    if (best < 0 || weight > bestWeight) {
      second = best;
      secondWeight = bestWeight;
      best = i;
      bestWeight = weight;
    } else if (second < 0 || weight > secondWeight) {
      second = i;
      secondWeight = weight;
    }
  }
  const cues: Cue[] = [];
  if (best >= 0) cues.push(featureCue(parts, best, bestWeight));
  if (second >= 0) cues.push(featureCue(parts, second, secondWeight));
  return cues;
}

/**
 * The cue of pair feature `i` of `parts`. A function of its own, not a closure made per relation:
 * under tsx every named closure is also given its name by a `__name` call (Object.defineProperty),
 * which took 3% of this pass's time.
 */
function featureCue(parts: readonly number[], i: number, weight: number): Cue {
  return { source: 'feature', text: describePairFeature(parts, i), weight: round(weight) };
}

function relationCues(ruleCues: ReadonlyMap<string, readonly Cue[]>, context: AnalysisContext, view: StructureView, decoded: DecodedStructure, a: number, b: number): Cue[] {
  if (decoded.kept[a] === true) {
    const rule = ruleCues.get(context.units[view.units[a] as number]?.id ?? '') ?? [];
    return [...rule, { source: 'structure', text: 'layout link kept from the rules (the model never saw lists or turns)', weight: 0 }];
  }
  const s = decoded.scores[a];
  const type = decoded.types[a] ?? 'support';
  const functionProbability = type === 'support' ? (s?.support ?? 0) : (s?.attack ?? 0);
  return [
    {
      source: 'feature',
      text: `structure model: attaches here ${Math.round((decoded.attach[a] ?? 0) * 100)}%, ${type === 'support' ? 'supports' : 'attacks'} ${Math.round(functionProbability * 100)}%`,
      weight: round(decoded.confidence[a] ?? 0),
    },
    ...attachmentCues(view, a, b),
  ];
}

function decide(context: AnalysisContext): void {
  // A text the rules found not to argue keeps no major claim, no relations and no roles.
  if (context.majorClaim === null) return;
  // Loops, not a flatMap making an array per unit nor a pair array per relation for the Map: these
  // two took 12 ms of a bench corpus run that way and take 5 ms (medians of 15 passes over its texts).
  const arguing: number[] = [];
  context.units.forEach((unit, index) => {
    if (!NON_ARGUING.has(unit.kind)) arguing.push(index);
  });
  for (const unit of context.units) {
    if (NON_ARGUING.has(unit.kind)) {
      unit.role = 'none';
      unit.cues.role = [{ source: 'feature', text: `a ${unit.kind}: not part of the argument`, weight: 0 }];
    }
  }
  if (arguing.length === 0) {
    context.majorClaim = null;
    context.relations = [];
    return;
  }
  const view = structureView(context, arguing);
  const decoded = decodeStructure(shippedStructureScorer(), view);
  const children: number[] = arguing.map(() => 0);
  decoded.heads.forEach((h) => {
    if (h >= 0) children[h] = (children[h] ?? 0) + 1;
  });
  const ruleCues = new Map<string, readonly Cue[]>();
  for (const r of context.relations) ruleCues.set(r.from, r.cues);
  const relations: Relation[] = [];
  decoded.heads.forEach((h, a) => {
    if (h < 0) return;
    const from = context.units[arguing[a] as number]?.id ?? '';
    const to = context.units[arguing[h] as number]?.id ?? '';
    const type: RelationType = decoded.types[a] ?? 'support';
    relations.push({ id: '', from, to, type, confidence: round(decoded.confidence[a] ?? 0), cues: relationCues(ruleCues, context, view, decoded, a, h) });
  });
  arguing.forEach((index, a) => {
    const unit = context.units[index];
    if (unit === undefined) return;
    const count = children[a] ?? 0;
    if (a === decoded.root) {
      unit.role = 'major_claim';
      unit.cues.role = [
        { source: 'feature', text: `central-claim model: ${Math.round((decoded.scores[a]?.central ?? 0) * 100)}%`, weight: round(decoded.scores[a]?.central ?? 0) },
        { source: 'structure', text: 'the root of the jointly decoded tree', weight: 1 },
      ];
    } else if (count > 0) {
      unit.role = 'claim';
      unit.cues.role = [{ source: 'structure', text: `${count} unit(s) bear on it`, weight: 1 }];
    } else if (decoded.heads[a] === decoded.root && CLAIM_KINDS.has(unit.kind)) {
      unit.role = 'claim';
      unit.cues.role = [{ source: 'structure', text: `a ${unit.kind} bearing directly on the thesis`, weight: 0.6 }];
    } else {
      unit.role = 'premise';
      unit.cues.role = [{ source: 'structure', text: 'a reason or objection with nothing bearing on it', weight: 0.6 }];
    }
  });
  context.majorClaim = context.units[arguing[decoded.root] as number]?.id ?? null;
  context.relations = numberRelations(relations);
}

/** Replaces the rule argument map with the learned, jointly decoded one. */
export const learnedStructurePass: Pass = { name: 'learned-structure', requires: ['structure'], provides: [], run: decide };
