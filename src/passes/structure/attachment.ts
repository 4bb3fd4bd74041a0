/**
 * Attaching each argumentative unit to the unit it bears on, with a relation type. Rules in order
 * of strength: concession patterns, undercut and contrast markers, conclusion markers (which turn
 * the link around), list structure (numbered reasons belong to the claim before the list),
 * support and addition markers, and finally position and word overlap.
 */
import type { Cue, RelationType } from '../../model/analysis-schema.ts';
import type { Candidate } from './major-claim.ts';
import { overlap } from './lexical-overlap.ts';

/** One unit's outgoing link: to the candidate at position `parent` in the candidate list. */
export interface Link {
  parent: number;
  type: RelationType;
  confidence: number;
  cues: Cue[];
}

/** Share of content words a reply must share with the turn before to be read as answering it. */
const REPLY_OVERLAP = 0.2;

/** How far back a rebuttal looks for the concession it answers. */
const CONCESSION_LOOKBACK = 3;

export interface AttachmentInput {
  readonly candidates: readonly Candidate[];
  /** Content lemmas per candidate, parallel to `candidates`. */
  readonly lemmas: readonly ReadonlySet<string>[];
  /** Position of the major claim in `candidates`. */
  readonly root: number;
}

const link = (parent: number, type: RelationType, confidence: number, source: Cue['source'], text: string): Link => ({
  parent,
  type,
  confidence,
  cues: [{ source, text, weight: confidence }],
});

/** How many earlier units of a paragraph a unit may attach to; bounds the work on huge paragraphs. */
const ATTACHMENT_WINDOW = 12;

/**
 * The lowest of the up to ATTACHMENT_WINDOW candidate positions in the same paragraph right before
 * `k` (`k` itself when there are none): a unit may attach to any position from there to `k - 1`.
 */
function earliestInParagraph(candidates: readonly Candidate[], k: number): number {
  const paragraph = candidates[k]?.unit.paragraph;
  let first = k;
  while (first > 0 && k - first < ATTACHMENT_WINDOW && candidates[first - 1]?.unit.paragraph === paragraph) first -= 1;
  return first;
}

/** Parallel to `candidates`: the position of the first candidate of each one's paragraph. */
function paragraphHeads(candidates: readonly Candidate[]): number[] {
  const heads: number[] = [];
  candidates.forEach((c, k) => heads.push(k > 0 && candidates[k - 1]?.unit.paragraph === c.unit.paragraph ? (heads[k - 1] ?? k) : k));
  return heads;
}

/**
 * The claim a list belongs to: the unit right before the list, when it argues. A list introduced
 * by a label ("Pros:", "Couple reasons:") that is not itself a claim hangs from the thesis.
 */
function listHead(candidates: readonly Candidate[], inList: readonly boolean[], k: number): number | null {
  let first = k;
  while (first > 0 && inList[first - 1] === true) first -= 1;
  const before = first - 1;
  const adjacent = before >= 0 && candidates[before]?.index === (candidates[first]?.paragraphStart ?? 0) - 1;
  return adjacent ? before : null;
}

/**
 * How well unit `j` fits as what unit `k` bears on, by default: shared words, plus a preference for
 * the paragraph's head, the unit right before and the thesis.
 */
function defaultScore(input: AttachmentInput, k: number, j: number, head: number): number {
  return (
    overlap(input.lemmas[k] as ReadonlySet<string>, input.lemmas[j] as ReadonlySet<string>) +
    (j === head ? 0.3 : 0) +
    (j === k - 1 ? 0.15 : 0) +
    (j === input.root ? 0.1 : 0)
  );
}

function defaultLink(input: AttachmentInput, k: number, head: number): Link {
  const { candidates, lemmas, root } = input;
  const here = candidates[k] as Candidate;
  const first = earliestInParagraph(candidates, k);
  const before = candidates[k - 1];
  // In a debate the thesis belongs to one speaker: the other side's units do not support it.
  const rootSpeaker = candidates[root]?.unit.speaker ?? null;
  const rootIsOpponents = rootSpeaker !== null && here.unit.speaker !== null && rootSpeaker !== here.unit.speaker;
  if (first === k) {
    if (here.unit.speaker !== null && before !== undefined && before.unit.speaker !== null && before.unit.speaker !== here.unit.speaker) {
      let best = k - 1;
      let bestOverlap = -1;
      for (let j = k - 1; j >= 0 && candidates[j]?.unit.paragraph === before.unit.paragraph; j -= 1) {
        const o = overlap(lemmas[k] as ReadonlySet<string>, lemmas[j] as ReadonlySet<string>);
        if (o > bestOverlap) [best, bestOverlap] = [j, o];
      }
      // A reply answers the turn before only when it talks about the same thing; otherwise it
      // bears on the thesis, which keeps a long debate from becoming one chain of replies.
      if (bestOverlap >= REPLY_OVERLAP) return link(best, 'attack', 0.45, 'structure', `answers ${before.unit.speaker}'s turn before it`);
    }
    return rootIsOpponents
      ? link(root, 'attack', 0.45, 'structure', 'a turn of the other side: read as against the thesis')
      : link(root, 'support', 0.5, 'position', 'opens a paragraph: read as a reason for the thesis');
  }
  // The earlier units of the paragraph, nearest first, then the paragraph's head and the thesis
  // when not among them; scanned in place, without the arrays of options once made for every unit.
  let best = head;
  let bestScore = -1;
  for (let j = k - 1; j >= first; j -= 1) {
    const score = defaultScore(input, k, j, head);
    if (score > bestScore) [best, bestScore] = [j, score];
  }
  for (const j of [head, root]) {
    if ((j >= first && j < k) || j === k || (j === root && rootIsOpponents && j !== head)) continue;
    const score = defaultScore(input, k, j, head);
    if (score > bestScore) [best, bestScore] = [j, score];
  }
  const text = best === head ? 'elaborates the paragraph’s opening claim' : best === root ? 'shares words with the thesis' : 'shares words with an earlier unit';
  return link(best, 'support', Math.min(0.75, 0.4 + 0.3 * Math.max(0, bestScore - 0.3)), 'position', text);
}

/** The nearest of the CONCESSION_LOOKBACK candidates before `k` that is a concession and not the root, or null. */
function priorConcession(candidates: readonly Candidate[], k: number, root: number): number | null {
  for (let j = k - 1; j >= 0 && j >= k - CONCESSION_LOOKBACK; j -= 1) if (j !== root && candidates[j]?.unit.concession === true) return j;
  return null;
}

/** Links every candidate except the root; returns one link (or null for the root) per candidate. */
export function attach(input: AttachmentInput): (Link | null)[] {
  const { candidates, root } = input;
  const links: (Link | null)[] = candidates.map(() => null);
  const inList = candidates.map((c) => c.listItem);
  const heads = paragraphHeads(candidates);
  candidates.forEach((candidate, k) => {
    if (k === root) return;
    const opener = candidate.opening[0];
    // The unit right before, when in the same paragraph. No list of earlier units nor of look-back
    // positions is made per unit (nor by defaultLink, nor a Set per walk in breakCycles): this
    // file's allocation over a bench corpus run fell from 61 MB to 17 MB.
    const nearest = k > 0 && candidates[k - 1]?.unit.paragraph === candidate.unit.paragraph ? k - 1 : undefined;
    const answered = opener?.value === 'contrast' ? priorConcession(candidates, k, root) : null;
    if (candidate.unit.concession) {
      const head = heads[k] ?? k;
      const target = head !== k && candidates[head]?.unit.concession === false ? head : root;
      links[k] = link(target, 'attack', 0.7, 'marker', 'a concession: grants a point against this claim');
    } else if (opener?.value === 'undercut' && k > 0) {
      links[k] = link(nearest ?? k - 1, 'undercut', 0.7, 'marker', `"${opener.text}": denies that the unit before supports its claim`);
    } else if (nearest !== undefined && candidates[nearest]?.unit.concession === true && candidates[nearest]?.unit.sentence === candidate.unit.sentence) {
      links[k] = link(nearest, 'attack', 0.75, 'pattern', 'the main clause after a concession answers it');
    } else if (opener?.value === 'contrast' && answered !== null) {
      links[k] = link(answered, 'attack', 0.8, 'marker', `"${opener.text}" answers the concession before it`);
    } else if (opener?.value === 'contrast' && nearest !== undefined) {
      links[k] = link(nearest, 'attack', 0.6, 'marker', `"${opener.text}" opposes the unit before it`);
    } else if (opener?.value === 'conclusion' && nearest !== undefined && nearest !== root) {
      // "X. Therefore Y": X is a reason for Y, and Y takes X's place in the tree.
      const previousLink = links[nearest] ?? null;
      links[k] = previousLink === null ? link(root, 'support', 0.5, 'marker', 'a conclusion, read as a reason for the thesis') : { ...previousLink, cues: [...previousLink.cues] };
      links[nearest] = link(k, 'support', 0.75, 'marker', `the unit after it opens with "${opener.text}"`);
    } else if (candidate.listItem && nearest === undefined) {
      links[k] = link(listHead(candidates, inList, k) ?? root, 'support', 0.75, 'structure', 'a list item: a reason for the claim before the list');
    } else if (candidate.listItem && nearest !== undefined) {
      links[k] = link(heads[k] ?? root, 'support', 0.65, 'structure', 'continues the list item it is in');
    } else if ((opener?.value === 'support' || opener?.value === 'conclusion') && (nearest !== undefined || k - 1 === root)) {
      links[k] = link(nearest ?? root, 'support', 0.75, 'marker', `"${opener.text}": a reason for the unit before it`);
    } else if (opener?.value === 'addition' && nearest !== undefined) {
      const sibling = links[nearest] ?? null;
      links[k] = sibling !== null && sibling.type === 'support'
        ? link(sibling.parent, 'support', 0.6, 'marker', `"${opener.text}": one more reason beside the one before`)
        : link(nearest, 'support', 0.55, 'marker', `"${opener.text}": adds to the unit before it`);
    } else {
      links[k] = defaultLink(input, k, heads[k] ?? k);
    }
  });
  // The turn-around above skips the root: "X. Therefore <thesis>." still makes X a reason for the thesis.
  const rootOpener = candidates[root]?.opening[0];
  const beforeRoot = earliestInParagraph(candidates, root) < root ? root - 1 : undefined;
  if (rootOpener?.value === 'conclusion' && beforeRoot !== undefined) {
    links[beforeRoot] = link(root, 'support', 0.75, 'marker', `the unit after it opens with "${rootOpener.text}"`);
  }
  return breakCycles(links, root);
}

/**
 * A turned-around conclusion can close a loop; any unit that cannot reach the root hangs from it
 * instead. Each unit is walked once (memoised), so this stays linear on long texts.
 */
function breakCycles(links: (Link | null)[], root: number): (Link | null)[] {
  const reaches: (boolean | undefined)[] = [];
  reaches[root] = true;
  // Per unit, the walk that last stepped on it: "on this walk's path" without a Set per walk.
  const walkOf: number[] = links.map(() => -1);
  links.forEach((_, k) => {
    const path: number[] = [];
    let at = k;
    while (reaches[at] === undefined && walkOf[at] !== k) {
      path.push(at);
      walkOf[at] = k;
      const next = links[at];
      if (next === null || next === undefined) break;
      at = next.parent;
    }
    const ok = reaches[at] === true;
    for (const node of path) reaches[node] = ok;
    if (ok) return;
    // Hang the first unit of the broken chain from the root; the others then reach it through it.
    const broken = path[0] as number;
    const start = links[broken];
    if (start !== null && start !== undefined) {
      links[broken] = { parent: root, type: start.type, confidence: 0.4, cues: [...start.cues, { source: 'structure', text: 'reattached to the thesis to keep the map a tree', weight: 0 }] };
    }
    for (const node of path) reaches[node] = true;
  });
  return links;
}
