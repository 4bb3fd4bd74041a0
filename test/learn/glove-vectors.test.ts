import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gloveSubset } from '../../scripts/tasks/word-vectors.ts';
import { GLOVE_WORDS, gloveVectors } from '../../src/learn/glove-vectors.ts';
import { cosine } from '../../src/learn/word-vectors.ts';

test('the GloVe subset keeps the first words in frequency order, skips punctuation and numbers, and makes each vector unit length', () => {
  // As the package stores them: the dimensions, then the norm and the word index.
  const glove = {
    dimensions: 2,
    words: ['the', ',', '1990', 'u.s.', "don't", 'rare'],
    vectors: { the: [3, 4, 5, 0], ',': [1, 0, 1, 1], '1990': [0, 1, 1, 2], 'u.s.': [1, 1, 1.4, 3], "don't": [0, 2, 2, 4], rare: [1, 0, 1, 5] },
  };
  const subset = gloveSubset(glove, 2);
  assert.deepEqual([...subset.vectors.keys()], ['the', "don't"]);
  assert.deepEqual([...(subset.vectors.get('the') as Float32Array)], [Math.fround(0.6), Math.fround(0.8)]);
  assert.deepEqual([...(subset.vectors.get("don't") as Float32Array)], [0, 1]);
});

test('the shipped GloVe vectors hold the most frequent words, and words of like meaning lie closer than unrelated ones', () => {
  const { vectors, dimensions } = gloveVectors();
  assert.equal(vectors.size, GLOVE_WORDS);
  assert.equal(dimensions, 100);
  const near = (a: string, b: string): number => cosine(vectors.get(a) as Float32Array, vectors.get(b) as Float32Array);
  assert.ok(near('doctor', 'physician') > near('doctor', 'tax') + 0.3);
  assert.ok(near('jobs', 'employment') > near('jobs', 'wedding') + 0.3);
  assert.ok(Math.abs(near('doctor', 'doctor') - 1) < 1e-6);
});
