import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FactCheck } from '../../src/model/evidence-schema.ts';
import { closeFactCheckIndex, factCheckCount, indexFactChecks, lookUpFactChecks, openFactCheckIndex, searchIndex } from '../../src/evidence/matching/fact-check-index.ts';
import { orQuery } from '../../src/store/fts-sqlite.ts';
import { StoreError } from '../../src/store/store-error.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const WEIGHTS = { claim: 1, title: 1 };

function factCheck(id: string, claim: string, title: string | null = null): FactCheck {
  return { id, claim, title, verdict: 'False', url: null, date: null, author: null };
}

const COLLECTION = [
  factCheck('bridge', 'The Harbor Bridge will close for five years.', 'Is the Harbor Bridge closing?'),
  factCheck('water', 'Drinking eight glasses of water a day is required by law.'),
  factCheck('moon', 'The Moon landing was filmed in a studio.', 'Was the Moon landing staged?'),
];

test('indexing the same fact-checks twice leaves one copy of each, and an id re-indexed with new text is updated', async () => {
  const path = join(dir, 'idempotent.db');
  const index = await openFactCheckIndex(path);
  await indexFactChecks(index, COLLECTION);
  await indexFactChecks(index, COLLECTION);
  assert.equal(await factCheckCount(index), 3);
  await indexFactChecks(index, [factCheck('water', 'Tap water contains fluoride added by the city.')]);
  assert.equal(await factCheckCount(index), 3);
  assert.deepEqual(await lookUpFactChecks(index, ['water']), [factCheck('water', 'Tap water contains fluoride added by the city.')]);
  // The full-text index follows the update: the old words are gone, the new ones found.
  assert.deepEqual(await searchIndex(index, ['glasses'], 5, WEIGHTS), []);
  assert.deepEqual((await searchIndex(index, ['fluoride'], 5, WEIGHTS)).map((h) => h.id), ['water']);
  await closeFactCheckIndex(index);
  const reopened = await openFactCheckIndex(path, { readonly: true });
  assert.equal(await factCheckCount(reopened), 3);
  await closeFactCheckIndex(reopened);
});

test('a later record with the same id in one batch wins', async () => {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, [factCheck('x', 'First wording.'), factCheck('x', 'Second wording.')]);
  assert.deepEqual((await lookUpFactChecks(index, ['x'])).map((f) => f.claim), ['Second wording.']);
  await closeFactCheckIndex(index);
});

test('search ranks by BM25 over claim and title, best first', async () => {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, COLLECTION);
  const hits = await searchIndex(index, ['moon', 'landing', 'staged'], 5, WEIGHTS);
  assert.equal(hits[0]?.id, 'moon');
  assert.ok(hits.every((h, i) => i === 0 || (hits[i - 1]?.score ?? 0) >= h.score));
  await closeFactCheckIndex(index);
});

test('terms holding FTS5 syntax, quotes and punctuation are searched as words, never as operators', async () => {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, COLLECTION);
  const hostile = ['"', 'AND', 'NOT', 'NEAR(', 'claim:', 'title:moon', 'moon:', '*', '^bridge', '(', ')', 'OR', '-', "'", '""', 'x"y', '{claim}', ''];
  for (const term of hostile) await searchIndex(index, [term], 5, WEIGHTS);
  assert.deepEqual((await searchIndex(index, hostile, 5, WEIGHTS)).map((h) => h.id).sort(), ['bridge', 'moon']);
  assert.equal(orQuery(['a"b', 'NOT']), '"a""b" OR "NOT"');
  await closeFactCheckIndex(index);
});

test('a file that is not SQLite, an SQLite file of another program and an index of another version are refused in one line', async () => {
  const text = join(dir, 'notes.db');
  writeFileSync(text, 'just some notes, not a database at all, long enough to have a header\n'.repeat(10));
  await assert.rejects(openFactCheckIndex(text), (error: unknown) => error instanceof StoreError && /notes\.db is not an SQLite file/.test(error.message));

  const other = join(dir, 'other.db');
  const sqlite = new Database(other);
  sqlite.exec('CREATE TABLE things (x)');
  sqlite.close();
  await assert.rejects(openFactCheckIndex(other), (error: unknown) => error instanceof StoreError && /other\.db is an SQLite file but not an argscope index/.test(error.message));

  const old = join(dir, 'old.db');
  await closeFactCheckIndex(await openFactCheckIndex(old));
  const raw = new Database(old);
  raw.prepare("UPDATE argscope_meta SET value = '0' WHERE key = 'version'").run();
  raw.close();
  await assert.rejects(openFactCheckIndex(old), (error: unknown) => error instanceof StoreError && /index of format 0, but this argscope reads format 1; rebuild it/.test(error.message));

  await assert.rejects(openFactCheckIndex(join(dir, 'missing.db'), { readonly: true }), StoreError);
  await assert.rejects(openFactCheckIndex(join(dir, 'no-such-folder', 'x.db')), (error: unknown) => error instanceof StoreError && /x\.db: cannot open it: the folder does not exist/.test(error.message));
  await assert.rejects(openFactCheckIndex(dir), (error: unknown) => error instanceof StoreError && /is a directory; give the path of an index file/.test(error.message));
});

test('opening an index for writing refuses one damaged anywhere, before writing; reading still opens lazily', async () => {
  const path = join(dir, 'damaged-middle.db');
  const index = await openFactCheckIndex(path);
  await indexFactChecks(index, Array.from({ length: 3000 }, (_, i) => factCheck(`c${i}`, `Claim ${i} about the harbor and the town of ${(i * 7919) % 1009}`, 'A title '.repeat(6))));
  await closeFactCheckIndex(index);
  const bytes = readFileSync(path);
  const page = Math.floor(bytes.length / 2 / 4096) * 4096;
  bytes.fill(0xab, page, page + 4 * 4096);
  writeFileSync(path, bytes);
  await assert.rejects(openFactCheckIndex(path), (error: unknown) => error instanceof StoreError && /is damaged \(truncated or overwritten: SQLite cannot read it\); delete it and rebuild it/u.test(error.message));
  assert.ok(readFileSync(path).equals(bytes));
  // Matching opens without the full check (damage is reported when a read meets it), so it costs nothing per query run.
  await closeFactCheckIndex(await openFactCheckIndex(path, { readonly: true }));
});
