import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import { toAif, type AifDocument, type AifNode } from '../../src/serialize/to-aif.ts';
import { noArgumentAnalysis, rel, sampleAnalysis } from './sample-analysis.ts';

const parse = (analysis: Analysis, options?: Parameters<typeof toAif>[1]): AifDocument =>
  JSON.parse(toAif(analysis, options)) as AifDocument;


function countByType(doc: AifDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of doc.nodes) counts[node.type] = (counts[node.type] ?? 0) + 1;
  return counts;
}

/** Each S-node with what flows in and out: `premise+CA -RA-> conclusion` (I-nodes by their first words). */
function schemes(doc: AifDocument): string[] {
  const byId = new Map(doc.nodes.map((n) => [n.nodeID, n]));
  const label = (n: AifNode | undefined): string => (n === undefined ? '?' : n.type === 'I' ? n.text.slice(0, 12) : n.type);
  return doc.nodes
    .filter((n) => n.type === 'RA' || n.type === 'CA')
    .map((s) => {
      const into = doc.edges.filter((e) => e.toID === s.nodeID).map((e) => label(byId.get(e.fromID)));
      const out = doc.edges.filter((e) => e.fromID === s.nodeID).map((e) => label(byId.get(e.toID)));
      return `${into.join('+')} -${s.type}-> ${out.join('+')}`;
    });
}

test('makes an I-node per unit and one RA or CA node per relation, with no dialogue layer for monologue', () => {
  const doc = parse(sampleAnalysis());
  assert.deepEqual(countByType(doc), { I: 8, RA: 3, CA: 3 });
  assert.equal(doc.edges.length, 12);
  assert.deepEqual(doc.locutions, []);
  assert.deepEqual(
    doc.nodes.filter((n) => n.type === 'I').map((n) => n.text),
    sampleAnalysis().units.map((u) => u.text),
  );
  assert.deepEqual(new Set(doc.nodes.filter((n) => n.type === 'RA').map((n) => n.text)), new Set(['Default Inference']));
  assert.deepEqual(new Set(doc.nodes.filter((n) => n.type === 'CA').map((n) => n.text)), new Set(['Default Conflict']));
});

test('gives every node and edge a unique string id and every edge two existing endpoints', () => {
  const doc = parse(sampleAnalysis(), { locutions: true });
  const ids = new Set(doc.nodes.map((n) => n.nodeID));
  assert.equal(ids.size, doc.nodes.length);
  assert.equal(new Set(doc.edges.map((e) => e.edgeID)).size, doc.edges.length);
  for (const node of doc.nodes) assert.equal(typeof node.nodeID, 'string');
  for (const edge of doc.edges) {
    assert.ok(ids.has(edge.fromID) && ids.has(edge.toID), `edge ${edge.edgeID} joins existing nodes`);
    assert.equal(edge.formEdgeID, null);
  }
});

test('links premise → RA → conclusion for supports, attacker → CA → target for attacks, and undercut CA → RA', () => {
  assert.deepEqual(schemes(parse(sampleAnalysis())), [
    'In 2019, Osl+CA -RA-> Cities shoul',
    'Clean air al -RA-> Cities shoul',
    'Critics whin -CA-> Cities shoul',
    'Admittedly,  -CA-> Cities shoul',
    'By 2030, mos -RA-> Cities shoul',
    'Of course, O -CA-> RA',
  ]);
});

test('points the undercut at the RA node of the support it undercuts', () => {
  const doc = parse(sampleAnalysis());
  const iNode = (text: string): string => doc.nodes.find((n) => n.type === 'I' && n.text.startsWith(text))?.nodeID ?? '';
  const ra = doc.edges.find((e) => e.fromID === iNode('In 2019'))?.toID;
  const undercutCa = doc.edges.find((e) => e.fromID === iNode('Of course'))?.toID;
  assert.equal(doc.nodes.find((n) => n.nodeID === ra)?.type, 'RA');
  assert.deepEqual(
    doc.edges.filter((e) => e.fromID === undercutCa).map((e) => e.toID),
    [ra],
  );
});

test('falls back to the attack link, then to the unit, when the undercut unit supports nothing', () => {
  const base = sampleAnalysis();
  const onAttack = parse({ ...base, relations: [rel('a', 'u5', 'u1', 'attack'), rel('b', 'u3', 'u5', 'undercut')] });
  assert.deepEqual(schemes(onAttack), ['Critics whin+CA -CA-> Cities shoul', 'Of course, O -CA-> CA']);
  const onUnit = parse({ ...base, relations: [rel('b', 'u3', 'u1', 'undercut')] });
  assert.deepEqual(schemes(onUnit), ['Of course, O -CA-> Cities shoul']);
});

test('leaves out relations that name unknown units', () => {
  const doc = parse({ ...sampleAnalysis(), relations: [rel('a', 'u2', 'u42', 'support'), rel('b', 'u9', 'u1', 'undercut')] });
  assert.deepEqual(countByType(doc), { I: 8 });
  assert.deepEqual(doc.edges, []);
});

test('adds L, YA and TA nodes and locutions when units have speakers', () => {
  const base = noArgumentAnalysis();
  const analysis: Analysis = {
    ...base,
    format: 'transcript',
    units: base.units.map((u, i) => ({ ...u, speaker: i === 0 ? 'Ana' : 'Ben' })),
  };
  const doc = parse(analysis);
  assert.deepEqual(countByType(doc), { I: 2, L: 2, YA: 2, TA: 1 });
  assert.deepEqual(
    doc.nodes.filter((n) => n.type === 'L').map((n) => n.text),
    ['Ana: Good morning everyone.', 'Ben: The weather is nice.'],
  );
  assert.deepEqual(doc.locutions.map((l) => l.personID), ['1', '2']);
  assert.deepEqual(schemes(doc), []);
  assert.deepEqual(countByType(parse(analysis, { locutions: false })), { I: 2 });
});

test('writes the given timestamp on every node and is pretty-printed JSON', () => {
  const json = toAif(sampleAnalysis(), { timestamp: '2024-05-01 12:00:00' });
  const doc = JSON.parse(json) as AifDocument;
  assert.ok(doc.nodes.every((n) => n.timestamp === '2024-05-01 12:00:00'));
  assert.equal(json, JSON.stringify(doc, null, 2));
  assert.ok(!toAif(sampleAnalysis()).includes('timestamp'));
});
