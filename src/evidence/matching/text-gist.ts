/**
 * The gist of a text as one vector: the IDF-weighted mean of its stems' word vectors (the LSA
 * vectors of the meaning features, models/claim-match-vectors.json), and the cosine of a query's
 * gist with a fact-check's claim, title and both. Where the meaning alignment
 * (meaning-alignment.ts) asks whether each word one text lacks has a near neighbour in the other,
 * this asks whether the two texts are about the same thing as wholes.
 *
 * On CLEF 2020 task 2 (5-fold CV over the training tweets, six splits: positions, seeds 1-5) the
 * three cosines lift the listwise re-ranker's MAP@5 from 0.8873 to 0.8894 on average (0.8886,
 * 0.8883, 0.8896, 0.8893, 0.8915, 0.8894 against 0.8860, 0.8861, 0.8870, 0.8870, 0.8898, 0.8879:
 * higher on every split). With the pairwise model of their time they had not helped (0.8842
 * beside the alignments against 0.8846).
 *
 * GloVe's general vectors (models/word-vectors.json, 6B tokens), by stem (the mean of the words'
 * vectors that share a stem), did not pay, though they know paraphrases the fact-checks never
 * pair: their gist cosines in place of these 0.8885, beside them 0.8898 (+0.0004, higher on three
 * splits of six, not worth loading 5.6 MB); GloVe alignments in place of the LSA ones 0.8825,
 * beside them 0.8873, each pair of words by the better of its two cosines 0.8832; a soft coverage
 * counting unshared words by their best GloVe cosine 0.8856, only cosines of 0.6 and more 0.8890.
 */
import type { WordVectors } from '../../learn/word-vectors.ts';
import { cosine } from '../../learn/word-vectors.ts';
import type { IdfOf } from './claim-pair-features.ts';
import type { TextProfile } from './text-profile.ts';

/** The IDF-weighted mean of `profile`'s stem vectors, unit length; null when no stem has a vector. */
export function gistVector(profile: TextProfile, vectors: WordVectors, idf: IdfOf): Float32Array | null {
  const sum = new Float32Array(vectors.dimensions);
  let any = false;
  for (const [s, word] of profile.stems) {
    const v = vectors.vectors.get(s);
    if (v === undefined) continue;
    any = true;
    const weight = idf(s, word);
    for (let k = 0; k < v.length; k += 1) sum[k] = (sum[k] as number) + weight * (v[k] as number);
  }
  if (!any) return null;
  const norm = Math.sqrt(cosine(sum, sum));
  if (norm > 0) for (let k = 0; k < sum.length; k += 1) sum[k] = (sum[k] as number) / norm;
  return sum;
}

/** One query's gist, compared with each candidate's texts (the query's IDFs are those of its candidates). */
export class QueryGist {
  private readonly query: Float32Array | null;

  constructor(
    query: TextProfile,
    private readonly vectors: WordVectors,
    private readonly idf: IdfOf,
  ) {
    this.query = gistVector(query, vectors, idf);
  }

  /** The cosine of the query's gist with `side`'s; null when either has no word with a vector. */
  cosine(side: TextProfile): number | null {
    if (this.query === null) return null;
    const v = gistVector(side, this.vectors, this.idf);
    return v === null ? null : cosine(this.query, v);
  }
}
