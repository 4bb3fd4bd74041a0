import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import { buildArgumentForest, walkArgumentTree, type ArgumentNode } from '../../src/serialize/argument-tree.ts';
import { noArgumentAnalysis, rel, sampleAnalysis } from './sample-analysis.ts';

/** The tree as `depth:relation:id` strings, parents before children. */
function shape(node: ArgumentNode | null): string[] {
  if (node === null) return [];
  return [...walkArgumentTree(node)].map(({ node: n, depth }) => `${depth}:${n.relation?.type ?? 'root'}:${n.unit.id}${n.repeated ? '*' : ''}`);
}


test('roots the tree at the major claim with children in document order and the undercut under its target', () => {
  const forest = buildArgumentForest(sampleAnalysis());
  assert.deepEqual(shape(forest.root), [
    '0:root:u1',
    '1:support:u2',
    '2:undercut:u3',
    '1:support:u4',
    '1:attack:u5',
    '1:attack:u6',
    '1:support:u7',
  ]);
  assert.deepEqual(forest.detached, []);
  assert.deepEqual(forest.loose.map((u) => u.id), ['u8']);
});

test('lists every unit as loose when there is no major claim and no relation', () => {
  const forest = buildArgumentForest(noArgumentAnalysis());
  assert.equal(forest.root, null);
  assert.deepEqual(forest.loose.map((u) => u.id), ['u1', 'u2']);
});

test('shows a shared premise once and then as a repeat, and survives cycles and unknown ids', () => {
  const base = sampleAnalysis();
  const analysis: Analysis = {
    ...base,
    relations: [
      rel('a', 'u2', 'u1', 'support'),
      rel('b', 'u4', 'u1', 'support'),
      rel('c', 'u2', 'u4', 'support'),
      rel('d', 'u5', 'u6', 'attack'),
      rel('e', 'u6', 'u5', 'attack'),
      rel('f', 'u7', 'u99', 'support'),
    ],
  };
  const forest = buildArgumentForest(analysis);
  assert.deepEqual(shape(forest.root), ['0:root:u1', '1:support:u2', '1:support:u4', '2:support:u2*']);
  assert.deepEqual(forest.detached.map(shape), [['0:root:u5', '1:attack:u6', '2:attack:u5*']]);
  assert.deepEqual(forest.loose.map((u) => u.id), ['u3', 'u7', 'u8']);
});

test('roots related units that do not reach the thesis where nothing points further', () => {
  const base = sampleAnalysis();
  const analysis: Analysis = { ...base, relations: [rel('a', 'u2', 'u1', 'support'), rel('b', 'u4', 'u5', 'attack')] };
  const forest = buildArgumentForest(analysis);
  assert.deepEqual(forest.detached.map(shape), [['0:root:u5', '1:attack:u4']]);
});
