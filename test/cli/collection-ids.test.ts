import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-collection-ids-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
// Two exports each numbered from 0: id 0 names different claims, id 1 the same claim in both.
const A = write('a.csv', 'id,claim,verdict\n0,The harbor bridge will close for five years.,False\n1,Bread costs twice as much as last year.,True\n');
const B = write('b.csv', 'id,claim,verdict\n0,The mayor resigned over the stadium deal.,False\n1,Bread costs twice as much as last year.,True\n');
const CLASH = `argscope: ${B} line 2: id "0" was already used in ${A} line 2 for another claim; give each fact-check its own id, e.g. prefix each file's ids with its name; skipped`;

test('index reports an id two files of one run give different claims, keeps the first, and exits 1', async () => {
  const db = join(dir, 'ab.db');
  const result = await runCli(['index', A, B, '--db', db]);
  assert.equal(result.code, 1, result.stderr);
  const lines = result.stderr.trim().split('\n');
  assert.deepEqual(lines.slice(0, -1), [CLASH]);
  assert.match(lines.at(-1) ?? '', /indexed 3 fact-checks from 2 files, 1 record skipped \(see above\) in [\d.]+ s; .*ab\.db holds 2 fact-checks$/);
  const query = await runCli(['match', '--claims', db, '--input', '-', '--top', '1'], '{"id": "q", "text": "harbor bridge closing for five years"}\n');
  assert.match(query.stdout, /"id":"0","score"/);
  assert.match(query.stdout, /harbor bridge/);
});

test('match --claims reports the same clash between its collection files', async () => {
  const result = await runCli(['match', '--claims', A, '--claims', B, '--input', '-', '--top', '1'], '{"id": "q", "text": "did the mayor resign over the stadium?"}\n');
  assert.equal(result.code, 1);
  assert.deepEqual(result.stderr.trim().split('\n'), [CLASH]);
});

test('re-indexing into an existing index still updates by id: runs are not compared with each other', async () => {
  const db = join(dir, 'update.db');
  assert.equal((await runCli(['index', A, '--db', db])).code, 0);
  const again = await runCli(['index', B, '--db', db]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /^argscope: indexed 2 fact-checks from 1 file, none skipped in [\d.]+ s; .*update\.db holds 2 fact-checks\n$/);
});
