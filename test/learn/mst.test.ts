import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ScoredEdge } from '../../src/learn/mst.ts';
import { bestSingleRootTree, maximumSpanningArborescence } from '../../src/learn/mst.ts';

/** True when `heads` (−1 for roots) is a forest without cycles over all nodes. */
function acyclic(heads: readonly number[]): boolean {
  return heads.every((_, start) => {
    const seen = new Set<number>();
    for (let v = start; v !== -1; v = heads[v] ?? -1) {
      if (seen.has(v)) return false;
      seen.add(v);
    }
    return true;
  });
}

function treeScore(heads: readonly number[], edges: readonly ScoredEdge[], rootScores: readonly number[]): number {
  return heads.reduce((sum, h, v) => {
    if (h === -1) return sum + (rootScores[v] ?? 0);
    const best = Math.max(...edges.filter((e) => e.head === h && e.dependent === v).map((e) => e.score));
    return sum + best;
  }, 0);
}

/** The best single-root tree by trying every head assignment (small n only). */
function bruteForce(n: number, edges: readonly ScoredEdge[], rootScores: readonly number[]): number {
  let best = -Infinity;
  const heads = new Array<number>(n).fill(-1);
  const allowed = (h: number, v: number): boolean => h === -1 || edges.some((e) => e.head === h && e.dependent === v);
  const visit = (v: number): void => {
    if (v === n) {
      if (heads.filter((h) => h === -1).length === 1 && acyclic(heads)) best = Math.max(best, treeScore(heads, edges, rootScores));
      return;
    }
    for (let h = -1; h < n; h += 1) {
      if (h === v || !allowed(h, v)) continue;
      heads[v] = h;
      visit(v + 1);
    }
  };
  visit(0);
  return best;
}

test('takes each node\'s best head when those form no cycle', () => {
  const edges: ScoredEdge[] = [
    { head: 0, dependent: 1, score: 5 },
    { head: 0, dependent: 2, score: 1 },
    { head: 1, dependent: 2, score: 4 },
    { head: 2, dependent: 1, score: 2 },
  ];
  assert.deepEqual(maximumSpanningArborescence(3, edges, 0), [-1, 0, 1]);
});

test('breaks a cycle of best heads where breaking it costs least', () => {
  // 1 and 2 prefer each other; entering the cycle at 2 (from 0, score 8, losing 9) beats entering at 1 (score 1, losing 10).
  const edges: ScoredEdge[] = [
    { head: 0, dependent: 1, score: 1 },
    { head: 0, dependent: 2, score: 8 },
    { head: 2, dependent: 1, score: 10 },
    { head: 1, dependent: 2, score: 9 },
  ];
  assert.deepEqual(maximumSpanningArborescence(3, edges, 0), [-1, 2, 0]);
});

test('gives a tree with exactly one root even when several units would rather be roots', () => {
  const edges: ScoredEdge[] = [
    { head: 0, dependent: 1, score: 0.2 },
    { head: 1, dependent: 0, score: 0.1 },
    { head: 0, dependent: 2, score: 0.3 },
    { head: 2, dependent: 0, score: 0.1 },
  ];
  const heads = bestSingleRootTree(3, edges, [1, 1, 1]);
  assert.deepEqual(heads, [-1, 0, 0]);
});

test('finds the best single-root tree on any small scored graph, as exhaustive search does (a forest when no tree exists)', () => {
  const graph = fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.record({ head: fc.integer({ min: 0, max: n - 1 }), dependent: fc.integer({ min: 0, max: n - 1 }), score: fc.double({ min: 0, max: 1, noNaN: true }) }),
        { maxLength: 16 },
      ),
      rootScores: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
    }),
  );
  fc.assert(
    fc.property(graph, ({ n, edges, rootScores }) => {
      const usable = edges.filter((e) => e.head !== e.dependent);
      const heads = bestSingleRootTree(n, usable, rootScores);
      const best = bruteForce(n, usable, rootScores);
      assert.ok(acyclic(heads), 'no cycle');
      if (best === -Infinity) return;
      assert.equal(heads.filter((h) => h === -1).length, 1, 'one root');
      assert.ok(Math.abs(treeScore(heads, usable, rootScores) - best) < 1e-9, 'maximal');
    }),
    { numRuns: 300 },
  );
});
