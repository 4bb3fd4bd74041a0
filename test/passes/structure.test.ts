import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import type { TextFormat } from '../../src/parse/parse-input.ts';
import { parseInput } from '../../src/parse/parse-input.ts';
import { RULE_PIPELINE } from '../../src/pipeline/rule-presets.ts';
import { runPipeline, toAnalysis } from '../../src/pipeline/run-pipeline.ts';

/**
 * The rule structure alone (what `analyze()` gives without its learned passes): the marker and
 * pattern rules below are specs of the rule pass, which the learned structure then replaces.
 */
function analyzeWithRules(text: string, format: TextFormat): Analysis {
  return toAnalysis(runPipeline(parseInput(text, format), { format }, RULE_PIPELINE));
}

/** Relations as `from -type-> to`, in the order the analysis lists them. */
function edges(analysis: Analysis): string[] {
  return analysis.relations.map((r) => `${r.from} -${r.type}-> ${r.to}`);
}

/** Checks that the argument map is one tree under the major claim; returns problems found. */
function treeProblems(analysis: Analysis): string[] {
  const problems: string[] = [];
  const arguing = new Set(analysis.units.filter((u) => u.role !== 'none').map((u) => u.id));
  const outgoing = new Map<string, string[]>();
  for (const r of analysis.relations) {
    if (!arguing.has(r.from) || !arguing.has(r.to)) problems.push(`${r.id} links a unit with role none`);
    outgoing.set(r.from, [...(outgoing.get(r.from) ?? []), r.to]);
  }
  const root = analysis.majorClaim;
  if (root === null) {
    if (arguing.size > 0 || analysis.relations.length > 0) problems.push('no major claim, yet units argue');
    return problems;
  }
  if (analysis.units.find((u) => u.id === root)?.role !== 'major_claim') problems.push(`${root} is not marked major_claim`);
  for (const id of arguing) {
    const targets = outgoing.get(id) ?? [];
    if (id === root) {
      if (targets.length > 0) problems.push(`the major claim ${id} has an outgoing relation`);
      continue;
    }
    if (targets.length !== 1) problems.push(`${id} has ${targets.length} outgoing relations`);
    const seen = new Set<string>();
    let at: string | undefined = id;
    while (at !== undefined && at !== root && !seen.has(at)) {
      seen.add(at);
      at = outgoing.get(at)?.[0];
    }
    if (at !== root) problems.push(`following "to" from ${id} does not reach ${root}`);
  }
  return problems;
}

test('attaches a numbered list of reasons to the claim before it, each as support', () => {
  const text = [
    'The city should ban cars from the old town.',
    '',
    '1) Air pollution there is twice the national limit.',
    '2) Pedestrians already outnumber drivers on most streets.',
    '3) Shops on car-free streets earn more, according to a 2019 survey.',
  ].join('\n');
  const analysis = analyze(text, { format: 'text' });
  assert.equal(analysis.majorClaim, 'u1');
  assert.deepEqual(
    analysis.units.map((u) => u.listMarker),
    [null, '1)', '2)', '3)'],
  );
  assert.deepEqual(edges(analysis), ['u2 -support-> u1', 'u3 -support-> u1', 'u4 -support-> u1']);
});

test('attaches list items to the claim that introduces the list, not to the thesis', () => {
  const text = [
    'Our council should cut bus fares.',
    '',
    'Cheaper fares help the town in two ways:',
    '- Families save money on every trip.',
    '- Shops see more customers on weekdays.',
  ].join('\n');
  const analysis = analyze(text, { format: 'text' });
  const intro = analysis.units.find((u) => u.text.startsWith('Cheaper fares'))?.id;
  assert.ok(intro !== undefined);
  const listItems = analysis.units.filter((u) => u.listMarker === '-').map((u) => u.id);
  assert.deepEqual(
    analysis.relations.filter((r) => listItems.includes(r.from)).map((r) => [r.type, r.to]),
    [
      ['support', intro],
      ['support', intro],
    ],
  );
});

test('rules: read "Admittedly X. But Y." as a concession attacking the thesis and a rebuttal attacking the concession', () => {
  const text = [
    'Remote work is good for most companies. It saves office costs and widens the pool of candidates.',
    '',
    'Admittedly, some teams lose touch with each other. But regular video meetings solve most of that.',
  ].join('\n');
  const analysis = analyzeWithRules(text, 'text');
  assert.equal(analysis.majorClaim, 'u1');
  assert.deepEqual(
    analysis.units.map((u) => ({ id: u.id, role: u.role, concession: u.concession })),
    [
      { id: 'u1', role: 'major_claim', concession: false },
      { id: 'u2', role: 'claim', concession: false },
      { id: 'u3', role: 'claim', concession: true },
      { id: 'u4', role: 'premise', concession: false },
    ],
  );
  assert.deepEqual(edges(analysis), ['u2 -support-> u1', 'u3 -attack-> u1', 'u4 -attack-> u3']);
});

test('rules: read "that does not mean" as an undercut of the unit before it', () => {
  const text = [
    'Our town should build a second bridge.',
    '',
    'Some say a bridge is too expensive. But the regional fund will pay for most of it. That does not mean the council can ignore the cost.',
  ].join('\n');
  const analysis = analyzeWithRules(text, 'text');
  assert.deepEqual(
    analysis.relations.find((r) => r.from === 'u4'),
    {
      id: 'r3',
      from: 'u4',
      to: 'u3',
      type: 'undercut',
      confidence: 0.7,
      cues: [{ source: 'marker', text: '"That does not mean": denies that the unit before supports its claim', weight: 0.7 }],
    },
  );
});

test('rules: turn "X. Therefore Y." around so that X supports Y and Y takes X\'s place', () => {
  const text = [
    'The city should build a tram line along the river.',
    '',
    'Buses on the river road are full by seven every morning. Therefore the road needs more capacity than buses can give.',
  ].join('\n');
  const analysis = analyzeWithRules(text, 'text');
  assert.equal(analysis.majorClaim, 'u1');
  assert.deepEqual(edges(analysis), ['u2 -support-> u3', 'u3 -support-> u1']);
});

test('makes the unit before "Therefore <thesis>" a reason for the thesis', () => {
  const analysis = analyze(
    'Trams are the best way to move people in a dense city. They carry more passengers than buses. Therefore the city should build a tram line along the river.',
    { format: 'text' },
  );
  assert.equal(analysis.majorClaim, 'u3');
  assert.deepEqual(edges(analysis), ['u1 -support-> u3', 'u2 -support-> u3']);
});

test('gives a neutral narrative no major claim, no relations and no roles', () => {
  const text = [
    'On Sunday my brother and I drove to the coast. We parked near the pier at ten and walked along the beach for two hours.',
    '',
    'At noon we bought fish and chips from a kiosk and sat on the harbour wall. A ferry arrived from the island and unloaded a few cars. In the afternoon the tide turned, and we drove home before dark.',
  ].join('\n');
  const analysis = analyze(text, { format: 'text' });
  assert.equal(analysis.majorClaim, null);
  assert.deepEqual(analysis.relations, []);
  assert.deepEqual(new Set(analysis.units.map((u) => u.role)), new Set(['none']));
});

test('keeps questions and fragments out of the argument map', () => {
  const analysis = analyze('Is the tram worth it? Cities should fund buses first. Buses are cheaper and more flexible. Thanks!', {
    format: 'text',
  });
  assert.deepEqual(
    analysis.units.map((u) => [u.text, u.role]),
    [
      ['Is the tram worth it?', 'none'],
      ['Cities should fund buses first.', 'major_claim'],
      ['Buses are cheaper and more flexible.', 'claim'],
      ['Thanks!', 'none'],
    ],
  );
  assert.deepEqual(edges(analysis), ['u3 -support-> u2']);
});

test('reads a second unit in a speaker\'s turn as backing that speaker, not the opponent\'s thesis', () => {
  const analysis = analyze(
    [
      'MODERATOR: Should the city raise parking fees?',
      'HALE: Yes. Higher fees will cut congestion in the centre.',
      'OKAFOR: That is wrong. Higher fees will drive shoppers to the malls.',
    ].join('\n'),
    { format: 'transcript' },
  );
  const objection = analysis.units.find((u) => u.text === 'That is wrong.')?.id;
  const reason = analysis.units.find((u) => u.text.startsWith('Higher fees will drive'))?.id;
  assert.deepEqual(
    analysis.relations.filter((r) => r.from === reason).map((r) => [r.type, r.to]),
    [['support', objection]],
  );
});

test('keeps a short reason in the map when the tagger misses its verb', () => {
  const analysis = analyze('Our council should cut bus fares.\n\n- Fewer people use their cars in the centre.', { format: 'text' });
  assert.deepEqual(
    analysis.units.map((u) => [u.kind === 'other', u.role === 'none']),
    [
      [false, false],
      [false, false],
    ],
  );
});

const ARGUMENTS: readonly (readonly [string, TextFormat])[] = [
  [
    [
      'Our town should build a second bridge.',
      '',
      'The old bridge carries twice the traffic it was designed for, and repairs close it for weeks every year. Because of this, ambulances often take a long detour.',
      '',
      'Some say a bridge is too expensive. But the regional fund will pay for most of it. That does not mean the council can ignore the cost. Still, the case for the bridge is strong.',
    ].join('\n'),
    'text',
  ],
  [
    'Trams are the best way to move people. They carry more passengers than buses. Their rails last for decades. Therefore the city should build a tram line. However, the works will disrupt traffic for years. That is a price worth paying.',
    'text',
  ],
  [
    [
      '# Four-day weeks work',
      '',
      'Employers should try a four-day week. Staff are less tired, so they make fewer mistakes.',
      '',
      '- Sick days fell by a third in the pilot.',
      '- Most teams kept their output.',
      '',
      'Of course, not every job fits the pattern. Hospitals, for example, need cover every day. Even so, most offices could switch tomorrow.',
    ].join('\n'),
    'markdown',
  ],
  [
    [
      'MODERATOR: Should the city raise parking fees?',
      'HALE: Yes. Higher fees will cut congestion in the centre, and the money can fund buses.',
      'OKAFOR: That is wrong. Higher fees will drive shoppers to the malls. Small shops will close.',
      'HALE: The malls charge for parking too, so shoppers have nowhere cheaper to go.',
    ].join('\n'),
    'transcript',
  ],
  [
    '<h1>Libraries should drop late fines</h1><p>Fines keep poorer families away. Cities that dropped them saw more books come back, not fewer.</p><ul><li>Chicago saw returns rise.</li><li>Staff spend less time collecting coins.</li></ul><p>Admittedly, fines raise some money. But the sums are tiny next to the budget.</p>',
    'html',
  ],
];

test('forms one tree: each arguing unit but the major claim has one outgoing relation, and following "to" reaches the major claim', () => {
  for (const [text, format] of ARGUMENTS) {
    for (const analysis of [analyze(text, { format }), analyzeWithRules(text, format)]) {
      assert.notEqual(analysis.majorClaim, null, `no major claim in: ${text.slice(0, 60)}`);
      assert.deepEqual(treeProblems(analysis), [], `in: ${text.slice(0, 60)}`);
    }
  }
});
