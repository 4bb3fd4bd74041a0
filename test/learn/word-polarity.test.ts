import assert from 'node:assert/strict';
import { test } from 'node:test';
import shipped from '../../lexicons/word-polarity.json' with { type: 'json' };
import { polarityLexicon, winkWordPolarities } from '../../scripts/lexicon/wink-word-polarity.ts';
import { wordPolarities } from '../../src/learn/word-polarity.ts';

test('the shipped word-polarity lexicon is what the installed wink model gives (else run npm run lexicon)', () => {
  assert.deepEqual(shipped, polarityLexicon());
});

test('word polarities from the lexicon equal asking wink word by word, known words and unknown alike', () => {
  const words = ['good', 'terrible', 'abandon', 'table', 'the', 'protects', 'zzyzxunknown', 'covid', 'not', ''];
  const fromLexicon = wordPolarities(words);
  assert.deepEqual(fromLexicon, winkWordPolarities(words));
  assert.ok((fromLexicon[0] ?? 0) > 0 && (fromLexicon[1] ?? 0) < 0, 'good leans positive and terrible negative');
});
