/**
 * The argument map: which units argue, which one is the thesis, what each bears on and how, and
 * the role that follows (major claim, claim, premise). Units that do not argue (questions,
 * fragments, headings) keep role `none` and stay out of the map, which is one tree under the thesis.
 */
import type { Cue, Relation } from '../../model/analysis-schema.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { Pass } from '../../pipeline/pipeline.ts';
import { MARKERS } from '../discourse-markers.ts';
import { openingMarkers } from '../opening-marker.ts';
import { attach } from './attachment.ts';
import { unitContentLemmas } from './lexical-overlap.ts';
import type { Candidate } from './major-claim.ts';
import { textArgues, thesisScore } from './major-claim.ts';

const NON_ARGUING = new Set(['question', 'other']);

/**
 * How much the rest of the text talks about what a unit talks about: the mean share of its content
 * words that each other unit also uses, from word counts, so it costs one pass, not all pairs.
 */
function centrality(lemmas: ReadonlySet<string>, documentFrequency: ReadonlyMap<string, number>, units: number): number {
  if (units < 2 || lemmas.size === 0) return 0;
  let shared = 0;
  for (const lemma of lemmas) shared += (documentFrequency.get(lemma) ?? 1) - 1;
  return shared / ((units - 1) * lemmas.size);
}

const CONCLUDING_HEADING = /\b(conclusions?|summary|in short|bottom line|tl;?dr|verdict|takeaways?)\b/i;

/** Paragraphs that follow a heading announcing the author's conclusion, up to the next heading. */
function concludingParagraphs(context: AnalysisContext): Set<string> {
  const ids = new Set<string>();
  let concluding = false;
  context.paragraphs.forEach((paragraph, i) => {
    if (context.paragraphBlocks[i]?.kind === 'heading') {
      concluding = CONCLUDING_HEADING.test(context.source.plain.slice(paragraph.start, paragraph.end));
    } else if (concluding) {
      ids.add(paragraph.id);
    }
  });
  return ids;
}

function buildCandidates(context: AnalysisContext): { candidates: Candidate[]; lemmas: ReadonlySet<string>[] } {
  const { units, tokens, unitTokens, features, paragraphs, paragraphBlocks } = context;
  const firstParagraph = paragraphs.find((p, i) => paragraphBlocks[i]?.kind !== 'heading')?.id;
  const lastParagraph = paragraphs.at(-1)?.id;
  const headingIds = new Set(paragraphs.filter((_, i) => paragraphBlocks[i]?.kind === 'heading').map((p) => p.id));
  const listItemIds = new Set(paragraphs.filter((_, i) => paragraphBlocks[i]?.kind === 'list_item').map((p) => p.id));
  const concludingIds = concludingParagraphs(context);
  const paragraphStart = new Map<string, number>();
  units.forEach((unit, index) => {
    if (!paragraphStart.has(unit.paragraph)) paragraphStart.set(unit.paragraph, index);
  });
  const picked = units.map((unit, index) => ({ unit, index })).filter(({ unit }) => !NON_ARGUING.has(unit.kind));
  const lemmas = picked.map(({ index }) => unitContentLemmas(context, index));
  const documentFrequency = new Map<string, number>();
  for (const set of lemmas) for (const lemma of set) documentFrequency.set(lemma, (documentFrequency.get(lemma) ?? 0) + 1);
  const candidates = picked.map(({ unit, index }, k): Candidate => {
    const range = unitTokens[index] ?? { first: 0, end: 0 };
    const claim = MARKERS.findAll(tokens, range.first, range.end).find((m) => m.value === 'claim');
    return {
      index,
      unit,
      features: features[index] as Candidate['features'],
      opening: openingMarkers(tokens, range),
      claimMarker: claim?.text ?? null,
      centrality: centrality(lemmas[k] as ReadonlySet<string>, documentFrequency, picked.length),
      firstParagraph: unit.paragraph === firstParagraph,
      lastParagraph: unit.paragraph === lastParagraph,
      heading: headingIds.has(unit.paragraph) && index === 0,
      listItem: listItemIds.has(unit.paragraph),
      paragraphStart: paragraphStart.get(unit.paragraph) ?? index,
      concluding: concludingIds.has(unit.paragraph),
    };
  });
  return { candidates, lemmas };
}

function mapArgument(context: AnalysisContext): void {
  const { candidates, lemmas } = buildCandidates(context);
  if (candidates.length === 0 || !textArgues(candidates)) {
    for (const unit of context.units) {
      unit.role = 'none';
      unit.cues.role = [{ source: 'default', text: 'the text does not argue a position', weight: 0 }];
    }
    return;
  }
  const scores = candidates.map((c, rank) => thesisScore(c, rank));
  let root = 0;
  scores.forEach((score, k) => {
    if (score > (scores[root] ?? -Infinity)) root = k;
  });
  // "X. Therefore Y.": when the thesis candidate is followed by its own conclusion, Y is the thesis.
  const next = candidates[root + 1];
  const concludes = next !== undefined && next.unit.paragraph === candidates[root]?.unit.paragraph && next.opening[0]?.value === 'conclusion';
  if (concludes) root += 1;
  // Only the thesis shows why it scored as it did: its cues are made for it alone.
  const rootCues: Cue[] = [];
  thesisScore(candidates[root] as Candidate, root, rootCues);
  if (concludes) rootCues.push({ source: 'marker', text: `concludes from the unit before it ("${next.opening[0]?.text ?? ''}")`, weight: 1 });
  const links = attach({ candidates, lemmas, root });
  const relations: Relation[] = [];
  const children = new Map<number, number>();
  links.forEach((l, k) => {
    if (l === null) return;
    children.set(l.parent, (children.get(l.parent) ?? 0) + 1);
    const from = candidates[k]?.unit.id ?? '';
    const to = candidates[l.parent]?.unit.id ?? '';
    relations.push({ id: '', from, to, type: l.type, confidence: Math.round(l.confidence * 100) / 100, cues: l.cues });
  });
  candidates.forEach((c, k) => {
    const cues: Cue[] = [];
    const l = links[k];
    if (k === root) {
      c.unit.role = 'major_claim';
      cues.push(...rootCues);
    } else if ((children.get(k) ?? 0) > 0) {
      c.unit.role = 'claim';
      cues.push({ source: 'structure', text: `${children.get(k)} unit(s) bear on it`, weight: 1 });
    } else if (l?.parent === root && (c.unit.kind === 'opinion' || c.unit.kind === 'recommendation' || c.unit.kind === 'prediction')) {
      c.unit.role = 'claim';
      cues.push({ source: 'structure', text: `a ${c.unit.kind} bearing directly on the thesis`, weight: 0.6 });
    } else {
      c.unit.role = 'premise';
      cues.push({ source: 'structure', text: 'a reason or objection with nothing bearing on it', weight: 0.6 });
    }
    c.unit.cues.role = cues;
  });
  for (const unit of context.units) {
    if (NON_ARGUING.has(unit.kind)) unit.cues.role = [{ source: 'feature', text: `a ${unit.kind}: not part of the argument`, weight: 0 }];
  }
  context.majorClaim = candidates[root]?.unit.id ?? null;
  context.relations = numberRelations(relations);
}

/**
 * `relations` (made by the caller, nothing else holds them) in the order of the units they start
 * from, numbered r1, r2, … in that order: in place, rather than copied into new objects.
 */
export function numberRelations(relations: Relation[]): Relation[] {
  relations.sort((a, b) => Number(a.from.slice(1)) - Number(b.from.slice(1)));
  relations.forEach((r, i) => {
    r.id = `r${i + 1}`;
  });
  return relations;
}

/** Builds the argument map: major claim, relations and roles. */
export const structurePass: Pass = {
  name: 'structure',
  requires: ['kinds', 'concession'],
  provides: ['structure'],
  run: mapArgument,
};
