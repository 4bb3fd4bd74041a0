/**
 * Word vectors as the models ship them: the claim re-ranker's LSA vectors of the fact-checks'
 * stems (models/claim-match-vectors.json, scripts/tasks/claim-matching-vectors.ts) and the GloVe
 * vectors of common English words (models/word-vectors.json, scripts/tasks/word-vectors.ts).
 * Close vectors mean words used alike ("hurricane" near "flood", "migrant" near "asylum"), which
 * lets a model see meaning two texts share in different words. Unit length, so a dot product is
 * a cosine. Stored as one signed byte per dimension: the cosines move by about 0.01, and the file
 * is a quarter of its Float32 size.
 */
import type { ModelProvenance } from './model-file.ts';

export const WORD_VECTOR_FORMAT = 'argscope-word-vectors/1';

/** Words (or stems) and their unit vectors. */
export interface WordVectors {
  readonly dimensions: number;
  readonly vectors: ReadonlyMap<string, Float32Array>;
}

/** The file: the words (newline-joined) and their vectors, `dimensions` signed bytes each, in base64. */
export interface WordVectorFile extends ModelProvenance {
  readonly format: typeof WORD_VECTOR_FORMAT;
  readonly dimensions: number;
  readonly words: string;
  readonly vectors: string;
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let k = 0; k < a.length; k += 1) sum += (a[k] as number) * (b[k] as number);
  return sum;
}

function unit(v: Float32Array): Float32Array {
  const norm = Math.sqrt(cosine(v, v));
  if (norm > 0) for (let k = 0; k < v.length; k += 1) v[k] = (v[k] as number) / norm;
  return v;
}

/** Quantises `vectors` (words in sorted order, so the file is the same on every run) into a file with `provenance`. */
export function wordVectorFile(vectors: WordVectors, provenance: ModelProvenance): WordVectorFile {
  const words = [...vectors.vectors.keys()].sort();
  const bytes = new Int8Array(words.length * vectors.dimensions);
  words.forEach((word, i) => {
    const v = vectors.vectors.get(word) as Float32Array;
    // Each vector at its own scale: its largest component becomes ±127.
    const largest = v.reduce((m, x) => Math.max(m, Math.abs(x)), 0) || 1;
    for (let k = 0; k < vectors.dimensions; k += 1) bytes[i * vectors.dimensions + k] = Math.round(((v[k] as number) / largest) * 127);
  });
  return {
    format: WORD_VECTOR_FORMAT,
    ...provenance,
    dimensions: vectors.dimensions,
    words: words.join('\n'),
    vectors: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

/**
 * Reads a {@link WordVectorFile}, refusing one made for other features than `features`; `task` is
 * the `npm run train` task that writes it, named in that refusal.
 */
export function loadWordVectors(file: WordVectorFile, features: string, task = 'claim-matching'): WordVectors {
  if (file.format !== WORD_VECTOR_FORMAT) throw new Error(`not a word-vector file: ${String(file.format)}`);
  if (file.features !== features) throw new Error(`the word vectors were learned for ${file.features}, but the code makes ${features}: run npm run train -- ${task}`);
  const bytes = new Int8Array(Buffer.from(file.vectors, 'base64'));
  const words = file.words === '' ? [] : file.words.split('\n');
  if (bytes.length !== words.length * file.dimensions) throw new Error('word-vector file: vectors and words do not match');
  // One buffer for all vectors, each a view into it: tens of thousands of small arrays load slower.
  const all = Float32Array.from(bytes);
  const vectors = new Map<string, Float32Array>();
  words.forEach((word, i) => vectors.set(word, unit(all.subarray(i * file.dimensions, (i + 1) * file.dimensions))));
  return { dimensions: file.dimensions, vectors };
}
