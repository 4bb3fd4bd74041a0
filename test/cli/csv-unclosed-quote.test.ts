import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { loadFactBase } from '../../src/cli/fact-base-input.ts';
import { parseFactsCsv } from '../../src/evidence/fact-base/read-facts-csv.ts';
import { parseFactChecksCsv } from '../../src/evidence/fact-checks/read-csv.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-unclosed-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Line 3 opens a quote it never closes; line 5 holds the next quote, which csv-parse took for the
// bad closing quote of a field that ran from line 3: rows 3 and 4 (lines 4 and 5) used to be lost.
const CHECKS = [
  'id,claim,verdict',
  '1,"The harbor bridge was sold",False',
  '2,"The mayor owns three islands,False',
  '3,The river runs backwards in May,False',
  '4,"Taxes rose, then fell",Mixed',
  '5,"A claim over',
  'two lines",True',
  '6,The last claim of the file,False',
].join('\n');

test('a CSV fact-check collection with an unclosed quote: the row is reported where the quote opens, the rows after it are read', () => {
  const { factChecks, places, problems } = parseFactChecksCsv(`${CHECKS}\n`, 'checks.csv');
  assert.deepEqual(
    factChecks.map((f) => [f.id, f.claim]),
    [
      ['1', 'The harbor bridge was sold'],
      ['3', 'The river runs backwards in May'],
      ['4', 'Taxes rose, then fell'],
      // A quoted field that spans lines and closes properly is still one field.
      ['5', 'A claim over\ntwo lines'],
      ['6', 'The last claim of the file'],
    ],
  );
  assert.deepEqual(places.map((p) => p.line), [2, 4, 5, 6, 8]);
  assert.deepEqual(
    problems.map((p) => [p.line, p.message]),
    [[3, 'a quote opened on this line is not closed (it ran on to line 5; the rows after it are still read); close the quote where the field ends, and write a quote inside a quoted field twice ("")']],
  );
});

test('a quote left open to the end of a CSV fact-check collection costs only its own row', () => {
  const { factChecks, problems } = parseFactChecksCsv('id,claim\n1,First claim\n2,"Never closed\n3,Third claim\n4,Fourth claim\n', 'eof.csv');
  assert.deepEqual(factChecks.map((f) => f.id), ['1', '3', '4']);
  assert.deepEqual(problems.map((p) => [p.line, p.message]), [[3, 'a quote opened on this line is never closed (it ran on to the end of the file; the rows after it are still read); close the quote where the field ends, and write a quote inside a quoted field twice ("")']]);
});

const FACTS = [
  'id,statement,value,source_title',
  'f1,"The bridge opened in 1932",1932,Almanac',
  'f2,"The bridge is 503 m long,503,Almanac',
  'f3,The tower is 300 m tall,300,Almanac',
  'f4,"The river is 12 km long",12,Atlas',
  'f5,"A statement over',
  'two lines",5,Atlas',
].join('\n');

test('a CSV fact base with an unclosed quote: the row is reported where the quote opens, the rows after it are read', () => {
  const { facts, problems } = parseFactsCsv(`${FACTS}\n`, 'facts.csv');
  assert.deepEqual(
    facts.map((f) => [f.id, f.statement]),
    [
      ['f1', 'The bridge opened in 1932'],
      ['f3', 'The tower is 300 m tall'],
      ['f4', 'The river is 12 km long'],
      ['f5', 'A statement over\ntwo lines'],
    ],
  );
  assert.deepEqual(
    problems.map((p) => [p.line, p.message]),
    [[3, 'a quote opened on this line is not closed (it ran on to line 5; the rows after it are still read); close the quote where the cell ends, and write a quote inside a quoted cell twice (""); line skipped']],
  );
  const eof = parseFactsCsv('id,statement,source_title\nf1,One,T\nf2,"Two,T\nf3,Three,T\n', 'eof.csv');
  assert.deepEqual(eof.facts.map((f) => f.id), ['f1', 'f3']);
  assert.deepEqual(eof.problems.map((p) => p.line), [3]);
});

test('argscope index reports the unclosed quote on one line, indexes every other row and exits 1', async () => {
  const collection = write('checks.csv', `${CHECKS}\n`);
  const db = join(dir, 'checks.db');
  const result = await runCli(['index', collection, '--db', db]);
  assert.equal(result.code, 1, result.stderr);
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines[0], `argscope: ${collection} line 3: a quote opened on this line is not closed (it ran on to line 5; the rows after it are still read); close the quote where the field ends, and write a quote inside a quoted field twice (""); skipped`);
  assert.match(lines[1] ?? '', /^argscope: indexed 5 fact-checks from 1 file, 1 record skipped \(see above\) in [\d.]+ s; .* holds 5 fact-checks$/u);
  assert.equal(lines.length, 2);
  const matched = await runCli(['match', '--claims', db, '--input', '-'], '{"id": "q", "text": "the river runs backwards in May"}\n');
  assert.equal(matched.code, 0, matched.stderr);
  assert.equal((JSON.parse(matched.stdout) as { matches: { id: string }[] }).matches[0]?.id, '3');
});

test('analyze --facts reads the facts after an unclosed quote and reports its line', async () => {
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const file = write('facts.csv', `${FACTS}\n`);
  const { facts, skipped } = await loadFactBase(file, stderr);
  assert.deepEqual(facts.map((f) => f.id), ['f1', 'f3', 'f4', 'f5']);
  assert.equal(skipped, 1);
  assert.match(Buffer.concat(chunks).toString('utf8'), new RegExp(`^argscope: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} line 3: a quote opened on this line is not closed \\(it ran on to line 5; .*; line skipped\\n$`, 'u'));
});

test('a quote inside an unquoted CSV field is its own row\'s problem, said as such, and the next row is read', () => {
  const { factChecks, problems } = parseFactChecksCsv('id,claim\n1,He said "no" twice\n2,Next claim\n', 'mid.csv');
  assert.deepEqual(factChecks.map((f) => f.id), ['2']);
  assert.deepEqual(problems.map((p) => [p.line, p.message]), [[2, 'a quote stands inside a field that does not start with one; quote the whole field and write the quote inside it twice ("")']]);
});

test('a CSV fact base gives a quote inside an unquoted cell the same message as a collection, in its own word, and reads the next row', () => {
  const header = 'id,statement,source_title\n';
  const { facts, problems } = parseFactsCsv(`${header}f1,He said "no" twice,Src\nf2,Next fact,Src\n`, 'mid-facts.csv');
  assert.deepEqual(facts.map((f) => f.id), ['f2']);
  assert.deepEqual(problems.map((p) => [p.line, p.message]), [[2, 'a quote stands inside a cell that does not start with one; quote the whole cell and write the quote inside it twice (""); line skipped']]);
});
