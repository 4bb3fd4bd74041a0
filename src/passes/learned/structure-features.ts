/**
 * What the learned argument structure sees: for each arguing unit, its unit features plus where it
 * stands among the arguing units and what the rule structure made of it; for each candidate pair,
 * distance and direction, shared words, the markers each opens with, and whether the rules linked
 * them. Training (scripts/tasks/structure.ts) and the pass both build features here.
 *
 * Tried in cross-validation and left out (no gain beyond the spread between training seeds): whether
 * a contrast or concession opener comes earlier or later in the paragraph, whether a unit shares its
 * sentence with a neighbour, the opener crossed with the distance from the start (unit features);
 * shared words, the rule kinds, or the earlier/later contrast and concession openers crossed with
 * the direction (pair features). Kept: both openers with the direction, and same sentence with it.
 */
import type { Cue, RelationType } from '../../model/analysis-schema.ts';
import { FeatureSet, fnv1a, fnv1aFrom } from '../../learn/feature-hashing.ts';
import { addNamed, FeatureFamily, namedFeature } from '../../learn/feature-names.ts';
import type { HashedFeatures } from '../../learn/pair-features.ts';
import type { FeatureGroups } from '../../learn/unit-feature-set.ts';
import { FEATURES_VERSION, unitFeatureSet } from '../../learn/unit-feature-set.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import { MARKERS } from '../discourse-markers.ts';
import { openingMarkers } from '../opening-marker.ts';
import { overlap, unitContentLemmas } from '../structure/lexical-overlap.ts';

/** Bump when the structure features change: the structure models record it and must be retrained. */
export const STRUCTURE_FEATURES_VERSION = `${FEATURES_VERSION}+structure/6`;

/**
 * Unit features for every structure decision: words and word pairs, rule annotations, position.
 * Parts of speech and neighbours' words cost time and did not help in cross-validation (the
 * neighbours' opening words and markers are added as cues instead).
 */
export const STRUCTURE_GROUPS: FeatureGroups = Object.freeze({
  words: true,
  bigrams: false,
  charNgrams: [],
  pos: false,
  rules: true,
  position: true,
  neighbours: false,
  wordVectors: 0,
});

/** The rule structure's decision about one arguing unit, in positions among the arguing units. */
export interface RuleLink {
  readonly parent: number | null;
  readonly type: RelationType | null;
  /** What the rule link rests on: `marker`, `pattern`, `structure` (lists, turns), `position`. */
  readonly source: Cue['source'] | null;
}

/** The arguing units of a text as the structure models see them, with what every pair reuses computed once. */
export interface StructureView {
  readonly context: AnalysisContext;
  /** Unit indices of the arguing units, in text order. */
  readonly units: readonly number[];
  /** Position (among `units`) of the rule structure's major claim, or null. */
  readonly ruleRoot: number | null;
  readonly ruleLinks: readonly RuleLink[];
  readonly lemmas: readonly ReadonlySet<string>[];
  /** The first opening marker's function per unit, or `none`. */
  readonly openers: readonly string[];
  /** Per unit: its opening words, markers, closing mark and concession, hashed (FNV-1a of e.g. `w1=but`). */
  readonly cues: readonly (readonly number[])[];
  /** Per unit: value ids of its opening marker and rule kind, for pair features. */
  readonly openerIds: readonly number[];
  /** Per unit and direction (4 × unit + direction index): value id of its opening marker with the direction, e.g. `contrast,prev`. */
  readonly openerDirectionIds: readonly number[];
  readonly kindIds: readonly number[];
  /** Position of the first arguing unit of each unit's paragraph. */
  readonly paragraphHeads: readonly number[];
  /** How many units the rule structure hangs from each unit. */
  readonly ruleChildren: readonly number[];
}

/** Value ids are the values' hashes, so they do not depend on the order values were first seen. */
const nameOfValue = new Map<number, string>();
function valueId(name: string): number {
  const id = fnv1a(name);
  nameOfValue.set(id, name);
  return id;
}
const NONE = valueId('');
const DIRECTION_NAMES = ['prev', 'next', 'back', 'fwd'] as const;
const DIRECTIONS = DIRECTION_NAMES.map(valueId);
const SAME_SENTENCE = ['same', 'other'].map(valueId);
/** Distances -5..+5 (clipped), by d + 5. */
const DISTANCES = [...Array(11).keys()].map((i) => valueId(i - 5 > 0 ? `+${i - 5}` : `-${5 - i}`));
const OVERLAPS = ['0', '0.2', '0.4', '0.7', '>0.7'].map(valueId);
const valueIds = new Map<string, number>();
/** The id of a value that varies per unit (markers, kinds, rule link types), cached. */
function cachedId(name: string): number {
  let id = valueIds.get(name);
  if (id === undefined) {
    id = valueId(name);
    valueIds.set(name, id);
  }
  return id;
}

const openerDirectionCache = new Map<string, readonly number[]>();
/** The value ids of `opener` with each direction (`contrast,prev` ...), cached per opener. */
function openerDirections(opener: string): readonly number[] {
  let ids = openerDirectionCache.get(opener);
  if (ids === undefined) {
    ids = DIRECTION_NAMES.map((dir) => valueId(`${opener},${dir}`));
    openerDirectionCache.set(opener, ids);
  }
  return ids;
}

const W1 = fnv1a('w1=');
const W2 = fnv1a('w2=');
const W3 = fnv1a('w3=');
const MARKER = fnv1a('marker=');
const ENDS = fnv1a('ends=');
const CONCESSION = fnv1a('concession');

/** The hash of a name made of a head (given by its hash) and the first `count` of `parts` joined by "_", without building the name. */
function hashJoined(head: number, parts: readonly string[], count: number): number {
  let hash = head;
  for (let i = 0; i < count; i += 1) hash = fnv1aFrom(i === 0 ? hash : fnv1aFrom(hash, '_'), parts[i] as string);
  return hash;
}

/**
 * Opening words, markers anywhere, the closing mark and a concession of unit `index`, hashed: the
 * names `w1=<word>`, `w2=<word>_<word>`, `w3=…`, `marker=<function>`, `ends=<mark>` and
 * `concession` are hashed in parts and never built (this runs for every arguing unit).
 */
function unitCues(context: AnalysisContext, index: number): number[] {
  const cues: number[] = [];
  const range = context.unitTokens[index];
  if (range === undefined) return cues;
  const words: string[] = [];
  for (let t = range.first; t < range.end && words.length < 3; t += 1) {
    const token = context.tokens[t];
    if (token !== undefined && token.type === 'word') words.push(token.normal);
  }
  if (words.length > 0) cues.push(hashJoined(W1, words, 1));
  if (words.length > 1) cues.push(hashJoined(W2, words, 2));
  if (words.length > 2) cues.push(hashJoined(W3, words, 3));
  for (const marker of MARKERS.findAll(context.tokens, range.first, range.end)) cues.push(fnv1aFrom(MARKER, marker.value));
  const last = context.tokens[range.end - 1];
  if (last !== undefined && (last.value === '!' || last.value === '?')) cues.push(fnv1aFrom(ENDS, last.value));
  if (context.units[index]?.concession === true) cues.push(CONCESSION);
  return cues;
}

/** Builds the view of `units` (unit indices, in order), reading the rule structure from the context. */
export function structureView(context: AnalysisContext, units: readonly number[]): StructureView {
  const position = new Map<string, number>();
  units.forEach((index, k) => position.set(context.units[index]?.id ?? '', k));
  const ruleLinks: RuleLink[] = units.map(() => ({ parent: null, type: null, source: null }));
  for (const relation of context.relations) {
    const from = position.get(relation.from);
    const to = position.get(relation.to);
    if (from === undefined || to === undefined) continue;
    ruleLinks[from] = { parent: to, type: relation.type, source: relation.cues[0]?.source ?? null };
  }
  const ruleRoot = context.majorClaim === null ? null : (position.get(context.majorClaim) ?? null);
  const heads: number[] = [];
  units.forEach((index, k) => {
    const previous = units[k - 1];
    const same = previous !== undefined && context.units[previous]?.paragraph === context.units[index]?.paragraph;
    heads.push(same ? (heads[k - 1] ?? k) : k);
  });
  const openers = units.map((index) => {
    const range = context.unitTokens[index];
    return range === undefined ? 'none' : (openingMarkers(context.tokens, range)[0]?.value ?? 'none');
  });
  return {
    context,
    units,
    ruleRoot,
    ruleLinks,
    openerIds: openers.map(cachedId),
    openerDirectionIds: openerDirectionIds(openers),
    kindIds: units.map((index) => cachedId(context.rules.kind[index] ?? 'none')),
    lemmas: units.map((index) => unitContentLemmas(context, index)),
    openers,
    cues: units.map((index) => unitCues(context, index)),
    paragraphHeads: heads,
    ruleChildren: ruleLinks.reduce((counts, link) => {
      if (link.parent !== null) counts[link.parent] = (counts[link.parent] ?? 0) + 1;
      return counts;
    }, new Array<number>(units.length).fill(0)),
  };
}

/**
 * Per unit and direction (4 × unit + direction index), the value id of its opener with the
 * direction. Filled in place, and the position map above set in a loop rather than made from an
 * array of pairs: with flatMap and the pairs, the two took 23 ms of a bench corpus run, now 9 ms
 * (medians of 15 passes over its texts).
 */
function openerDirectionIds(openers: readonly string[]): number[] {
  const ids = new Array<number>(4 * openers.length);
  openers.forEach((opener, k) => {
    const byDirection = openerDirections(opener);
    for (let d = 0; d < 4; d += 1) ids[4 * k + d] = byDirection[d] as number;
  });
  return ids;
}

const bucket = (n: number, limits: readonly number[]): string => {
  for (const limit of limits) if (n <= limit) return String(limit);
  return `>${limits.at(-1) ?? 0}`;
};

/** Where a cue of another unit is seen from: the unit itself, the one before, the one after. */
const CUE_SEEDS = [0x51ed27, 0x2545f491, 0x6c8e9cf5] as const;
const NO_CUES: readonly number[] = [];

function cueCode(hash: number, seed: number): number {
  let h = (hash ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One set refilled for every unit: only its hashes are kept, copied out below. */
const scratch = new FeatureSet();

/** The `s:` unit features, named and hashed once per value (see feature-names.ts). */
const S = {
  fromStart: new FeatureFamily('s:from-start='),
  fromEnd: new FeatureFamily('s:from-end='),
  units: new FeatureFamily('s:units='),
  opens: new FeatureFamily('s:opens='),
  prevOpens: new FeatureFamily('s:prev-opens='),
  nextOpens: new FeatureFamily('s:next-opens='),
  prevNone: namedFeature('s:prev-none'),
  nextNone: namedFeature('s:next-none'),
  paragraphHead: namedFeature('s:paragraph-head'),
  ruleRoot: namedFeature('s:rule-root'),
  ruleType: new FeatureFamily('s:rule-type='),
  ruleDir: new FeatureFamily('s:rule-dir='),
  ruleSource: new FeatureFamily('s:rule-source='),
  ruleChildren: new FeatureFamily('s:rule-children='),
};

/**
 * Features of arguing unit `k` for the central-claim, role, function and undercut models (and each
 * side of a pair), hashed: the unit features by name, then the opening words and markers of the
 * unit and its neighbours as integer codes (no strings: this runs for every unit of every text),
 * then where it stands and what the rule structure made of it.
 */
export function structureUnitFeatures(view: StructureView, k: number): HashedFeatures {
  const set = unitFeatureSet(view.context, view.units[k] as number, STRUCTURE_GROUPS, scratch);
  const n = view.units.length;
  S.fromStart.addTo(set, Math.min(k, 3));
  S.fromEnd.addTo(set, Math.min(n - 1 - k, 3));
  S.units.addTo(set, bucket(n, [3, 6, 10, 30]));
  S.opens.addTo(set, view.openers[k] ?? 'none');
  S.prevOpens.addTo(set, k > 0 ? (view.openers[k - 1] ?? 'none') : 'start');
  S.nextOpens.addTo(set, k < n - 1 ? (view.openers[k + 1] ?? 'none') : 'end');
  if (k === 0) addNamed(set, S.prevNone);
  if (k === n - 1) addNamed(set, S.nextNone);
  if (view.paragraphHeads[k] === k) addNamed(set, S.paragraphHead);
  if (view.ruleRoot === k) addNamed(set, S.ruleRoot);
  const rule = view.ruleLinks[k];
  if (rule !== undefined && rule.parent !== null) {
    S.ruleType.addTo(set, rule.type ?? 'none');
    const dir = rule.parent === view.ruleRoot ? 'root' : rule.parent === k - 1 ? 'prev' : rule.parent === k + 1 ? 'next' : rule.parent < k ? 'back' : 'fwd';
    S.ruleDir.addTo(set, dir);
    S.ruleSource.addTo(set, rule.source ?? 'none');
  }
  S.ruleChildren.addTo(set, Math.min(view.ruleChildren[k] ?? 0, 2));
  const own = view.cues[k] ?? NO_CUES;
  const before = k > 0 ? (view.cues[k - 1] ?? NO_CUES) : NO_CUES;
  const after = k < n - 1 ? (view.cues[k + 1] ?? NO_CUES) : NO_CUES;
  // Made at their final length and filled in place: a unit has a hundred or more features, and
  // growing both arrays push by push regrew and copied them several times for every unit of every text.
  const total = set.size + own.length + before.length + after.length;
  const hashed = { hashes: new Array<number>(total), values: new Array<number>(total) };
  for (let i = 0; i < set.size; i += 1) {
    hashed.hashes[i] = set.hashAt(i);
    hashed.values[i] = set.valueAt(i);
  }
  let at = set.size;
  at = putCues(hashed, at, own, CUE_SEEDS[0]);
  at = putCues(hashed, at, before, CUE_SEEDS[1]);
  putCues(hashed, at, after, CUE_SEEDS[2]);
  return hashed;
}

/** Writes the codes of `cues` seen from `seed` into `hashed` from position `at`; returns the position after them. */
function putCues(hashed: { hashes: number[]; values: number[] }, at: number, cues: readonly number[], seed: number): number {
  for (let i = 0; i < cues.length; i += 1) {
    hashed.hashes[at + i] = cueCode(cues[i] as number, seed);
    hashed.values[at + i] = 1;
  }
  return at + cues.length;
}

/**
 * The pair features, by template. Each feature is a template and up to two values, hashed with
 * integer mixing instead of a formatted name: the candidate pairs of a long text are many, and
 * only the few chosen edges ever need a readable name (`describePairFeatures`).
 */
const PAIR_TEMPLATES = [
  'distance',
  'direction',
  'to-first',
  'to-last',
  'from-first|dir',
  'from-last|dir',
  'source-opens|dir',
  'source-opens|distance',
  'target-opens|dir',
  'source-opens|target-opens',
  'source-opens|target-opens|dir',
  'source-concession|dir',
  'target-concession|dir',
  'kinds',
  'same-sentence',
  'sentence|dir',
  'other-paragraph',
  'to-paragraph-head',
  'overlap',
  'to-rule-root',
  'rule-link',
  'rule-link|type',
  'rule-link|source',
  'rule-reverse',
] as const;

type PairTemplate = (typeof PAIR_TEMPLATES)[number];
const T = Object.fromEntries(PAIR_TEMPLATES.map((name, i) => [name, i])) as Record<PairTemplate, number>;

/** Where `add` writes: set by `structurePairFeatures` for the duration of one call (no closure per pair). */
let sink: number[] = [];
/** How many codes `add` has written into `sink` in this call. */
let sinkCount = 0;
let sinkParts: number[] | undefined;
function add(template: number, x = NONE, y = NONE): void {
  if (sinkParts !== undefined) {
    sinkParts[3 * sinkCount] = template;
    sinkParts[3 * sinkCount + 1] = x;
    sinkParts[3 * sinkCount + 2] = y;
  }
  sink[sinkCount] = mix(template, x, y);
  sinkCount += 1;
}

function mix(template: number, a: number, b: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ Math.imul(a ^ 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(b ^ 0x165667b1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Writes the pair features of "arguing unit `a` bears on arguing unit `b`" into `codes` (32-bit
 * codes, cleared first); with `parts`, also each feature's template and value ids, for naming.
 */
export function structurePairFeatures(view: StructureView, a: number, b: number, codes: number[], parts?: number[]): void {
  // Codes (and parts) are written over the caller's arrays, which are cut to length at the end:
  // `codes.length = 0` would drop their storage (V8 frees an array emptied that way), and every
  // pair of every text would grow new ones.
  sink = codes;
  sinkCount = 0;
  sinkParts = parts;
  const { context } = view;
  const n = view.units.length;
  const d = b - a;
  const dist = DISTANCES[Math.max(-5, Math.min(5, d)) + 5] as number;
  const dirIndex = d === -1 ? 0 : d === 1 ? 1 : d < 0 ? 2 : 3;
  const dir = DIRECTIONS[dirIndex] as number;
  add(T.distance, dist);
  add(T.direction, dir);
  if (b === 0) add(T['to-first']);
  if (b === n - 1) add(T['to-last']);
  if (a === 0) add(T['from-first|dir'], dir);
  if (a === n - 1) add(T['from-last|dir'], dir);
  const so = view.openerIds[a] as number;
  const to = view.openerIds[b] as number;
  add(T['source-opens|dir'], so, dir);
  add(T['source-opens|distance'], so, dist);
  add(T['target-opens|dir'], to, dir);
  add(T['source-opens|target-opens'], so, to);
  add(T['source-opens|target-opens|dir'], so, view.openerDirectionIds[4 * b + dirIndex]);
  const source = context.units[view.units[a] as number];
  const target = context.units[view.units[b] as number];
  if (source?.concession === true) add(T['source-concession|dir'], dir);
  if (target?.concession === true) add(T['target-concession|dir'], dir);
  add(T.kinds, view.kindIds[a], view.kindIds[b]);
  if (source !== undefined && target !== undefined) {
    if (source.sentence === target.sentence) add(T['same-sentence']);
    add(T['sentence|dir'], SAME_SENTENCE[source.sentence === target.sentence ? 0 : 1], dir);
    if (source.paragraph !== target.paragraph) add(T['other-paragraph']);
  }
  if (view.paragraphHeads[a] === b) add(T['to-paragraph-head']);
  const shared = overlap(view.lemmas[a] as ReadonlySet<string>, view.lemmas[b] as ReadonlySet<string>);
  add(T.overlap, OVERLAPS[shared === 0 ? 0 : shared <= 0.2 ? 1 : shared <= 0.4 ? 2 : shared <= 0.7 ? 3 : 4]);
  if (view.ruleRoot === b) add(T['to-rule-root']);
  const rule = view.ruleLinks[a];
  if (rule !== undefined && rule.parent === b) {
    add(T['rule-link']);
    add(T['rule-link|type'], cachedId(rule.type ?? 'none'));
    add(T['rule-link|source'], cachedId(rule.source ?? 'none'));
  }
  if (view.ruleLinks[b]?.parent === a) add(T['rule-reverse']);
  codes.length = sinkCount;
  if (parts !== undefined) parts.length = 3 * sinkCount;
}

/** Readable names of the features `structurePairFeatures` wrote into `parts`, e.g. `source-opens|dir=contrast,prev`. */
export function describePairFeatures(parts: readonly number[]): string[] {
  const names: string[] = [];
  for (let i = 0; i + 2 < parts.length; i += 3) names.push(describePairFeature(parts, i / 3));
  return names;
}

/** Names made so far, by template, then first and second value id: every relation of every text names its two strongest features. */
const pairFeatureNames = new Map<number, Map<number, Map<number, string>>>();
let pairFeatureNameCount = 0;
const MAX_PAIR_FEATURE_NAMES = 10_000;

/** The readable name of feature `k` of `parts` (as written by `structurePairFeatures`), made once per template and values. */
export function describePairFeature(parts: readonly number[], k: number): string {
  const template = parts[3 * k] as number;
  const x = parts[3 * k + 1] as number;
  const y = parts[3 * k + 2] as number;
  let byX = pairFeatureNames.get(template);
  if (byX === undefined) pairFeatureNames.set(template, (byX = new Map()));
  let byY = byX.get(x);
  if (byY === undefined) byX.set(x, (byY = new Map()));
  let name = byY.get(y);
  if (name === undefined) {
    if (pairFeatureNameCount >= MAX_PAIR_FEATURE_NAMES) {
      pairFeatureNames.clear();
      pairFeatureNameCount = 0;
    }
    const values = [nameOfValue.get(x) ?? '', nameOfValue.get(y) ?? ''].filter((v) => v !== '');
    const head = PAIR_TEMPLATES[template] ?? '';
    name = values.length === 0 ? head : `${head}=${values.join(',')}`;
    byY.set(y, name);
    pairFeatureNameCount += 1;
  }
  return name;
}
