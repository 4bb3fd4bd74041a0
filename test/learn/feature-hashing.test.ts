import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FeatureSet, fnv1a, fnv1aFrom } from '../../src/learn/feature-hashing.ts';

test('a feature given in parts hashes as its joined name', () => {
  const set = new FeatureSet();
  set.addJoined('w:', 'war');
  set.addPair('b:', 'the', 'war');
  assert.deepEqual(set.featureNames(), ['w:war', 'b:the_war']);
  assert.equal(set.hashAt(0), fnv1a('w:war'));
  assert.equal(set.hashAt(1), fnv1a('b:the_war'));
  assert.equal(fnv1aFrom(fnv1a('ab'), 'cd'), fnv1a('abcd'));
});

test('a cleared set refilled with fewer features holds only the new ones', () => {
  const set = new FeatureSet();
  for (const word of ['one', 'two', 'three', 'four']) set.addJoined('w:', word, 2);
  set.clear();
  set.add('bias');
  set.addJoined('w:', 'five', 0.5);
  assert.equal(set.size, 2);
  assert.deepEqual(set.featureNames(), ['bias', 'w:five']);
  assert.equal(set.valueAt(1), 0.5);
  const vector = set.toVector(16);
  assert.equal(vector.indices.length, 2);
  assert.deepEqual([...vector.indices], [fnv1a('bias') & 0xffff, fnv1a('w:five') & 0xffff]);
  set.scale(4);
  assert.deepEqual([set.valueAt(0), set.valueAt(1)], [4, 2]);
});

test('a reused set gives the same features as a fresh one, whatever it held before', () => {
  const words = fc.array(fc.string({ maxLength: 6 }), { maxLength: 12 });
  fc.assert(
    fc.property(words, words, (before, after) => {
      const reused = new FeatureSet();
      for (const word of before) reused.addJoined('w:', word);
      reused.clear();
      const fresh = new FeatureSet();
      for (const word of after) {
        reused.addPair('b:', word, word);
        fresh.addPair('b:', word, word);
      }
      assert.deepEqual(reused.featureNames(), fresh.featureNames());
      assert.deepEqual(reused.toVector(18), fresh.toVector(18));
    }),
  );
});
