import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-damaged-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const QUERY = '{"id": "q", "text": "harbor bridge claim 17 about the town"}\n';

/** A real index, big enough (many pages) that damage in its middle is met only while matching. */
async function builtIndex(): Promise<Buffer> {
  const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `x${i}`, claim: `Claim number ${i} about the harbor bridge and town ${(i * 7919) % 1009} words`, title: 'Some title '.repeat(5), verdict: 'False' }));
  const collection = join(dir, 'big.jsonl');
  writeFileSync(collection, `${records.join('\n')}\n`);
  const db = join(dir, 'good.db');
  assert.equal((await runCli(['index', collection, '--db', db])).code, 0);
  return readFileSync(db);
}

const damaged = (db: string): RegExp => new RegExp(`^argscope: ${db} is damaged \\(truncated or overwritten: SQLite cannot read it\\); delete it and rebuild it with argscope index FILES\\.\\.\\. --db ${db}\\n$`, 'u');

test('a damaged index, truncated or overwritten, is said to be damaged with how to rebuild it, for match and index', async () => {
  const good = await builtIndex();
  const half = join(dir, 'half.db');
  writeFileSync(half, good.subarray(0, good.length >> 1));
  const middle = join(dir, 'middle.db');
  const overwritten = Buffer.from(good);
  const page = Math.floor(good.length / 2 / 4096) * 4096;
  overwritten.fill(0xab, page, page + 4 * 4096);
  writeFileSync(middle, overwritten);
  const header = join(dir, 'header.db');
  // The "SQLite format 3" magic survives but the page size after it does not: damaged, not "not SQLite".
  writeFileSync(header, Buffer.concat([good.subarray(0, 16), Buffer.from([0, 3]), good.subarray(18)]));
  for (const db of [half, middle, header]) {
    const matched = await runCli(['match', '--claims', db, '--input', '-'], QUERY);
    assert.equal(matched.code, 1, `${db}: ${matched.stderr}`);
    assert.match(matched.stderr, damaged(db));
  }
  const indexed = await runCli(['index', join(dir, 'big.jsonl'), '--db', half]);
  assert.equal(indexed.code, 1);
  assert.match(indexed.stderr, damaged(half));
});

test('indexing into an index damaged where the run does not read is refused, and the file is left as it was', async () => {
  const good = await builtIndex();
  const db = join(dir, 'write-into-damaged.db');
  const damagedBytes = Buffer.from(good);
  // Pages in the middle: adding one fact-check reads the schema and a few pages at the ends, not these.
  const page = Math.floor(good.length / 2 / 4096) * 4096;
  damagedBytes.fill(0xab, page, page + 4 * 4096);
  writeFileSync(db, damagedBytes);
  const added = join(dir, 'one-more.jsonl');
  writeFileSync(added, '{"id": "new-1", "claim": "A new claim about the moon and the tides"}\n');
  const indexed = await runCli(['index', added, '--db', db]);
  assert.equal(indexed.code, 1, indexed.stderr);
  assert.match(indexed.stderr, damaged(db));
  assert.ok(readFileSync(db).equals(damagedBytes), 'the damaged file was written to');
  assert.equal(existsSync(`${db}-wal`), false, 'a write-ahead log was left for the damaged file');
  // The same run on an undamaged copy works: the check does not refuse good indexes.
  const copy = join(dir, 'write-into-good.db');
  writeFileSync(copy, good);
  const fine = await runCli(['index', added, '--db', copy]);
  assert.equal(fine.code, 0, fine.stderr);
  assert.match(fine.stderr, /holds 3,001 fact-checks\n$/u);
});

test('an index whose first bytes were overwritten is not taken for a text collection by match and analyze --claims', async () => {
  const good = await builtIndex();
  const db = join(dir, 'no-magic.db');
  // The "SQLite format 3" magic itself is gone: it used to be read as a collection, "not valid UTF-8", fix it with iconv.
  writeFileSync(db, Buffer.concat([Buffer.alloc(16), good.subarray(16)]));
  const expected = `argscope: --claims ${db} is not an SQLite file, so not an argscope index (one damaged at its start, or another kind of file); give the file argscope index --db wrote, or collection files (JSONL, CSV, ClaimReview)\n`;
  const matched = await runCli(['match', '--claims', db, '--input', '-'], QUERY);
  assert.deepEqual([matched.code, matched.stderr], [1, expected]);
  const post = join(dir, 'post.txt');
  writeFileSync(post, 'Claim number 17 about the harbor bridge is false, the mayor said in 2020.\n');
  const analyzed = await runCli(['analyze', post, '--claims', db]);
  assert.deepEqual([analyzed.code, analyzed.stderr], [1, expected]);
});
