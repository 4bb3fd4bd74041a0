/**
 * Maximum spanning arborescence (Chu-Liu/Edmonds): the highest-scoring tree over scored directed
 * edges, as Peldszus & Stede (2015) decode argument structure and as MST dependency parsers do.
 * Every node picks its best incoming edge; cycles are contracted into one node each, with incoming
 * scores relative to the edge they would replace, and the contracted graph is solved again.
 * O(V·E) in the worst case; callers keep graphs small (a few dozen nodes, bounded edges per node).
 */

/** A directed edge `head → dependent` with a score; in an argument tree `head` is the unit the dependent bears on. */
export interface ScoredEdge {
  readonly head: number;
  readonly dependent: number;
  readonly score: number;
}

/** Edges as parallel arrays (head, dependent, score): no object per edge, little garbage. */
interface Edges {
  readonly heads: Int32Array;
  readonly dependents: Int32Array;
  readonly scores: Float64Array;
}

/** Solves on nodes 0..n-1 with `root`; returns, per node, the index of its incoming edge (-1 for the root and unreachable nodes). */
function solve(n: number, edges: Edges, root: number): Int32Array {
  const { heads, dependents, scores } = edges;
  const m = heads.length;
  const best = new Int32Array(n).fill(-1);
  for (let k = 0; k < m; k += 1) {
    const v = dependents[k] as number;
    if (v === root || heads[k] === v) continue;
    const current = best[v] as number;
    if (current === -1 || (scores[k] as number) > (scores[current] as number)) best[v] = k;
  }
  // Find the cycles among the chosen edges.
  const cycleOf = new Int32Array(n).fill(-1);
  const visitedBy = new Int32Array(n).fill(-1);
  let cycles = 0;
  for (let start = 0; start < n; start += 1) {
    let v = start;
    while (v !== root && visitedBy[v] === -1 && best[v] !== -1) {
      visitedBy[v] = start;
      v = heads[best[v] as number] as number;
    }
    if (v !== root && visitedBy[v] === start && best[v] !== -1 && cycleOf[v] === -1) {
      let u = v;
      do {
        cycleOf[u] = cycles;
        u = heads[best[u] as number] as number;
      } while (u !== v);
      cycles += 1;
    }
  }
  if (cycles === 0) return best;
  // Contract: each cycle becomes one node; the other nodes are renumbered after them.
  const mapped = new Int32Array(n);
  let next = cycles;
  for (let v = 0; v < n; v += 1) mapped[v] = cycleOf[v] !== -1 ? (cycleOf[v] as number) : next++;
  const through = new Int32Array(m);
  const cHeads = new Int32Array(m);
  const cDependents = new Int32Array(m);
  const cScores = new Float64Array(m);
  let count = 0;
  for (let k = 0; k < m; k += 1) {
    const head = mapped[heads[k] as number] as number;
    const v = dependents[k] as number;
    const dependent = mapped[v] as number;
    if (head === dependent) continue;
    // An edge into a cycle is worth what it adds over the cycle edge it would replace.
    const replaced = cycleOf[v] !== -1 ? (scores[best[v] as number] as number) : 0;
    cHeads[count] = head;
    cDependents[count] = dependent;
    cScores[count] = (scores[k] as number) - replaced;
    through[count] = k;
    count += 1;
  }
  const inner = solve(next, { heads: cHeads.subarray(0, count), dependents: cDependents.subarray(0, count), scores: cScores.subarray(0, count) }, mapped[root] as number);
  // Expand: cycle nodes keep their cycle edge unless the contracted choice enters the cycle there.
  const chosen = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v += 1) if (cycleOf[v] !== -1) chosen[v] = best[v] as number;
  for (const c of inner) {
    if (c === -1) continue;
    const k = through[c] as number;
    chosen[dependents[k] as number] = k;
  }
  return chosen;
}

/**
 * The maximum spanning arborescence over nodes `0..n-1` rooted at `root`: per node, the head it
 * depends on, or -1 for the root (and for a node no edge reaches).
 */
export function maximumSpanningArborescence(n: number, edges: readonly ScoredEdge[], root: number): number[] {
  const chosen = solve(
    n,
    {
      heads: Int32Array.from(edges, (e) => e.head),
      dependents: Int32Array.from(edges, (e) => e.dependent),
      scores: Float64Array.from(edges, (e) => e.score),
    },
    root,
  );
  return Array.from(chosen, (k) => (k === -1 ? -1 : (edges[k] as ScoredEdge).head));
}

/** Penalty per edge from the artificial root: large enough that the best tree uses exactly one whenever it can. */
const ONE_ROOT_PENALTY = 1e6;

/**
 * The best tree over `n` units with a single root chosen jointly: `rootScores[v]` is what unit v
 * earns as the root (P&S use 0 for all), `edges` link units. Returns per unit its head, -1 for the root.
 */
export function bestSingleRootTree(n: number, edges: readonly ScoredEdge[], rootScores: readonly number[]): number[] {
  const m = edges.length + n;
  const heads = new Int32Array(m);
  const dependents = new Int32Array(m);
  const scores = new Float64Array(m);
  edges.forEach((e, k) => {
    heads[k] = e.head + 1;
    dependents[k] = e.dependent + 1;
    scores[k] = e.score;
  });
  for (let v = 0; v < n; v += 1) {
    const k = edges.length + v;
    heads[k] = 0;
    dependents[k] = v + 1;
    scores[k] = (rootScores[v] ?? 0) - ONE_ROOT_PENALTY;
  }
  const chosen = solve(n + 1, { heads, dependents, scores }, 0);
  const out: number[] = new Array<number>(n);
  for (let v = 0; v < n; v += 1) {
    const k = chosen[v + 1] as number;
    const h = k === -1 ? 0 : (heads[k] as number);
    out[v] = h <= 0 ? -1 : h - 1;
  }
  return out;
}
