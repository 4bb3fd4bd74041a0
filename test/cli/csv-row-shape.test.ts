/**
 * CSV files whose rows or header have the wrong shape: each is one line saying what to change, by
 * file and line, through the commands a user runs (index for collections, analyze --facts for fact bases).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-csv-shape-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const POST = 'About 74,000 Afghan refugees arrived in Pakistan in 1994.\n';

test('a collection row with too many or too few fields says which, with the fix for each, and the other rows are indexed', async () => {
  const csv = write('checks.csv', ['id,claim,verdict', '1,Taxes rose,False', '2,Taxes rose, then fell,Mixed', '3,No verdict here', '4,The last claim,True', ''].join('\n'));
  const result = await runCli(['index', csv, '--db', join(dir, 'checks.db')]);
  assert.equal(result.code, 1);
  assert.deepEqual(result.stderr.split('\n').slice(0, 2), [
    `argscope: ${csv} line 3: the row has 4 fields but the header has 3; quote fields that hold commas; skipped`,
    `argscope: ${csv} line 4: the row has 2 fields but the header has 3; give every row one for each column, empty ones too (a,,c); skipped`,
  ]);
  assert.match(result.stderr, /holds 2 fact-checks\n$/);
});

test('a tab-separated row with too many cells is told to quote cells that hold tabs', async () => {
  const tsv = write('facts.tsv', ['id\tstatement\tsource_title', 'f1\tOne\ttwo\tT'].join('\n'));
  const result = await runCli(['analyze', write('post1.txt', POST), '--facts', tsv]);
  assert.equal(result.code, 1);
  assert.equal(result.stderr.split('\n')[0], `argscope: ${tsv} line 2: the row has 4 cells but the header has 3; quote cells that hold tabs; line skipped`);
});

test('a semicolon-separated CSV (a spreadsheet export in a comma-decimal locale) is named as such, for collections and fact bases', async () => {
  const checks = write('semi-checks.csv', '\uFEFFid;claim;verdict\r\n1;Taxes rose;False\r\n');
  const matched = await runCli(['match', '--claims', checks, '--input', '-'], '{"id": "q", "text": "taxes rose"}\n');
  assert.equal(matched.code, 1);
  assert.equal(
    matched.stderr.split('\n')[0],
    `argscope: ${checks} line 1: the columns are separated by semicolons (id;claim;verdict); argscope reads commas or tabs: export the file as comma-separated CSV, or as tab-separated .tsv; skipped`,
  );
  const facts = write('semi-facts.csv', 'id;statement;value;source_title\nf1;Refugees;1,5;T\n');
  const analyzed = await runCli(['analyze', write('post2.txt', POST), '--facts', facts]);
  assert.equal(analyzed.code, 1);
  assert.match(analyzed.stderr.split('\n')[0] ?? '', /^argscope: .*semi-facts\.csv line 1: the columns are separated by semicolons \(id;statement;value;source_title\); argscope reads commas or tabs/);
});
