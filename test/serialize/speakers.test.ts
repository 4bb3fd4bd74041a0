/**
 * Speakers of transcript turns in the outputs that are read by people or by argument tools: the
 * Markdown report and Argdown say who said each unit, and AIF lists the participants its
 * locutions point at. Text without speakers renders exactly as before (the exact-output tests in
 * to-markdown.test.ts and to-argdown.test.ts pin that; here, a speaker is the only difference).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { analyze } from '../../src/analyze.ts';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import { toArgdown } from '../../src/serialize/to-argdown.ts';
import { toAif, type AifDocument } from '../../src/serialize/to-aif.ts';
import { toMarkdown } from '../../src/serialize/to-markdown.ts';
import { noArgumentAnalysis, sampleAnalysis, singleUnitAnalysis } from './sample-analysis.ts';

const DEBATE = [
  'MODERATOR: Governor Reyes, your opponent says your housing plan has failed. How many homes have been built?',
  'GOVERNOR REYES: We have permitted just over 46,000 units, and about 31,000 are already occupied.',
  'SENATOR HALE: Permitted is not built. Rents went up 14 percent over the same period.',
].join('\n');

/** The sample post as if three people had said it, turn by turn. */
function spokenSample(): Analysis {
  const names = ['MODERATOR', 'GOVERNOR REYES', 'SENATOR HALE'];
  const base = sampleAnalysis();
  return { ...base, format: 'transcript', units: base.units.map((u, i) => ({ ...u, speaker: names[i % 3] ?? null })) };
}

const parseAif = (analysis: Analysis, options?: Parameters<typeof toAif>[1]): AifDocument =>
  JSON.parse(toAif(analysis, options)) as AifDocument;

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => plain(child)).join('');
  return '';
}

/** The texts of all bold runs of a Markdown document, as a CommonMark parser reads them. */
function strongTexts(markdown: string): string[] {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'strong') out.push(plain(node));
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromMarkdown(markdown));
  return out;
}

test('markdown: a transcript names the speaker in bold before each unit, wherever units are listed', () => {
  const markdown = toMarkdown(spokenSample());
  const lines = markdown.split('\n');
  for (const line of [
    '> **MODERATOR:** Cities should ban cars from their centres. (u1)',
    '- [major claim, recommendation] **MODERATOR:** Cities should ban cars from their centres. (u1)',
    '  - **supports** [premise, fact] **GOVERNOR REYES:** In 2019, Oslo removed 700 parking spaces and pedestrian traffic rose by 10%. (u2)',
    '    - **undercuts** [premise, opinion] **SENATOR HALE:** Of course, Oslo is hardly a typical city. (u3)',
    '- [none, other] **GOVERNOR REYES:** Thanks for reading! (u8)',
    '- **prediction** **GOVERNOR REYES:** Critics whine that shops will lose customers. (u5)',
    '- **probable** **MODERATOR:** By 2030, most European capitals will probably follow. (u7): cues "probably"',
  ]) {
    assert.ok(lines.includes(line), `has the line ${line}`);
  }
  assert.ok(lines.some((l) => /^\d+\. \*\*GOVERNOR REYES:\*\* In 2019, Oslo/u.test(l)), 'claims to check name the speaker');
});

test('markdown: the speaker is the only difference, and text without speakers renders as before', () => {
  const spoken = toMarkdown(spokenSample());
  const unspoken = spoken.replace(/\*\*(MODERATOR|GOVERNOR REYES|SENATOR HALE):\*\* /gu, '');
  assert.equal(unspoken, toMarkdown(sampleAnalysis()));
  // A blank speaker is no speaker.
  const blank = sampleAnalysis();
  blank.units = blank.units.map((u) => ({ ...u, speaker: '  ' }));
  assert.equal(toMarkdown(blank), toMarkdown(sampleAnalysis()));
  assert.ok(!toMarkdown(sampleAnalysis()).includes(':**'));
});

test('markdown: a CommonMark parser reads any speaker back literally as one bold run', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.replace(/\s+/gu, ' ').trim() !== ''),
      (speaker) => {
        const analysis = singleUnitAnalysis('We must act now.', { role: 'major_claim', speaker });
        const strong = strongTexts(toMarkdown(analysis));
        assert.ok(strong.includes(`${speaker.replace(/\s+/gu, ' ').trim()}:`), `bold runs ${JSON.stringify(strong)}`);
      },
    ),
    { numRuns: 200 },
  );
});

test('argdown: a transcript prefixes each statement text with its speaker', () => {
  const argdown = toArgdown(spokenSample());
  const lines = argdown.split('\n');
  for (const line of [
    '[u1]: MODERATOR: Cities should ban cars from their centres. #major-claim #recommendation',
    '    + <u2>: GOVERNOR REYES: In 2019, Oslo removed 700 parking spaces and pedestrian traffic rose by 10%. #premise #fact #checkworthy',
    '        <_ [u3]: SENATOR HALE: Of course, Oslo is hardly a typical city. #premise #opinion #checkworthy',
    '[u8]: GOVERNOR REYES: Thanks for reading! #other',
  ]) {
    assert.ok(lines.includes(line), `has the line ${line}`);
  }
});

test('argdown: the speaker is the only difference, and text without speakers renders as before', () => {
  const spoken = toArgdown(spokenSample());
  const unspoken = spoken.replace(/(\]|>): (MODERATOR|GOVERNOR REYES|SENATOR HALE): /gu, '$1: ');
  assert.equal(unspoken, toArgdown(sampleAnalysis()));
  assert.equal(toArgdown(spokenSample(), { titles: 'slug' }).split('\n')[6], '[u1 Cities should ban cars from their]: MODERATOR: Cities should ban cars from their centres. #major-claim #recommendation');
});

test('argdown: a speaker cannot inject syntax, and a colon in it cannot open a shortcode', () => {
  const line = (speaker: string): string =>
    toArgdown(singleUnitAnalysis('We must act now.', { role: 'major_claim', kind: 'recommendation', speaker })).split('\n')[6] ?? '';
  assert.equal(line('A:B'), '[u1]: A\\:B: We must act now. #major-claim #recommendation');
  assert.equal(line('#x [y] <u2> // c {k: v}'), '[u1]: \\#x \\[y\\] \\<u2\\> \\/\\/ c \\{k: v\\}: We must act now. #major-claim #recommendation');
  assert.equal(line('ANA\n  MARIA'), '[u1]: ANA MARIA: We must act now. #major-claim #recommendation');
});

test('aif: every locution personID names a participant, split into first name and surname', () => {
  const doc = parseAif(spokenSample());
  assert.deepEqual(doc.participants, [
    { participantID: '1', firstname: 'MODERATOR', surname: '' },
    { participantID: '2', firstname: 'GOVERNOR', surname: 'REYES' },
    { participantID: '3', firstname: 'SENATOR', surname: 'HALE' },
  ]);
  const ids = new Set(doc.participants.map((p) => p.participantID));
  assert.equal(ids.size, doc.participants.length);
  assert.equal(doc.locutions.length, 8);
  for (const locution of doc.locutions) assert.ok(ids.has(locution.personID), `personID ${locution.personID} resolves`);
  // The participant's name reads back as the speaker on its L-nodes.
  const byId = new Map(doc.participants.map((p) => [p.participantID, [p.firstname, p.surname].filter(Boolean).join(' ')]));
  for (const locution of doc.locutions) {
    const lNode = doc.nodes.find((n) => n.nodeID === locution.nodeID);
    assert.ok(lNode?.text.startsWith(`${byId.get(locution.personID) ?? '?'}: `), lNode?.text);
  }
});

test('aif: participants are empty without a dialogue layer, and the author when one is asked for', () => {
  assert.deepEqual(parseAif(sampleAnalysis()).participants, []);
  assert.deepEqual(parseAif(spokenSample(), { locutions: false }).participants, []);
  const monologue = parseAif(noArgumentAnalysis(), { locutions: true });
  assert.deepEqual(monologue.participants, [{ participantID: '1', firstname: 'Author', surname: '' }]);
  assert.deepEqual(monologue.locutions.map((l) => l.personID), ['1', '1']);
  // A unit without a speaker among speakers is said by the author, who is listed too.
  const mixed = spokenSample();
  mixed.units = mixed.units.map((u) => (u.id === 'u8' ? { ...u, speaker: null } : u));
  const doc = parseAif(mixed);
  const ids = new Set(doc.participants.map((p) => p.participantID));
  assert.ok(doc.locutions.every((l) => ids.has(l.personID)));
  assert.deepEqual(doc.participants.at(-1), { participantID: '4', firstname: 'Author', surname: '' });
});

test('a debate transcript, analysed end to end, names its speakers in md, argdown and aif', () => {
  const analysis = analyze(DEBATE);
  assert.deepEqual(
    [...new Set(analysis.units.map((u) => u.speaker))],
    ['MODERATOR', 'GOVERNOR REYES', 'SENATOR HALE'],
  );
  const markdown = toMarkdown(analysis);
  const argdown = toArgdown(analysis);
  for (const speaker of ['MODERATOR', 'GOVERNOR REYES', 'SENATOR HALE']) {
    assert.ok(markdown.includes(`**${speaker}:** `), `md names ${speaker}`);
    assert.ok(argdown.includes(`: ${speaker}: `), `argdown names ${speaker}`);
  }
  assert.ok(markdown.includes('**GOVERNOR REYES:** We have permitted just over 46,000 units'));
  const doc = parseAif(analysis);
  const ids = new Set(doc.participants.map((p) => p.participantID));
  assert.equal(doc.participants.length, 3);
  assert.ok(doc.locutions.length > 0 && doc.locutions.every((l) => ids.has(l.personID)));
});
