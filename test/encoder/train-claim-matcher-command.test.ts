import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EncoderModelFile } from '../../src/encoder/variant-models.ts';
import { variantPath } from '../../src/encoder/variant-models.ts';
import { trainForEncoder } from '../../scripts/learning/train-encoder.ts';
import { makeTinyEncoder } from './tiny-encoder.ts';
import { COLLECTION, QUERIES } from './trained-claim-matcher.ts';

const folders: string[] = [];

after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for ../shared/data with a CLEF 2020 task 2 folder in its layout, made of the hand-written collection. */
function claimRetrievalData(): string {
  const data = mkdtempSync(join(tmpdir(), 'argscope-data-'));
  folders.push(data);
  const root = join(data, 'clef2020-task2-claim-retrieval');
  const tsv = (rows: string[][]): string => rows.map((row) => row.join('\t')).join('\n') + '\n';
  mkdirSync(root);
  writeFileSync(join(root, 'verified_claims.docs.tsv'), tsv([['vclaim_id', 'vclaim', 'title'], ...COLLECTION.map((c) => [c.id, c.claim, c.title ?? ''])]));
  const splits = { train: QUERIES.slice(0, 7), dev: QUERIES.slice(7) };
  for (const [split, queries] of Object.entries(splits)) {
    mkdirSync(join(root, split));
    writeFileSync(join(root, split, 'tweets.queries.tsv'), tsv([['tweet_id', 'tweet_content'], ...queries.map((q) => [q.id, q.text])]));
    writeFileSync(join(root, split, 'tweet-vclaim-pairs.qrels'), queries.map((q) => `${q.id}\t0\t${[...q.relevant][0]}\t1`).join('\n') + '\n');
  }
  return data;
}

/** Runs the command with the console captured. */
async function run(args: string[]): Promise<{ code: number; out: string[]; errors: string[] }> {
  const out: string[] = [];
  const errors: string[] = [];
  const { log, error } = console;
  console.log = (message: string) => out.push(message);
  console.error = (message: string) => errors.push(message);
  try {
    return { code: await trainForEncoder(args), out, errors };
  } finally {
    console.log = log;
    console.error = error;
  }
}

test('npm run train -- --encoder DIR names the tasks it knows', async () => {
  const { code, errors } = await run(['--encoder', '/no/such/encoder', 'claims']);
  assert.equal(code, 2);
  assert.equal(errors[0], 'train: no encoder variant for "claims"; the tasks are checkworthiness and claim-matching; usage: npm run train -- --encoder DIR [--measure] [checkworthiness] [claim-matching]');
});

test('npm run train -- --encoder DIR --measure claim-matching trains the claim re-ranker and prints dev MAP@5 with and without the encoder', async () => {
  const encoder = makeTinyEncoder({ seed: 1, dimension: 16 });
  folders.push(encoder);
  const previous = process.env['ARGSCOPE_DATA'];
  process.env['ARGSCOPE_DATA'] = claimRetrievalData();
  try {
    const { code, out, errors } = await run(['--encoder', encoder, '--measure', 'claim-matching']);
    assert.deepEqual(errors, []);
    assert.equal(code, 0);
    assert.ok(out.some((line) => /^claim-match: CLEF 2020 task 2 dev MAP@5 with the encoder \d\.\d{3}, without it \d\.\d{3} /.test(line)), out.join('\n'));
    assert.ok(out.includes(`wrote ${variantPath(encoder, 'claim-match')}`));
    // Only the task named: the check-worthiness variants are not trained.
    assert.ok(!existsSync(variantPath(encoder, 'checkworthiness')));
    const file = JSON.parse(readFileSync(variantPath(encoder, 'claim-match'), 'utf8')) as EncoderModelFile;
    assert.deepEqual(Object.keys(file.scores).sort(), ['clef2020-task2-dev-map@5', 'clef2020-task2-dev-map@5-bm25', 'clef2020-task2-dev-map@5-without-encoder']);
  } finally {
    if (previous === undefined) delete process.env['ARGSCOPE_DATA'];
    else process.env['ARGSCOPE_DATA'] = previous;
  }
});
