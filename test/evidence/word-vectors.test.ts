import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIM_MATCH_FEATURES_VERSION } from '../../src/evidence/matching/claim-pair-features.ts';
import { shippedWordVectors } from '../../src/evidence/matching/claim-reranker.ts';
import { QueryMeaning } from '../../src/evidence/matching/meaning-alignment.ts';
import { profileText } from '../../src/evidence/matching/text-profile.ts';
import type { WordVectors } from '../../src/learn/word-vectors.ts';
import { cosine, loadWordVectors, wordVectorFile } from '../../src/learn/word-vectors.ts';
import { learnWordVectors, ppmiMatrix } from '../../scripts/tasks/claim-matching-vectors.ts';

const unit = (...xs: number[]): Float32Array => {
  const norm = Math.hypot(...xs);
  return Float32Array.from(xs, (x) => x / norm);
};

/** Hand-made vectors: wedding and engagement close, holocaust and war close, tax apart from both, ring apart from all. */
const VECTORS: WordVectors = {
  dimensions: 4,
  vectors: new Map([
    ['wed', unit(1, 0.1, 0, 0)], // the matcher's stem of "wedding"
    ['engagement', unit(1, 0.2, 0, 0)],
    ['holocaust', unit(0, 1, 0.1, 0)],
    ['war', unit(0.1, 1, 0, 0)],
    ['ring', unit(0, 0, 0, 1)],
    ['tax', unit(0, 0, 1, 0)],
    ['rise', unit(0.1, 0, 1, 0)],
  ]),
};
const PROVENANCE = { task: 'claim-matching', data: ['test'], licence: 'test', features: CLAIM_MATCH_FEATURES_VERSION, scores: {} };
const ONE = (): number => 1;

test('words a text lacks count by their nearest meaning in the other text, from either side', () => {
  const query = new QueryMeaning(profileText('Engagement rings of war victims'), VECTORS);
  const match = profileText('Wedding rings of Holocaust victims');
  const other = profileText('Taxes rise for ring victims');
  const aligned = query.queryAligned(match, ONE) ?? 0;
  assert.ok(aligned > 0.95, `${aligned}`);
  assert.ok((query.queryAligned(other, ONE) ?? 1) < aligned - 0.3);
  assert.ok((query.sideAligned(match, ONE) ?? 0) > 0.95);
  assert.ok((query.sideAligned(other, ONE) ?? 1) < 0.2);
  // Only unshared words are aligned: everything shared, or no word with a vector, gives nothing.
  assert.equal(query.queryAligned(profileText('engagement rings, war victims'), ONE), null);
  assert.equal(new QueryMeaning(profileText('victims'), VECTORS).queryAligned(match, ONE), null);
  assert.equal(query.sideAligned(profileText('victims of war'), ONE), null);
});

test('IDF weighs each unshared word', () => {
  const query = new QueryMeaning(profileText('engagement taxes'), VECTORS);
  const candidate = profileText('wedding');
  const weighted = (word: string): ((s: string) => number) => (s) => (s === word ? 9 : 1);
  assert.ok((query.queryAligned(candidate, weighted('engagement')) ?? 0) > 0.85);
  assert.ok((query.queryAligned(candidate, weighted('tax')) ?? 1) < 0.2);
  const side = new QueryMeaning(profileText('wedding'), VECTORS);
  assert.ok((side.sideAligned(profileText('engagement taxes'), weighted('engagement')) ?? 0) > 0.85);
  assert.ok((side.sideAligned(profileText('engagement taxes'), weighted('tax')) ?? 1) < 0.2);
});

test('word vectors survive their one-byte file, the same for the same vectors, and refuse other features', () => {
  const file = wordVectorFile(VECTORS, PROVENANCE);
  const loaded = loadWordVectors(file, CLAIM_MATCH_FEATURES_VERSION);
  assert.deepEqual([...loaded.vectors.keys()], [...VECTORS.vectors.keys()].sort());
  for (const [a, va] of VECTORS.vectors) {
    const la = loaded.vectors.get(a) as Float32Array;
    assert.ok(Math.abs(cosine(la, la) - 1) < 1e-5);
    for (const [b, vb] of VECTORS.vectors) assert.ok(Math.abs(cosine(la, loaded.vectors.get(b) as Float32Array) - cosine(va, vb)) < 0.02, `${a} ${b}`);
  }
  const reversed: WordVectors = { dimensions: 4, vectors: new Map([...VECTORS.vectors].reverse()) };
  assert.deepEqual(wordVectorFile(reversed, PROVENANCE), file);
  assert.throws(() => loadWordVectors(file, 'claim-match-features/0'), /run npm run train -- claim-matching/);
});

const STORMS = [
  ['Hurricane floods the coast', 'Did a Hurricane Flood Miami?'],
  ['Flood waters after the hurricane', null],
  ['A hurricane and its flood wiped out the town', 'Hurricane Flood Photo'],
  ['Senate votes on a tax cut', 'Did the Senate Cut Taxes?'],
  ['A tax cut for the rich passed the senate', null],
  ['Tax rise for the poor', 'Senate Tax Rise'],
] as const;

test('LSA of a collection puts words used in the same fact-checks close together, the same on every run', () => {
  const factChecks = STORMS.map(([claim, title]) => ({ claim, title }));
  const { words, matrix } = ppmiMatrix([['a', 'b'], ['a', 'c'], ['d']], 2);
  assert.deepEqual(words, ['a']);
  assert.equal(matrix.value.length, 0); // "a" is in every document that keeps a stem: no information, PMI 0.
  const vectors = learnWordVectors(factChecks, { dimensions: 2, minDocuments: 2, power: 0.5, seed: 1 });
  const v = (s: string): Float32Array => vectors.vectors.get(s) as Float32Array;
  assert.ok(cosine(v('hurricane'), v('flood')) > 0.9);
  assert.ok(cosine(v('tax'), v('senate')) > 0.9);
  assert.ok(cosine(v('hurricane'), v('tax')) < 0.2);
  assert.equal(vectors.vectors.has('miami'), false);
  assert.deepEqual(learnWordVectors(factChecks, { dimensions: 2, minDocuments: 2, power: 0.5, seed: 1 }), vectors);
});

test('the shipped word vectors load, one unit vector a stem', () => {
  const vectors = shippedWordVectors();
  assert.ok(vectors.vectors.size > 5000);
  const hurricane = vectors.vectors.get('hurricane') as Float32Array;
  assert.ok(Math.abs(cosine(hurricane, hurricane) - 1) < 1e-5);
  assert.ok(cosine(hurricane, vectors.vectors.get('flood') as Float32Array) > cosine(hurricane, vectors.vectors.get('tax') as Float32Array));
});
