/**
 * The English argumentative microtexts (arggraph XML) as argument trees over their ADUs, converted
 * as Peldszus & Stede (2015) convert them: sup/exa are support, reb is a rebutting attack, und an
 * undercut whose target is the first source of the relation it attacks, and an `add` source (a
 * linked premise) supports the relation's first source. Each text becomes one paragraph whose
 * units are exactly its ADUs, run through the rule pipeline as `analyze()` runs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Unit } from '../../src/model/analysis-schema.ts';
import type { Token } from '../../src/nlp/tokenize.ts';
import type { SourceDocument } from '../../src/parse/source-document.ts';
import { blankUnit } from '../../src/passes/segment-units.ts';
import type { AnalysisContext, TokenRange } from '../../src/pipeline/context.ts';
import type { Pass } from '../../src/pipeline/pipeline.ts';
import { buildPipeline } from '../../src/pipeline/pipeline.ts';
import { RULE_PASSES } from '../../src/pipeline/rule-presets.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { dataDir } from '../learning/data-dir.ts';

export const MICROTEXTS = 'arg-microtexts';

/** The function of a unit's outgoing relation, with `root` for the central claim. */
export type GoldFunction = 'root' | 'support' | 'rebut' | 'undercut';

/** One microtext: its ADU texts in order and its gold tree. */
export interface Microtext {
  readonly id: string;
  readonly units: readonly string[];
  /** Parent position per unit, -1 for the central claim. */
  readonly parents: readonly number[];
  readonly functions: readonly GoldFunction[];
  /** Proponent (`pro`) or opponent (`opp`), as annotated. */
  readonly roles: readonly ('pro' | 'opp')[];
}

interface Edge {
  readonly id: string;
  readonly src: string;
  readonly trg: string;
  readonly type: string;
}

const attribute = (tag: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
const number = (id: string): number => Number(id.replace(/\D/g, ''));

/** Parses one arggraph file into a tree over its ADUs. */
export function parseArggraph(xml: string): Microtext {
  const id = attribute(/<arggraph[^>]*>/.exec(xml)?.[0] ?? '', 'id');
  const edus = new Map<string, string>();
  for (const m of xml.matchAll(/<edu id="([^"]+)"><!\[CDATA\[([\s\S]*?)\]\]><\/edu>/g)) edus.set(m[1] as string, (m[2] as string).trim());
  const aduRoles = new Map<string, 'pro' | 'opp'>();
  for (const m of xml.matchAll(/<adu [^>]*\/>/g)) aduRoles.set(attribute(m[0], 'id'), attribute(m[0], 'type') === 'opp' ? 'opp' : 'pro');
  const edges: Edge[] = [...xml.matchAll(/<edge [^>]*\/>/g)].map((m) => ({
    id: attribute(m[0], 'id'),
    src: attribute(m[0], 'src'),
    trg: attribute(m[0], 'trg'),
    type: attribute(m[0], 'type'),
  }));
  // Segmentation: EDUs (through joints) to ADUs; an ADU's text is its EDUs' texts in order.
  const segmentOf = new Map<string, string[]>();
  const resolve = (node: string): string[] =>
    edus.has(node) ? [node] : edges.filter((e) => e.type === 'seg' && e.trg === node).flatMap((e) => resolve(e.src));
  for (const adu of aduRoles.keys()) segmentOf.set(adu, resolve(adu).sort((a, b) => number(a) - number(b)));
  const adus = [...aduRoles.keys()].sort((a, b) => number(segmentOf.get(a)?.[0] ?? '') - number(segmentOf.get(b)?.[0] ?? ''));
  const position = new Map(adus.map((a, i) => [a, i]));
  const byId = new Map(edges.map((e) => [e.id, e]));
  // The first (lowest-numbered) source of a relation: its own source, or an add-source's.
  const firstSource = (edgeId: string): string => {
    const edge = byId.get(edgeId) as Edge;
    const sources = [edge.src, ...edges.filter((e) => e.type === 'add' && e.trg === edgeId).map((e) => e.src)];
    return sources.sort((a, b) => number(a) - number(b))[0] as string;
  };
  const parents = adus.map(() => -1);
  const functions: GoldFunction[] = adus.map(() => 'root');
  for (const edge of edges) {
    const from = position.get(edge.src);
    if (from === undefined) continue;
    if (edge.type === 'sup' || edge.type === 'exa' || edge.type === 'reb') {
      parents[from] = position.get(edge.trg) ?? -1;
      functions[from] = edge.type === 'reb' ? 'rebut' : 'support';
    } else if (edge.type === 'und') {
      parents[from] = position.get(firstSource(edge.trg)) ?? -1;
      functions[from] = 'undercut';
    }
  }
  for (const edge of edges) {
    if (edge.type !== 'add') continue;
    const from = position.get(edge.src) as number;
    const head = firstSource(edge.trg);
    if (head === edge.src) {
      // This add-source is the first source: it takes the relation's own target and function.
      const relation = byId.get(edge.trg) as Edge;
      const main = position.get(relation.src) as number;
      parents[from] = parents[main] ?? -1;
      functions[from] = functions[main] ?? 'support';
      parents[main] = from;
      functions[main] = 'support';
    } else {
      parents[from] = position.get(head) ?? -1;
      functions[from] = 'support';
    }
  }
  return {
    id,
    units: adus.map((a) => (segmentOf.get(a) ?? []).map((e) => edus.get(e) ?? '').join(' ')),
    parents,
    functions,
    roles: adus.map((a) => aduRoles.get(a) ?? 'pro'),
  };
}

/** All English microtexts, sorted by id. */
export function loadMicrotexts(): Microtext[] {
  const dir = join(dataDir(), MICROTEXTS, 'en');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => parseArggraph(readFileSync(join(dir, f), 'utf8')));
}

/** A units pass that makes exactly the given spans the units, inside the paragraphs found. */
function givenUnitsPass(spans: readonly (readonly [number, number])[]): Pass {
  return {
    name: 'units',
    requires: ['sentences'],
    provides: ['units'],
    run(context: AnalysisContext): void {
      const units: Unit[] = [];
      const unitTokens: TokenRange[] = [];
      const tokens: readonly Token[] = context.tokens;
      let t = 0;
      spans.forEach(([start, end], k) => {
        while (t < tokens.length && (tokens[t] as Token).start < start) t += 1;
        const first = t;
        while (t < tokens.length && (tokens[t] as Token).end <= end) t += 1;
        const sentence = context.sentences.find((s) => s.start <= start && start < s.end) ?? context.sentences.at(-1);
        units.push(
          blankUnit({
            id: `u${k + 1}`,
            start,
            end,
            text: context.source.text.slice(start, end),
            display: null,
            sentence: sentence?.id ?? 's1',
            paragraph: sentence?.paragraph ?? 'p1',
            speaker: null,
            listMarker: null,
          }),
        );
        unitTokens.push({ first, end: t });
      });
      context.units = units;
      context.unitTokens = unitTokens;
    },
  };
}

/**
 * The rule-pipeline context of one text whose units are given: the units are joined with spaces
 * into one paragraph (as a microtext is written), and each becomes exactly one unit.
 */
export function contextOfParagraph(units: readonly string[]): AnalysisContext {
  let text = '';
  const spans: [number, number][] = [];
  for (const unit of units) {
    if (text.length > 0) text += ' ';
    spans.push([text.length, text.length + unit.length]);
    text += unit;
  }
  const source: SourceDocument = {
    format: 'text',
    text,
    plain: text,
    blocks: [{ start: 0, contentStart: 0, end: text.length, kind: 'paragraph', speaker: null, listMarker: null }],
  };
  const passes = RULE_PASSES.map((pass) => (pass.name === 'units' ? givenUnitsPass(spans) : pass));
  return runPipeline(source, { maxLength: Number.MAX_SAFE_INTEGER }, buildPipeline(passes));
}
