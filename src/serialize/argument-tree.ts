/**
 * The argument tree shared by the serializers: built once from `analysis.relations`, rooted at the
 * major claim. The children of a unit are the relations whose `to` is that unit, so an undercut
 * appears under the unit whose inference it attacks, the way Argdown and the microtexts draw it.
 */
import type { Analysis, Relation, Unit } from '../model/analysis-schema.ts';

/** One unit placed in the tree, with the relation that attaches it to its parent. */
export interface ArgumentNode {
  readonly unit: Unit;
  /** The relation from this unit to its parent; null for a root (a branch continued past MAX_DEPTH keeps its link). */
  readonly relation: Relation | null;
  readonly children: readonly ArgumentNode[];
  /**
   * True when the unit was already placed earlier in the walk (a premise that serves two claims,
   * or a cycle): it is shown again as a reference, without its children, so output stays finite.
   */
  readonly repeated: boolean;
}

/** The whole analysis arranged for display. */
export interface ArgumentForest {
  /** The tree under the major claim, or null when the analysis has no major claim. */
  readonly root: ArgumentNode | null;
  /** Trees of related units that do not reach the major claim, rooted where nothing points further. */
  readonly detached: readonly ArgumentNode[];
  /** Units in no tree: role `none`, or unrelated to anything; document order. */
  readonly loose: readonly Unit[];
  /** Every unit by id, for the serializers' look-ups. */
  readonly units: ReadonlyMap<string, Unit>;
}

/** Deepest nesting a report shows; deeper branches continue as trees of their own. */
export const MAX_DEPTH = 24;

/**
 * Arrange the units of an analysis into the major claim's tree, detached trees and loose units.
 * Relations that name unknown units are ignored; children come in document order.
 */
export function buildArgumentForest(analysis: Analysis): ArgumentForest {
  const units = new Map<string, Unit>(analysis.units.map((unit) => [unit.id, unit]));
  const order = new Map<string, number>(analysis.units.map((unit, index) => [unit.id, index]));
  const incoming = new Map<string, Relation[]>();
  const hasOutgoing = new Set<string>();
  for (const relation of analysis.relations) {
    if (!units.has(relation.from) || !units.has(relation.to) || relation.from === relation.to) continue;
    const list = incoming.get(relation.to) ?? [];
    list.push(relation);
    incoming.set(relation.to, list);
    hasOutgoing.add(relation.from);
  }
  for (const list of incoming.values()) {
    list.sort((a, b) => (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0));
  }

  const placed = new Set<string>();
  // Built with an explicit stack, and cut at MAX_DEPTH: a long debate can chain thousands of
  // replies, and reports (and the call stack) cannot nest that deep. A cut-off branch becomes a
  // tree of its own, whose root keeps the relation that links it on.
  const continued: { unit: Unit; relation: Relation }[] = [];
  const grow = (top: Unit, topRelation: Relation | null): ArgumentNode => {
    const make = (unit: Unit, relation: Relation | null): ArgumentNode => {
      const repeated = placed.has(unit.id);
      placed.add(unit.id);
      return { unit, relation, children: [], repeated };
    };
    const root = make(top, topRelation);
    const stack: { node: ArgumentNode; depth: number }[] = root.repeated ? [] : [{ node: root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as { node: ArgumentNode; depth: number };
      for (const relation of incoming.get(node.unit.id) ?? []) {
        const from = units.get(relation.from);
        if (from === undefined) continue;
        if (depth + 1 >= MAX_DEPTH && !placed.has(from.id)) {
          continued.push({ unit: from, relation });
          continue;
        }
        const child = make(from, relation);
        (node.children as ArgumentNode[]).push(child);
        if (!child.repeated) stack.push({ node: child, depth: depth + 1 });
      }
    }
    return root;
  };

  const major = analysis.majorClaim === null ? undefined : units.get(analysis.majorClaim);
  const root = major === undefined ? null : grow(major, null);

  // Detached trees: branches cut at MAX_DEPTH, then units that point nowhere (natural roots),
  // then whatever is left inside cycles, so every related unit is shown once.
  const detached: ArgumentNode[] = [];
  for (let i = 0; i < continued.length; i += 1) {
    const { unit, relation } = continued[i] as { unit: Unit; relation: Relation };
    if (!placed.has(unit.id)) detached.push(grow(unit, relation));
  }
  for (const unit of analysis.units) {
    if (!placed.has(unit.id) && incoming.has(unit.id) && !hasOutgoing.has(unit.id)) detached.push(grow(unit, null));
  }
  for (const unit of analysis.units) {
    if (!placed.has(unit.id) && incoming.has(unit.id)) detached.push(grow(unit, null));
  }
  const loose = analysis.units.filter((unit) => !placed.has(unit.id));
  return { root, detached, loose, units };
}

/** Depth-first visit of a node and its descendants, parents before children (iterative). */
export function* walkArgumentTree(node: ArgumentNode, depth = 0): Generator<{ node: ArgumentNode; depth: number }> {
  const stack = [{ node, depth }];
  while (stack.length > 0) {
    const next = stack.pop() as { node: ArgumentNode; depth: number };
    yield next;
    for (let i = next.node.children.length - 1; i >= 0; i -= 1) stack.push({ node: next.node.children[i] as ArgumentNode, depth: next.depth + 1 });
  }
}
