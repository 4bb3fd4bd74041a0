import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimPairFeatures, scoreScale } from '../../src/evidence/matching/claim-pair-features.ts';
import { profileQuery } from '../../src/evidence/matching/query-profile.ts';
import { QueryGist, gistVector } from '../../src/evidence/matching/text-gist.ts';
import { profileText } from '../../src/evidence/matching/text-profile.ts';
import type { WordVectors } from '../../src/learn/word-vectors.ts';

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e4) / 1e4);

/** Hand-made vectors by the matcher's stems: wedding near engagement, taxes apart, rings apart from both. */
const VECTORS: WordVectors = {
  dimensions: 3,
  vectors: new Map([
    ['wed', Float32Array.of(1, 0, 0)],
    ['engagement', Float32Array.of(0.8, 0.6, 0)],
    ['tax', Float32Array.of(0, 1, 0)],
    ['ring', Float32Array.of(0, 0, 1)],
  ]),
};
const ONE = (): number => 1;

test("a text's gist is the unit-length mean of its stems' vectors, each weighted by its IDF", () => {
  assert.deepEqual(Array.from(gistVector(profileText('Wedding rings'), VECTORS, ONE) ?? [], round), [0.7071, 0, 0.7071]);
  assert.deepEqual(Array.from(gistVector(profileText('Wedding rings'), VECTORS, (s) => (s === 'ring' ? 3 : 1)) ?? [], round), [0.3162, 0, 0.9487]);
  // Words without a vector are left out; a text with none has no gist.
  assert.deepEqual(Array.from(gistVector(profileText('Wedding of victims'), VECTORS, ONE) ?? [], round), [1, 0, 0]);
  assert.equal(gistVector(profileText('Victims'), VECTORS, ONE), null);
});

test('the gist cosine compares the two texts as wholes, and is null when either has no vector', () => {
  const query = new QueryGist(profileText('Engagement rings'), VECTORS, ONE);
  assert.deepEqual(
    ['Wedding rings', 'Tax rings', 'Taxes', 'Victims'].map((text) => round(query.cosine(profileText(text)))),
    [0.9, 0.8, 0.4243, null],
  );
  assert.equal(new QueryGist(profileText('Victims'), VECTORS, ONE).cosine(profileText('Wedding rings')), null);
  // A word with no weight (as common as "ring" is made here) leaves the gist: only engagement against wedding remains.
  const rare = new QueryGist(profileText('Engagement rings'), VECTORS, (s) => (s === 'ring' ? 0 : 1));
  assert.deepEqual(['Wedding rings', 'Taxes'].map((text) => round(rare.cosine(profileText(text)))), [0.8, 0.6]);
});

test("a candidate's claim, title and both together are each compared with the query's gist", () => {
  const query = profileQuery('Engagement rings');
  const candidate = { rank: 0, score: 2, claim: profileText('Wedding rings'), title: profileText('Taxes') };
  const cosines = (gist: QueryGist | null): (readonly [string, number | null])[] => {
    const features = claimPairFeatures(query, candidate, scoreScale([candidate]), ONE, null, gist);
    return features
      .featureNames()
      .map((name, i) => [name, round(features.valueAt(i))] as const)
      .filter(([name]) => name.endsWith('mean-cosine'));
  };
  // Both together: wedding, ring and tax against engagement and ring.
  assert.deepEqual(cosines(new QueryGist(query.body, VECTORS, ONE)), [
    ['claim:lsa-mean-cosine', 0.9],
    ['title:lsa-mean-cosine', 0.4243],
    ['both:lsa-mean-cosine', 0.9798],
  ]);
  assert.deepEqual(cosines(null), []);
});
