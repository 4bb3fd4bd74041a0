import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLAIM_EMBEDDING_FEATURES } from '../../src/encoder/claim-embedding-features.ts';
import { EncoderError } from '../../src/encoder/encoder-error.ts';
import { FactCheckEmbeddingCache } from '../../src/encoder/fact-check-embeddings.ts';
import type { SentenceEncoder } from '../../src/encoder/load-encoder.ts';
import { loadEncoder } from '../../src/encoder/load-encoder.ts';
import { addClaimEmbeddings, matchClaimsWithEncoder } from '../../src/encoder/match-with-encoder.ts';
import type { EncoderModelFile } from '../../src/encoder/variant-models.ts';
import { VARIANT_FOLDER, variantPath } from '../../src/encoder/variant-models.ts';
import { CLAIM_MATCH_FEATURES_VERSION } from '../../src/evidence/matching/claim-pair-features.ts';
import { POOL_FEATURES, rerankScores, shippedClaimReranker } from '../../src/evidence/matching/claim-reranker.ts';
import type { FactCheckIndex } from '../../src/evidence/matching/fact-check-index.ts';
import { closeFactCheckIndex, indexFactChecks } from '../../src/evidence/matching/fact-check-index.ts';
import { candidateSet, matchClaims, rankCandidates } from '../../src/evidence/matching/match-claims.ts';
import { fnv1a } from '../../src/learn/feature-hashing.ts';
import type { LogisticModel } from '../../src/learn/logistic-regression.ts';
import { loadModel } from '../../src/learn/model-file.ts';
import { makeTinyEncoder } from './tiny-encoder.ts';
import { COLLECTION, QUERIES, collectionIndex, trainTinyClaimMatcher } from './trained-claim-matcher.ts';

const folders: string[] = [];
let encoder: SentenceEncoder;
let file: EncoderModelFile;
let model: LogisticModel;
let index: FactCheckIndex;
const texts = QUERIES.map((q) => q.text);

function tiny(seed: number): string {
  const dir = makeTinyEncoder({ seed, dimension: 16 });
  folders.push(dir);
  return dir;
}

const slotOf = (name: string, bits: number): number => (fnv1a(name) & ((1 << bits) - 1)) >>> 0;

before(async () => {
  encoder = await loadEncoder(tiny(1));
  file = await trainTinyClaimMatcher(encoder);
  model = loadModel(file);
  index = await collectionIndex();
});

after(async () => {
  await closeFactCheckIndex(index);
  await encoder.dispose();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

test('trains the claim re-ranker beside the encoder, stamped with its fingerprint and the embedding features', () => {
  const written = JSON.parse(readFileSync(variantPath(encoder.dir, 'claim-match'), 'utf8')) as EncoderModelFile;
  assert.deepEqual(written, JSON.parse(JSON.stringify(file)));
  assert.deepEqual(file.encoder, { fingerprint: encoder.fingerprint, dimension: 16, embeddings: 'claim-emb/1' });
  assert.equal(file.features, CLAIM_MATCH_FEATURES_VERSION);
  // Each embedding feature has a slot of its own: no shipped feature and no pool feature shares it.
  const shipped = shippedClaimReranker();
  const taken = new Set([...shipped.weights[1]!.keys()].filter((slot) => shipped.weights[1]![slot] !== 0));
  for (const name of POOL_FEATURES) taken.add(slotOf(name, model.bits));
  for (const name of CLAIM_EMBEDDING_FEATURES) {
    assert.ok(!taken.has(slotOf(name, model.bits)), `${name} shares a slot`);
    assert.notEqual(model.weights[1]![slotOf(name, model.bits)], 0, `${name} has a weight`);
  }
});

test('the embedding cosines join the candidates\' features and move the re-ranker\'s scores', async () => {
  const cache = new FactCheckEmbeddingCache(encoder);
  const sets = await Promise.all(texts.map((text) => candidateSet(index, text)));
  const plainScores = sets.map((set) => rerankScores(model, set.features));
  await addClaimEmbeddings(texts.map((text, i) => ({ text, set: sets[i]! })), cache);
  for (const set of sets) {
    for (const features of set.features) {
      const names = Array.from({ length: features.size }, (_, i) => features.nameAt(i));
      for (const name of CLAIM_EMBEDDING_FEATURES) assert.ok(names.includes(name), name);
    }
  }
  const scores = sets.map((set) => rerankScores(model, set.features));
  assert.notDeepEqual(scores, plainScores);
  // matchClaimsWithEncoder ranks exactly these features with the model trained for the encoder.
  const matched = await matchClaimsWithEncoder(index, texts, { encoder, top: 3 });
  assert.deepEqual(
    matched,
    sets.map((set) => rankCandidates(set, model, 3)),
  );
  assert.deepEqual(
    matched.map((m) => m[0]?.id),
    QUERIES.map((q) => [...q.relevant][0]),
  );
});

test('encodes only candidates, each fact-check once per run, and the queries every time', async () => {
  const encoded: string[][] = [];
  const counting: SentenceEncoder = { ...encoder, encode: (batch) => (encoded.push([...batch]), encoder.encode(batch)) };
  const own = await collectionIndex();
  await indexFactChecks(own, [{ id: 'wombats', claim: 'Wombats shelter animals from the Australian bush fires.', title: null, verdict: 'False', url: null, date: null, author: null }]);
  try {
    await matchClaimsWithEncoder(own, texts, { encoder: counting, reranker: model });
    const first = encoded.flat();
    assert.deepEqual(first.slice(0, texts.length), texts);
    const factCheckTexts = first.slice(texts.length);
    assert.equal(new Set(factCheckTexts).size, factCheckTexts.length, 'no fact-check text encoded twice');
    assert.ok(!factCheckTexts.some((t) => t.includes('Wombats')), 'a fact-check no query found is never encoded');
    // A title that is missing is not encoded; the others are, beside their claims.
    assert.ok(factCheckTexts.includes(COLLECTION[0]!.title as string));
    encoded.length = 0;
    await matchClaimsWithEncoder(own, texts, { encoder: counting, reranker: model });
    assert.deepEqual(encoded.flat(), texts);
  } finally {
    await closeFactCheckIndex(own);
  }
});

test('a fact-check re-indexed with other words in the same run is encoded again', async () => {
  const encoded: string[] = [];
  const counting: SentenceEncoder = { ...encoder, encode: (batch) => (encoded.push(...batch), encoder.encode(batch)) };
  const own = await collectionIndex();
  try {
    await matchClaimsWithEncoder(own, [texts[0]!], { encoder: counting, reranker: model });
    await indexFactChecks(own, [{ ...COLLECTION[0]!, claim: 'Taxes on the middle class rose by 13 percent last year.' }]);
    encoded.length = 0;
    await matchClaimsWithEncoder(own, [texts[0]!], { encoder: counting, reranker: model });
    assert.ok(encoded.includes('Taxes on the middle class rose by 13 percent last year.'));
  } finally {
    await closeFactCheckIndex(own);
  }
});

test('without an encoder, matching is the shipped re-ranker\'s, unchanged by an encoder run before it', async () => {
  const before = await matchClaims(index, texts, { top: 3 });
  await matchClaimsWithEncoder(index, texts, { encoder, top: 3 });
  assert.deepEqual(await matchClaims(index, texts, { top: 3 }), before);
  const sets = await Promise.all(texts.map((text) => candidateSet(index, text)));
  assert.deepEqual(
    before,
    sets.map((set) => rankCandidates(set, shippedClaimReranker(), 3)),
  );
});

test('an encoder folder without a claim re-ranker gets the command that trains it', async () => {
  const bare = await loadEncoder(tiny(1));
  try {
    await assert.rejects(matchClaimsWithEncoder(index, texts, { encoder: bare }), (error: unknown) => {
      assert.ok(error instanceof EncoderError);
      assert.equal(error.message, `encoder folder ${bare.dir} has no argscope models for it (argscope/claim-match.json); run npm run train -- --encoder ${bare.dir} claim-matching first`);
      return true;
    });
  } finally {
    await bare.dispose();
  }
});

test('a claim re-ranker trained for another encoder, or on older features, is refused', async () => {
  const other = await loadEncoder(tiny(2));
  try {
    cpSync(join(encoder.dir, VARIANT_FOLDER), join(other.dir, VARIANT_FOLDER), { recursive: true });
    await assert.rejects(matchClaimsWithEncoder(index, texts, { encoder: other }), (error: unknown) => {
      assert.ok(error instanceof EncoderError);
      assert.match(error.message, /claim-match\.json was trained with another encoder \(fingerprint [0-9a-f]{16}, this folder's is [0-9a-f]{16}\); run npm run train -- --encoder \S+ claim-matching again$/);
      return true;
    });
  } finally {
    await other.dispose();
  }
  const stale = await loadEncoder(tiny(1));
  try {
    mkdirSync(join(stale.dir, VARIANT_FOLDER));
    writeFileSync(variantPath(stale.dir, 'claim-match'), JSON.stringify({ ...file, features: 'claim-match-features/3' }));
    await assert.rejects(matchClaimsWithEncoder(index, texts, { encoder: stale }), {
      message: `${variantPath(stale.dir, 'claim-match')} was trained on older claim-matching features; run npm run train -- --encoder ${stale.dir} claim-matching again`,
    });
  } finally {
    await stale.dispose();
  }
});
