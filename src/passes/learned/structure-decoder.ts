/**
 * Joint decoding of the argument structure, after Peldszus & Stede (2015): four local models give,
 * per unit, the probability of being the central claim, of being the opponent's and of supporting
 * or attacking, and, per candidate pair, the probability of attaching. Each candidate edge scores
 * the weighted mean of its attachment, "the source is not the central claim", role consistency
 * (support keeps the role, attack flips it) and function probabilities; a maximum spanning tree
 * over these scores is the structure, with exactly one root, the central claim. The root earns its
 * own role term (it is the proponent's) as an edge earns role consistency (not when a long text is
 * decoded by chunks: there the likeliest central claim is the root); the weights and that term are
 * chosen by cross-validation inside the training texts (scripts/tasks/structure.ts).
 *
 * Bounded on long texts: beyond ALL_PAIRS_UNITS a unit's candidate heads are its near neighbours,
 * its paragraph's head and the one before, the rule structure's choice and major claim, and the
 * likeliest central claim, and the tree search keeps its best few; texts longer than CHUNK_UNITS
 * are decoded chunk by chunk (whole paragraphs where they fit), each chunk's head hanging from an
 * earlier chunk or the central claim, so the work stays linear in the text.
 *
 * Two things the training texts (one-paragraph microtexts) cannot teach are taken from the rules:
 * links that rest on layout (list items, transcript turns) are kept, and in a transcript the
 * speakers stand in for the dialectical roles (same speaker, same side).
 */
import type { Cue } from '../../model/analysis-schema.ts';
import type { LogisticModel } from '../../learn/logistic-regression.ts';
import { bestSingleRootTreeOf } from '../../learn/mst.ts';
import type { HashedFeatures } from '../../learn/pair-features.ts';
import { PAIR_BITS, PAIR_MODEL_BITS, pairSlot, sigmoid, UNIT_BITS, unitSlot } from '../../learn/pair-features.ts';
import type { StructureView } from './structure-features.ts';
import { structurePairFeatures, structureUnitFeatures } from './structure-features.ts';

/** The local models, by decision. Labels: cc [other, central], role [pro, opp], function [root, support, attack], attach [no, yes], undercut [rebut, undercut]. */
export interface StructureModels {
  readonly cc: LogisticModel;
  readonly role: LogisticModel;
  readonly function: LogisticModel;
  readonly attach: LogisticModel;
  readonly undercut: LogisticModel;
}

/** How the edge score weighs the four probabilities, and how much a rule link adds. */
export interface DecodeOptions {
  readonly weights: { readonly cc: number; readonly role: number; readonly function: number; readonly attach: number };
  /**
   * What the root earns for being the proponent's: this times the role weight times its probability
   * of being the proponent's, on the scale of an edge score (0: P&S, where every root earns 0).
   */
  readonly rootRole: number;
  /**
   * Added to the score of the edge the rule structure chose, by what the rule link rests on
   * (`marker`, `pattern`, `position`, `structure`): a soft fallback to the rules where the models are unsure.
   */
  readonly ruleBonus: Readonly<Partial<Record<Cue['source'], number>>>;
  /** Keep rule links that rest on layout the models never saw (list items, transcript turns). */
  readonly keepLayoutLinks: boolean;
}

/**
 * The weights and root role term `tuneDecodeOptions` (scripts/tasks/structure.ts) picked on all the
 * training texts when they were set. Its search now scores other settings up to 0.001 higher, within
 * the noise; `npm run train` warns only when one scores more than DECODE_MARGIN (there) higher.
 */
export const DEFAULT_DECODE_OPTIONS: DecodeOptions = Object.freeze({
  weights: Object.freeze({ cc: 1, role: 1, function: 0.5, attach: 1 }),
  rootRole: 2,
  ruleBonus: Object.freeze({}),
  keepLayoutLinks: true,
});

/** Every pair is a candidate up to this many units; beyond, candidates are bounded per unit. */
const ALL_PAIRS_UNITS = 12;
/** Units decoded in one tree; longer texts go chunk by chunk. */
const CHUNK_UNITS = 40;
const WINDOW_BACK = 2;
const WINDOW_AHEAD = 1;
const ROOT_CANDIDATES = 1;
/** On long texts the tree search keeps each unit's best few candidate heads (and its neighbours, so a tree always exists). */
const KEEP_HEADS = 4;

/** How likely two units of one speaker share a dialectical role (and two speakers' units do not). */
const SAME_SPEAKER = 0.9;

/** The per-unit probabilities. */
export interface UnitScores {
  readonly central: number;
  readonly opponent: number;
  readonly support: number;
  readonly attack: number;
  readonly undercut: number;
}

/** A decoded structure over the view's units (positions, not unit indices). */
export interface DecodedStructure {
  readonly root: number;
  /** Per unit: its head, -1 for the root. */
  readonly heads: readonly number[];
  readonly types: readonly ('support' | 'attack' | 'undercut' | null)[];
  /** Per unit: the score of its edge (0..1), 1 for the root. */
  readonly confidence: readonly number[];
  /** Per unit: the attachment probability of its edge. */
  readonly attach: readonly number[];
  /** Per unit: whether the edge was kept from the rule structure (layout links). */
  readonly kept: readonly boolean[];
  readonly scores: readonly UnitScores[];
  /** Unit features, hashed. */
  readonly hashed: readonly HashedFeatures[];
  /** How many candidate edges were scored: the decoding's work, bounded per unit on long texts. */
  readonly edgesScored: number;
}

/** Columns of the packed weight table: one row of these per unit slot, so one memory read serves every model. */
const COLUMNS = 8;
const CC = 0;
const ROLE = 1;
const SUPPORT = 2;
const ATTACK = 3;
const UNDERCUT = 4;
const SOURCE = 5;
const TARGET = 6;

/**
 * The models packed for scoring: per unit slot, the log-odds weight of every unit model and of
 * both sides of the attachment model, side by side; pair features in a small table of their own.
 */
export interface StructureScorer {
  readonly models: StructureModels;
  readonly table: Float32Array;
  readonly pairTable: Float32Array;
  readonly bias: Float64Array;
}

/** Packs trained models for decoding; throws if they were not trained in the structure slot layout. */
export function structureScorer(models: StructureModels): StructureScorer {
  for (const model of [models.cc, models.role, models.function, models.undercut]) {
    if (model.bits !== UNIT_BITS) throw new Error(`structure unit models need ${UNIT_BITS} hash bits, got ${model.bits}`);
  }
  if (models.attach.bits !== PAIR_MODEL_BITS) throw new Error(`the attachment model needs ${PAIR_MODEL_BITS} hash bits, got ${models.attach.bits}`);
  const size = 1 << UNIT_BITS;
  const table = new Float32Array(size * COLUMNS);
  const difference = (model: LogisticModel, on: number, off: number, slot: number): number =>
    (model.weights[on]?.[slot] ?? 0) - (model.weights[off]?.[slot] ?? 0);
  for (let s = 0; s < size; s += 1) {
    const row = s * COLUMNS;
    table[row + CC] = difference(models.cc, 1, 0, s);
    table[row + ROLE] = difference(models.role, 1, 0, s);
    table[row + SUPPORT] = difference(models.function, 1, 0, s);
    table[row + ATTACK] = difference(models.function, 2, 0, s);
    table[row + UNDERCUT] = difference(models.undercut, 1, 0, s);
    table[row + SOURCE] = difference(models.attach, 1, 0, 2 * s);
    table[row + TARGET] = difference(models.attach, 1, 0, 2 * s + 1);
  }
  const pairTable = new Float32Array(1 << PAIR_BITS);
  for (let i = 0; i < pairTable.length; i += 1) pairTable[i] = difference(models.attach, 1, 0, pairSlot(i));
  const biasOf = (model: LogisticModel, on: number): number => (model.bias[on] ?? 0) - (model.bias[0] ?? 0);
  const bias = Float64Array.from([biasOf(models.cc, 1), biasOf(models.role, 1), biasOf(models.function, 1), biasOf(models.function, 2), biasOf(models.undercut, 1), biasOf(models.attach, 1)]);
  return { models, table, pairTable, bias };
}

/** The weight of unit feature `hash` for attaching on `side` (for explaining an edge). */
export function sideWeight(scorer: StructureScorer, hash: number, side: 'source' | 'target'): number {
  return scorer.table[unitSlot(hash) * COLUMNS + (side === 'source' ? SOURCE : TARGET)] ?? 0;
}

/** The weight of pair feature `code` for attaching. */
export function pairWeight(scorer: StructureScorer, code: number): number {
  return scorer.pairTable[code & ((1 << PAIR_BITS) - 1)] ?? 0;
}

interface Prepared {
  readonly view: StructureView;
  readonly hashed: HashedFeatures[];
  readonly scores: UnitScores[];
  readonly sourcePart: Float64Array;
  readonly targetPart: Float64Array;
  /** Per unit: its speaker in a transcript, else null (read for every candidate edge). */
  readonly speakers: readonly (string | null)[];
}

function prepare(scorer: StructureScorer, view: StructureView): Prepared {
  const hashed = view.units.map((_, k) => structureUnitFeatures(view, k));
  const { table, bias } = scorer;
  const n = view.units.length;
  const sourcePart = new Float64Array(n);
  const targetPart = new Float64Array(n);
  const scores = hashed.map((h, k): UnitScores => {
    let cc = bias[0] ?? 0;
    let role = bias[1] ?? 0;
    let support = bias[2] ?? 0;
    let attack = bias[3] ?? 0;
    let undercut = bias[4] ?? 0;
    let source = 0;
    let target = 0;
    for (let i = 0; i < h.hashes.length; i += 1) {
      const row = unitSlot(h.hashes[i] as number) * COLUMNS;
      const v = h.values[i] as number;
      cc += (table[row + CC] as number) * v;
      role += (table[row + ROLE] as number) * v;
      support += (table[row + SUPPORT] as number) * v;
      attack += (table[row + ATTACK] as number) * v;
      undercut += (table[row + UNDERCUT] as number) * v;
      source += (table[row + SOURCE] as number) * v;
      target += (table[row + TARGET] as number) * v;
    }
    sourcePart[k] = source;
    targetPart[k] = target;
    // Softmax over root (log-odds 0), support and attack.
    const top = Math.max(0, support, attack);
    const eRoot = Math.exp(-top);
    const eSupport = Math.exp(support - top);
    const eAttack = Math.exp(attack - top);
    const total = eRoot + eSupport + eAttack;
    return { central: sigmoid(cc), opponent: sigmoid(role), support: eSupport / total, attack: eAttack / total, undercut: sigmoid(undercut) };
  });
  const speakers = view.units.map((index) => view.context.units[index]?.speaker ?? null);
  return { view, hashed, scores, sourcePart, targetPart, speakers };
}

const pairCodes: number[] = [];

/** The attachment probability of "unit a bears on unit b". */
function attachProbability(scorer: StructureScorer, p: Prepared, a: number, b: number): number {
  structurePairFeatures(p.view, a, b, pairCodes);
  let z = (scorer.bias[5] ?? 0) + (p.sourcePart[a] ?? 0) + (p.targetPart[b] ?? 0);
  const mask = (1 << PAIR_BITS) - 1;
  for (const code of pairCodes) z += scorer.pairTable[code & mask] ?? 0;
  return sigmoid(z);
}

interface Candidate {
  head: number;
  score: number;
  type: 'support' | 'attack';
  attach: number;
}

/** Scores the edge from unit `a` to head `b` into `out` (a new candidate unless given one to fill). */
function scoreEdge(scorer: StructureScorer, p: Prepared, options: DecodeOptions, a: number, b: number, out: Candidate = { head: b, score: 0, type: 'support', attach: 0 }): Candidate {
  const { weights } = options;
  const s = p.scores[a] as UnitScores;
  const t = p.scores[b] as UnitScores;
  const attach = attachProbability(scorer, p, a, b);
  // In a transcript the speakers are the dialectical roles: a turn backs its own speaker and answers the other.
  const sourceSpeaker = p.speakers[a] ?? null;
  const targetSpeaker = p.speakers[b] ?? null;
  const sameRole =
    sourceSpeaker !== null && targetSpeaker !== null
      ? sourceSpeaker === targetSpeaker
        ? SAME_SPEAKER
        : 1 - SAME_SPEAKER
      : (1 - s.opponent) * (1 - t.opponent) + s.opponent * t.opponent;
  const total = weights.attach + weights.cc + weights.role + weights.function;
  const base = weights.attach * attach + weights.cc * (1 - s.central);
  const support = (base + weights.role * sameRole + weights.function * s.support) / total;
  const attack = (base + weights.role * (1 - sameRole) + weights.function * s.attack) / total;
  const rule = p.view.ruleLinks[a];
  const bonus = rule?.parent === b && rule.source !== null ? (options.ruleBonus[rule.source] ?? 0) : 0;
  out.head = b;
  out.score = support >= attack ? support + bonus : attack + bonus;
  out.type = support >= attack ? 'support' : 'attack';
  out.attach = attach;
  return out;
}

/**
 * Candidate heads of unit `a` (positions). Within its paragraph: every unit of a short text, else
 * its near neighbours. Across paragraphs only paragraph heads, the rule structure's choice and
 * major claim (the first unit when it has none) and the likeliest central claim: a unit does not hang from the middle of
 * another paragraph (the training texts are single paragraphs, so the models cannot judge that).
 */
function candidateHeads(p: Prepared, a: number, rootCandidates: readonly number[], globalRoot: number | null): number[] {
  const n = p.view.units.length;
  const heads = p.view.paragraphHeads;
  const ownHead = heads[a] as number;
  const short = n <= ALL_PAIRS_UNITS;
  // A list kept in first-added order without repeats (a unit has a dozen candidates at most): a
  // Set spread into an array made three objects per unit, 13 MB of a bench corpus run's allocation.
  const found: number[] = [];
  const low = short ? 0 : Math.max(0, a - WINDOW_BACK);
  const high = short ? n - 1 : Math.min(n - 1, a + WINDOW_AHEAD);
  for (let b = low; b <= high; b += 1) if (heads[b] === ownHead) addHead(found, b, a);
  // Heads of earlier paragraphs: all of them in a short text, else the one before.
  for (let head = ownHead > 0 ? (heads[ownHead - 1] as number) : -1, count = 0; head >= 0 && (short || count < 1); count += 1) {
    addHead(found, head, a);
    head = head > 0 ? (heads[head - 1] as number) : -1;
  }
  if (p.view.ruleRoot === null) addHead(found, 0, a);
  const rule = p.view.ruleLinks[a]?.parent;
  if (rule !== null && rule !== undefined) addHead(found, rule, a);
  if (p.view.ruleRoot !== null) addHead(found, p.view.ruleRoot, a);
  for (const r of rootCandidates) addHead(found, r, a);
  if (globalRoot !== null) addHead(found, globalRoot, a);
  return found;
}

/** Adds candidate head `b` of unit `a` to `found` unless it is `a` itself or already there. */
function addHead(found: number[], b: number, a: number): void {
  if (b !== a && !found.includes(b)) found.push(b);
}

/** A rule link the models cannot judge: it rests on layout (a list, a transcript turn) that no training text had. */
function layoutLink(p: Prepared, options: DecodeOptions, a: number): number | null {
  if (!options.keepLayoutLinks) return null;
  const rule = p.view.ruleLinks[a];
  return rule?.source === 'structure' && rule.parent !== null ? rule.parent : null;
}

/** Consecutive ranges of positions of at most CHUNK_UNITS, cut at paragraph starts where possible. */
function chunks(view: StructureView): [number, number][] {
  const n = view.units.length;
  if (n <= CHUNK_UNITS) return [[0, n]];
  const out: [number, number][] = [];
  let start = 0;
  while (start < n) {
    let end = Math.min(n, start + CHUNK_UNITS);
    if (end < n) {
      // Back off to the last paragraph start inside the chunk, if there is one past its first half.
      let cut = end;
      while (cut > start + CHUNK_UNITS / 2 && view.paragraphHeads[cut] !== cut) cut -= 1;
      if (view.paragraphHeads[cut] === cut && cut > start) end = cut;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * The `count` positions likeliest to be the central claim, likeliest first (the earlier of equals
 * first). Kept by insertion, not by sorting every position: the sort and its array of all
 * positions were 9.5 MB of the bench corpus run's allocation, for the one position it keeps.
 */
function likeliestCentral(scores: readonly UnitScores[], count: number): number[] {
  const top: number[] = [];
  for (let k = 0; k < scores.length; k += 1) {
    const central = scores[k]?.central ?? 0;
    let at = top.length;
    while (at > 0 && central > (scores[top[at - 1] as number]?.central ?? 0)) at -= 1;
    if (at < count) {
      top.splice(at, 0, k);
      if (top.length > count) top.pop();
    }
  }
  return top;
}

/**
 * The `k`-th highest of `scores[from, to)` (counting equal scores apart), as sorting them would
 * give it, without a sorted copy of the candidates of every unit of a long text.
 */
function kthHighest(scores: readonly number[], from: number, to: number, k: number): number {
  // The highest k so far, highest first: each score replaces the lowest of them and moves up.
  const top: number[] = [];
  for (let r = from; r < to; r += 1) {
    const score = scores[r] as number;
    if (top.length < k) top.push(score);
    else if (score > (top[k - 1] as number)) top[k - 1] = score;
    else continue;
    for (let i = top.length - 1; i > 0 && (top[i] as number) > (top[i - 1] as number); i -= 1) {
      const higher = top[i] as number;
      top[i] = top[i - 1] as number;
      top[i - 1] = higher;
    }
  }
  return top[k - 1] ?? -Infinity;
}

/**
 * A chunk's candidate edges as parallel arrays, each unit's together and in the order scored: a
 * long text scores thousands of edges, and an object for each (and another for the tree search)
 * was most of what decoding allocated: decodeStructure and scoreEdge allocated 50 MB over a bench
 * corpus run with them and 33 MB without.
 */
class ChunkEdges {
  readonly heads: number[] = [];
  readonly dependents: number[] = [];
  readonly scores: number[] = [];
  readonly types: ('support' | 'attack')[] = [];
  readonly attach: number[] = [];
  /** Per unit of the chunk, where its edges start. */
  readonly firstOf: number[] = [];

  get length(): number {
    return this.scores.length;
  }

  push(head: number, dependent: number, c: Candidate): void {
    this.heads.push(head);
    this.dependents.push(dependent);
    this.scores.push(c.score);
    this.types.push(c.type);
    this.attach.push(c.attach);
  }

  /** Of the edges from `from` on, keeps those scoring `floor` or more or going to head `before` or `after`, in order. */
  keepFrom(from: number, floor: number, before: number, after: number): void {
    let to = from;
    for (let r = from; r < this.length; r += 1) {
      if (!((this.scores[r] as number) >= floor || this.heads[r] === before || this.heads[r] === after)) continue;
      this.heads[to] = this.heads[r] as number;
      this.dependents[to] = this.dependents[r] as number;
      this.scores[to] = this.scores[r] as number;
      this.types[to] = this.types[r] as 'support' | 'attack';
      this.attach[to] = this.attach[r] as number;
      to += 1;
    }
    for (const column of [this.heads, this.dependents, this.scores, this.types, this.attach]) column.length = to;
  }

  /** The edge of local unit `i` to local head `h` (the first, as heads do not repeat), or -1. */
  find(i: number, h: number): number {
    const end = this.firstOf[i + 1] ?? this.length;
    for (let r = this.firstOf[i] ?? end; r < end; r += 1) if (this.heads[r] === h) return r;
    return -1;
  }
}

/** Decodes the structure of the view's units. */
export function decodeStructure(scorer: StructureScorer, view: StructureView, options: DecodeOptions = DEFAULT_DECODE_OPTIONS): DecodedStructure {
  const p = prepare(scorer, view);
  const n = view.units.length;
  const heads: number[] = new Array<number>(n).fill(-1);
  const types: ('support' | 'attack' | 'undercut' | null)[] = new Array<'support' | 'attack' | 'undercut' | null>(n).fill(null);
  const confidence: number[] = new Array<number>(n).fill(1);
  const attach: number[] = new Array<number>(n).fill(1);
  const kept: boolean[] = new Array<boolean>(n).fill(false);
  const rootCandidates = likeliestCentral(p.scores, ROOT_CANDIDATES);
  const parts = chunks(view);
  const globalRoot = parts.length > 1 ? (rootCandidates[0] ?? 0) : null;
  const { weights } = options;
  const rootRole = (options.rootRole * weights.role) / (weights.attach + weights.cc + weights.role + weights.function);
  let edgesScored = 0;
  const scored: Candidate = { head: 0, score: 0, type: 'support', attach: 0 };
  for (const [start, end] of parts) {
    const size = end - start;
    const edges = new ChunkEdges();
    const rootScores: number[] = new Array<number>(size).fill(0);
    const external: (Candidate | null)[] = new Array<Candidate | null>(size).fill(null);
    for (let a = start; a < end; a += 1) {
      const layout = layoutLink(p, options, a);
      // A layout link to a later chunk cannot be kept chunk by chunk; the models decide it then.
      const forced = layout !== null && layout < end ? layout : null;
      const candidates = forced === null ? candidateHeads(p, a, rootCandidates, globalRoot) : [forced];
      const first = edges.length;
      edges.firstOf.push(first);
      edgesScored += candidates.length;
      for (const b of candidates) {
        const candidate = scoreEdge(scorer, p, options, a, b, scored);
        if (b >= start && b < end) {
          edges.push(b - start, a - start, candidate);
        } else if ((b < start || b === globalRoot) && (external[a - start] === null || candidate.score > (external[a - start]?.score ?? -Infinity))) {
          external[a - start] = { ...candidate };
        }
      }
      if (edges.length - first > KEEP_HEADS && n > ALL_PAIRS_UNITS) {
        edges.keepFrom(first, kthHighest(edges.scores, first, edges.length, KEEP_HEADS), a - 1 - start, a + 1 - start);
      }
      if (globalRoot !== null) {
        const inChunk = globalRoot >= start && globalRoot < end;
        // The chunk holding the central claim is rooted there; any other chunk hangs from outside.
        rootScores[a - start] = inChunk ? (a === globalRoot ? 0 : -1e9) : (external[a - start]?.score ?? -1e9);
      } else if (forced !== null) {
        rootScores[a - start] = -1e9;
      } else if (rootRole !== 0) {
        rootScores[a - start] = rootRole * (1 - (p.scores[a]?.opponent ?? 0));
      }
    }
    const local = bestSingleRootTreeOf(size, edges, rootScores);
    local.forEach((h, i) => {
      const a = start + i;
      if (h >= 0) {
        const r = edges.find(i, h);
        heads[a] = h + start;
        types[a] = edges.types[r] as 'support' | 'attack';
        confidence[a] = edges.scores[r] as number;
        attach[a] = edges.attach[r] as number;
      } else if (globalRoot !== null && a !== globalRoot) {
        if (external[i] === null) edgesScored += 1;
        const c = external[i] ?? scoreEdge(scorer, p, options, a, globalRoot);
        heads[a] = c.head;
        types[a] = c.type;
        confidence[a] = c.score;
        attach[a] = c.attach;
      }
      kept[a] = layoutLink(p, options, a) !== null && heads[a] === view.ruleLinks[a]?.parent;
    });
  }
  for (let a = 0; a < n; a += 1) {
    if (kept[a]) types[a] = view.ruleLinks[a]?.type ?? types[a] ?? 'support';
    else if (types[a] === 'attack' && (p.scores[a]?.undercut ?? 0) >= 0.5) types[a] = 'undercut';
    confidence[a] = Math.min(1, Math.max(0, confidence[a] ?? 0));
  }
  const root = heads.indexOf(-1);
  return { root: root === -1 ? 0 : root, heads, types, confidence, attach, kept, scores: p.scores, hashed: p.hashed, edgesScored };
}
