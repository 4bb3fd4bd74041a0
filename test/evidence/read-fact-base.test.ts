import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFactBaseFormat, parseFactBase, readFactBase } from '../../src/evidence/fact-base/read-fact-base.ts';
import { parseFactsCsv } from '../../src/evidence/fact-base/read-facts-csv.ts';
import { parseFactsJsonl } from '../../src/evidence/fact-base/read-facts-jsonl.ts';
import { BAVARIA_ARRIVALS } from './bavaria-arrivals.ts';

const GOOD = { ...BAVARIA_ARRIVALS, id: 'g1', source: { title: 'Test fixture', url: 'https://example.org/fixture' }, quote: 'some 12,100 refugees arrived' };

test('reads a JSONL fact base line by line into facts', () => {
  const text = `${JSON.stringify(GOOD)}\n\n# a note\n${JSON.stringify({ ...GOOD, id: 'g2' })}\n`;
  const { facts, problems } = parseFactsJsonl(text, 'facts.jsonl');
  assert.deepEqual(problems, []);
  assert.deepEqual(facts, [GOOD, { ...GOOD, id: 'g2' }]);
});

test('fills left-out nullable fields with null so a terse fact is valid', () => {
  const { facts, problems } = parseFactsJsonl('{"id":"t","statement":"Something happened.","source":{"title":"T"}}', 'f.jsonl');
  assert.deepEqual(problems, []);
  assert.deepEqual(facts, [{ id: 't', statement: 'Something happened.', subject: null, value: null, unit: null, time: null, place: null, source: { title: 'T', url: null }, quote: null }]);
});

test('reports each bad JSONL line by number, naming the field and the fix, and keeps the rest', () => {
  const lines = [
    JSON.stringify(GOOD),
    '{"id": "b1", "statement": ',
    JSON.stringify({ ...GOOD, id: 'b2', value: '12 thousand' }),
    JSON.stringify({ ...GOOD, id: 'b3', statement: undefined }),
    JSON.stringify({ ...GOOD, id: 'b4', time: { from: '2021', to: '2019' } }),
    JSON.stringify({ ...GOOD, id: 'b5', time: { from: '19', to: '2019' } }),
    JSON.stringify(GOOD),
    JSON.stringify({ ...GOOD, id: 'last' }),
  ];
  const { facts, problems } = parseFactsJsonl(lines.join('\n'), 'f.jsonl');
  assert.deepEqual(facts.map((f) => f.id), ['g1', 'last']);
  assert.deepEqual(problems.map((p) => p.line), [2, 3, 4, 5, 6, 7]);
  assert.ok(problems.every((p) => p.file === 'f.jsonl' && p.message.endsWith('; line skipped')));
  assert.match(problems[0]?.message ?? '', /^not valid JSON/);
  assert.match(problems[1]?.message ?? '', /^"value" is "12 thousand"; write a plain number/);
  assert.match(problems[2]?.message ?? '', /^"statement" is missing/);
  assert.match(problems[3]?.message ?? '', /^"time" runs backwards \(2021 to 2019\)/);
  assert.match(problems[4]?.message ?? '', /^"time.from" is "19"/);
  assert.match(problems[5]?.message ?? '', /^id "g1" was already used on line 1/);
});

test('reads the CSV format with flat columns, empty cells as null and a single time as a point', () => {
  const csv = [
    'id,statement,subject,value,unit,time_from,time_to,place,source_title,source_url,quote',
    'c1,"About 12,100 refugees arrived in Bavaria in 2019.",refugee arrivals in Bavaria,"12,100",people,2019,,Bavaria,Test fixture,https://example.org/fixture,',
  ].join('\n');
  const { facts, problems } = parseFactsCsv(csv, 'facts.csv');
  assert.deepEqual(problems, []);
  assert.deepEqual(facts, [{ ...GOOD, id: 'c1', quote: null }]);
});

test('reads a tab-separated fact base by its .tsv extension, or by a header with more tabs than commas', () => {
  const tsv = [
    ['id', 'statement', 'subject', 'value', 'unit', 'time_from', 'time_to', 'place', 'source_title', 'source_url', 'quote'].join('\t'),
    ['c1', 'About 12,100 refugees arrived in Bavaria in 2019.', 'refugee arrivals in Bavaria', '12,100', 'people', '2019', '', 'Bavaria', 'Test fixture', 'https://example.org/fixture', ''].join('\t'),
  ].join('\n');
  for (const name of ['facts.tsv', 'facts.txt']) {
    const { facts, problems } = parseFactsCsv(tsv, name);
    assert.deepEqual(problems, [], name);
    assert.deepEqual(facts, [{ ...GOOD, id: 'c1', quote: null }], name);
  }
  assert.equal(detectFactBaseFormat(tsv, 'facts.tsv'), 'csv');
});

test('reports bad CSV rows by line and keeps the good ones', () => {
  const csv = [
    'id,statement,value,source_title',
    'c1,First fact.,1,T',
    'c2,Too many,2,T,extra',
    'c3,Not a number,lots,T',
    'c4,Fine.,4,T',
  ].join('\n');
  const { facts, problems } = parseFactsCsv(csv, 'f.csv');
  assert.deepEqual(facts.map((f) => f.id), ['c1', 'c4']);
  assert.deepEqual(problems.map((p) => [p.line, p.message.split(';')[0]]), [
    [3, 'the row has 5 cells but the header has 4'],
    [4, '"value" is "lots"'],
  ]);
});

test('a CSV header without the required columns is one problem on line 1', () => {
  const { facts, problems } = parseFactsCsv('name,text\na,b\n', 'f.csv');
  assert.deepEqual(facts, []);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.line, 1);
  assert.match(problems[0]?.message ?? '', /lacks "id", "statement", "source_title"/);
});

test('chooses the format by extension, else by content', () => {
  assert.equal(detectFactBaseFormat('id,statement', 'a.jsonl'), 'jsonl');
  assert.equal(detectFactBaseFormat('{"id":1}', 'a.csv'), 'csv');
  assert.equal(detectFactBaseFormat('  {"id":"x"}', 'facts.txt'), 'jsonl');
  assert.equal(detectFactBaseFormat('id,statement', 'facts'), 'csv');
  assert.equal(parseFactBase(JSON.stringify(GOOD), 'facts.txt').facts.length, 1);
});

test('reads a fact base from a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argscope-facts-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'facts.jsonl');
  writeFileSync(path, `${JSON.stringify(GOOD)}\nnot json\n`);
  const { facts, problems } = readFactBase(path);
  assert.equal(facts.length, 1);
  assert.deepEqual(problems.map((p) => [p.file, p.line]), [[path, 2]]);
});

test('numbers CSV lines right in a spreadsheet export: CRLF line ends and a cell that spans two lines', () => {
  const header = 'id,statement,subject,value,unit,time_from,time_to,place,source_title,source_url,quote';
  const text = [header, 'f1,"One\r\ntwo",s,1,people,2019,2019,Bavaria,T,,', 'f2,Bad value,s,abc,people,2019,2019,Bavaria,T,,', 'f3,ok,s,2,people,2019,2019,Bavaria,T,,', ''].join('\r\n');
  const { facts, problems } = parseFactsCsv(text, 'export.csv');
  assert.deepEqual(facts.map((f) => f.id), ['f1', 'f3']);
  assert.equal(facts[0]?.statement, 'One\ntwo');
  assert.deepEqual(problems.map((p) => p.line), [4]);
});

test('reports a CSV row whose quoted cell spans lines by the line the row starts on, as JSONL and fact-check CSV do', () => {
  const csv = ['id,statement,value,source_title', 'm1,"A statement', 'over three', 'lines",lots,T', 'm2,Fine.,2,T', 'm2,Again.,3,T'].join('\n');
  const { facts, problems } = parseFactsCsv(csv, 'f.csv');
  assert.deepEqual(facts.map((f) => f.id), ['m2']);
  assert.deepEqual(problems.map((p) => [p.line, p.message.split(';')[0]]), [
    [2, '"value" is "lots"'],
    [6, 'id "m2" was already used on line 5'],
  ]);
});

test('names a number too large for a double as such, not as null', () => {
  const { facts, problems } = parseFactsJsonl('{"id":"big","statement":"Huge.","value":1e999,"source":{"title":"T"}}', 'f.jsonl');
  assert.deepEqual(facts, []);
  assert.match(problems[0]?.message ?? '', /^"value" is Infinity \(too large a number\); write a plain number/u);
});

test('refuses a runaway text field as a bad line (tokenizing it would stall or overflow the stack) and keeps the rest', () => {
  const huge = JSON.stringify({ id: 'h1', statement: 'x'.repeat(200_000), source: { title: 'T' } });
  const quote = JSON.stringify({ id: 'h2', statement: 'Fine.', quote: 'y'.repeat(10_001), source: { title: 'T' } });
  const { facts, problems } = parseFactsJsonl([huge, quote, JSON.stringify(GOOD)].join('\n'), 'f.jsonl');
  assert.deepEqual(facts.map((f) => f.id), ['g1']);
  assert.deepEqual(problems.map((p) => [p.line, p.message.split(';')[0]]), [
    [1, '"statement" is 200,000 characters long'],
    [2, '"quote" is 10,001 characters long'],
  ]);
});

test('a .json fact base holding one JSON list, or one pretty-printed fact, is one clear problem, not one per line', () => {
  for (const [text, what] of [
    [JSON.stringify([GOOD, { ...GOOD, id: 'g2' }], null, 2), 'one JSON list'],
    [JSON.stringify([GOOD]), 'one JSON list'],
    [JSON.stringify(GOOD, null, 2), 'one JSON object over several lines'],
  ] as const) {
    const { facts, problems } = parseFactBase(text, 'facts.json');
    assert.deepEqual(facts, []);
    assert.deepEqual(problems.map((p) => [p.line, p.message.split(';')[0]]), [[1, `the file is ${what}, not JSONL`]]);
  }
  assert.equal(parseFactBase(`${JSON.stringify(GOOD)}\n${JSON.stringify({ ...GOOD, id: 'g2' })}\n`, 'facts.json').facts.length, 2);
});

test('a CSV header without the required columns says what the first row holds: a semicolon export, or nothing', () => {
  const semicolons = parseFactsCsv('id;statement;source_title\ns1;A fact.;T\n', 'f.csv');
  assert.equal(semicolons.problems[0]?.message, 'the columns are separated by semicolons (id;statement;source_title); argscope reads commas or tabs: export the file as comma-separated CSV, or as tab-separated .tsv; line skipped');
  assert.match(parseFactsCsv('', 'empty.csv').problems[0]?.message ?? '', /\(the file is empty\)/u);
});
