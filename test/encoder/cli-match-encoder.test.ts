import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEncoder } from '../../src/encoder/load-encoder.ts';
import { matchClaimsWithEncoder } from '../../src/encoder/match-with-encoder.ts';
import { closeFactCheckIndex } from '../../src/evidence/matching/fact-check-index.ts';
import { matchClaims } from '../../src/evidence/matching/match-claims.ts';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import { runCli } from '../cli/run-cli.ts';
import { makeTinyEncoder } from './tiny-encoder.ts';
import { COLLECTION, QUERIES, collectionIndex, trainTinyClaimMatcher } from './trained-claim-matcher.ts';
import { trainTinyVariants } from './trained-encoder.ts';

const folders: string[] = [];
/** Check-worthiness, kind and the claim re-ranker trained. */
let trained: string;
/** Check-worthiness and kind only: trained before claim matching had an encoder variant. */
let unitsOnly: string;
let claims: string;
let queries: string;

function tiny(): string {
  const dir = makeTinyEncoder({ seed: 1, dimension: 16 });
  folders.push(dir);
  return dir;
}

interface Line {
  id: string;
  matches: { id: string; score: number }[];
}
const lines = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

before(async () => {
  trained = tiny();
  unitsOnly = tiny();
  for (const dir of [trained, unitsOnly]) {
    const encoder = await loadEncoder(dir);
    await trainTinyVariants(encoder);
    if (dir === trained) await trainTinyClaimMatcher(encoder);
    await encoder.dispose();
  }
  claims = join(trained, 'claims.jsonl');
  writeFileSync(claims, COLLECTION.map((c) => JSON.stringify(c)).join('\n'));
  queries = join(trained, 'queries.jsonl');
  writeFileSync(queries, QUERIES.map((q) => JSON.stringify({ id: q.id, text: q.text })).join('\n'));
});

after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

test('match --encoder DIR orders the candidates with the claim re-ranker trained for the encoder', async () => {
  const result = await runCli(['match', '--claims', claims, '--input', queries, '--top', '2', '--encoder', trained]);
  assert.equal(result.stderr, '');
  assert.equal(result.code, 0);
  const out = lines(result.stdout);
  assert.deepEqual(
    out.map((l) => [l.id, l.matches[0]?.id]),
    QUERIES.map((q) => [q.id, [...q.relevant][0]]),
  );
  // The same matches as the library gives with this encoder, not the shipped re-ranker's.
  const index = await collectionIndex();
  const encoder = await loadEncoder(trained);
  try {
    const texts = QUERIES.map((q) => q.text);
    const expected = await matchClaimsWithEncoder(index, texts, { encoder, top: 2, candidates: 50 });
    assert.deepEqual(
      out.map((l) => l.matches),
      expected,
    );
    assert.notDeepEqual(expected, await matchClaims(index, texts, { top: 2 }));
  } finally {
    await encoder.dispose();
    await closeFactCheckIndex(index);
  }
});

test('match without --encoder is unchanged: the shipped re-ranker\'s matches', async () => {
  const result = await runCli(['match', '--claims', claims, '--input', queries, '--top', '2']);
  assert.equal(result.code, 0, result.stderr);
  const index = await collectionIndex();
  try {
    assert.deepEqual(
      lines(result.stdout).map((l) => l.matches),
      await matchClaims(index, QUERIES.map((q) => q.text), { top: 2 }),
    );
  } finally {
    await closeFactCheckIndex(index);
  }
});

test('match --encoder with a folder that has no claim re-ranker is a one-line error with exit code 2', async () => {
  const result = await runCli(['match', '--claims', claims, '--input', queries, '--encoder', unitsOnly]);
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `argscope: encoder folder ${unitsOnly} has no argscope models for it (argscope/claim-match.json); run npm run train -- --encoder ${unitsOnly} claim-matching first\n`);
  const missing = await runCli(['match', '--claims', claims, '--input', queries, '--encoder', '/no/such/encoder']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^argscope: encoder folder \/no\/such\/encoder does not exist; [^\n]+\n$/);
  const empty = await runCli(['match', '--claims', claims, '--input', queries, '--encoder', ' ']);
  assert.equal(empty.code, 2);
  assert.equal(empty.stderr, 'argscope: --encoder needs a folder, e.g. --encoder models/all-MiniLM-L6-v2\n');
});

test('analyze --claims --encoder DIR attaches the matches the encoder\'s claim re-ranker finds', async () => {
  const text = 'Taxes on the middle class rose by 12 percent last year.\n';
  const result = await runCli(['analyze', '-', '--claims', claims, '--encoder', trained], text);
  assert.equal(result.code, 0, result.stderr);
  const analysis = JSON.parse(result.stdout) as Analysis;
  assert.match(analysis.units[0]?.cues.checkworthiness[0]?.text ?? '', /with encoder/);
  assert.deepEqual(
    analysis.matches.map((m) => m.matches.map((match) => match.id)),
    [['tax-rise']],
  );
  const index = await collectionIndex();
  const encoder = await loadEncoder(trained);
  try {
    const [expected] = await matchClaimsWithEncoder(index, [text.trim()], { encoder, top: 3 });
    assert.equal(analysis.matches[0]?.matches[0]?.score, expected?.[0]?.score);
  } finally {
    await encoder.dispose();
    await closeFactCheckIndex(index);
  }
});

test('analyze --claims --encoder needs the claim re-ranker; analyze --encoder alone does not', async () => {
  const text = 'Taxes on the middle class rose by 12 percent last year.\n';
  const result = await runCli(['analyze', '-', '--claims', claims, '--encoder', unitsOnly], text);
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `argscope: encoder folder ${unitsOnly} has no argscope models for it (argscope/claim-match.json); run npm run train -- --encoder ${unitsOnly} claim-matching first\n`);
  assert.equal((await runCli(['analyze', '-', '--encoder', unitsOnly], text)).code, 0);
});

test('--help documents match --encoder', async () => {
  const help = (await runCli(['--help'])).stdout;
  assert.match(help, /^Options of match:\n(?: {2}--.*\n| {20}.*\n)* {2}--encoder DIR {5}re-rank with the embeddings of a local sentence encoder/m);
  assert.match(help, /with --claims to the matching of\s+earlier\s+fact-checks/);
});
