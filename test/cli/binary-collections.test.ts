/**
 * A spreadsheet (.xlsx) or UTF-16 text given as fact-checks or as a fact base: one line saying what
 * the file is and how to convert it, not "not valid UTF-8" with a windows-1252 iconv, nor a header
 * of binary garbage.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-binary-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

// A zip's local file header, as an .xlsx starts: NUL bytes from the fifth byte on.
const XLSX = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00', 'latin1'), Buffer.from('[Content_Types].xml')]);
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,statement,source_title\nf1,A fact.,T\n', 'utf16le')]);
const BINARY = 'looks like a binary file (it contains NUL bytes); a spreadsheet (.xlsx, .ods) must be saved as CSV (UTF-8) first';

test('an .xlsx given to index, match --claims or analyze --facts is named a binary file, with the fix', async () => {
  const sheet = write('checks.xlsx', XLSX);
  const indexed = await runCli(['index', sheet, '--db', join(dir, 'x.db')]);
  assert.deepEqual([indexed.code, indexed.stderr], [1, `argscope: ${sheet} ${BINARY}\n`]);
  const matched = await runCli(['match', '--claims', sheet, '--input', '-'], '{"id": 1, "text": "taxes"}\n');
  assert.deepEqual([matched.code, matched.stderr], [1, `argscope: ${sheet} ${BINARY}\n`]);
  const facts = write('facts.xlsx', XLSX);
  const analyzed = await runCli(['analyze', write('post.txt', 'Taxes rose 12 percent in 2020.\n'), '--facts', facts]);
  assert.deepEqual([analyzed.code, analyzed.stderr], [1, `argscope: --facts ${facts} ${BINARY}\n`]);
});

test('UTF-16 text (a spreadsheet\'s "Unicode text") is named as such, with the iconv line that converts it', async () => {
  const facts = write('facts16.csv', UTF16);
  const analyzed = await runCli(['analyze', write('post2.txt', 'Taxes rose 12 percent in 2020.\n'), '--facts', facts]);
  assert.deepEqual([analyzed.code, analyzed.stderr], [1, `argscope: --facts ${facts} is UTF-16 text; convert it to UTF-8 first, e.g. iconv -f utf-16 -t utf-8 ${facts} > utf8-facts16.csv\n`]);
  const checks = write('checks16.csv', UTF16);
  const indexed = await runCli(['index', checks, '--db', join(dir, 'y.db')]);
  assert.equal(indexed.code, 1);
  assert.match(indexed.stderr, /^argscope: .*checks16\.csv is UTF-16 text; convert it to UTF-8 first/);
});
