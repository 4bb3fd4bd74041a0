/**
 * The word vectors of the claim re-ranker's meaning features, learned by LSA from the fact-check
 * collection alone (no query and no label, so cross-validation over the training tweets may use
 * them freely): each fact-check's claim and title is one document, a stem's weight in it is its
 * positive PMI with the document, and the matrix's leading singular directions, scaled by the
 * square roots of their singular values, give each stem its vector.
 *
 * Chosen by 5-fold CV over the CLEF 2020 task 2 training tweets (MAP@5 on three splits, re-ranked
 * with the two meaning-alignment features): PPMI, 150 dimensions, stems in at least 2 fact-checks,
 * singular values to the power 0.5: 0.8854 (0.8858, 0.8849, 0.8854) against 0.8821 without. TF-IDF
 * weights in 100, 200 or 300 dimensions: 0.8846, 0.8855, 0.8846; singular values to the power 1:
 * 0.8846; word-word PPMI: 0.8824; stems in one fact-check too: 0.8845.
 */
import type { FactCheck } from '../../src/model/evidence-schema.ts';
import { profileText } from '../../src/evidence/matching/text-profile.ts';
import type { WordVectors } from '../../src/learn/word-vectors.ts';
import type { SparseMatrix } from '../../src/learn/truncated-svd.ts';
import { truncatedSvd } from '../../src/learn/truncated-svd.ts';

export interface VectorSettings {
  readonly dimensions: number;
  /** Stems in fewer fact-checks get no vector: one document says nothing about a word's neighbours. */
  readonly minDocuments: number;
  /** The singular values' exponent in the vectors (0.5 weighs the leading directions less than plain LSA). */
  readonly power: number;
  readonly seed: number;
}

export const CLAIM_VECTOR_SETTINGS: VectorSettings = Object.freeze({ dimensions: 150, minDocuments: 2, power: 0.5, seed: 1 });

/** The distinct content stems of a fact-check's claim and title, as the re-ranker compares them. */
export function factCheckStems(factCheck: Pick<FactCheck, 'claim' | 'title'>): string[] {
  const stems = new Set(profileText(factCheck.claim).stems.keys());
  if (factCheck.title !== null) for (const s of profileText(factCheck.title).stems.keys()) stems.add(s);
  return [...stems];
}

/**
 * The stem × document PPMI matrix of `documents` (sets of stems) over the stems in at least
 * `minDocuments` of them, with the stems in row order (sorted, so the result never depends on
 * the order words were met in).
 */
export function ppmiMatrix(documents: readonly (readonly string[])[], minDocuments: number): { words: string[]; matrix: SparseMatrix } {
  const frequency = new Map<string, number>();
  for (const document of documents) for (const s of document) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const words = [...frequency.keys()].filter((s) => (frequency.get(s) ?? 0) >= minDocuments).sort();
  const rowOf = new Map(words.map((s, i) => [s, i]));
  const kept = documents.map((document) => document.filter((s) => rowOf.has(s)));
  const total = kept.reduce((sum, document) => sum + document.length, 0);
  const row: number[] = [];
  const col: number[] = [];
  const value: number[] = [];
  kept.forEach((document, d) => {
    for (const s of document) {
      // PMI(stem, document) = log P(s, d) / (P(s) P(d)), each (stem, document) occurrence counted once.
      const pmi = Math.log(total / ((frequency.get(s) ?? 1) * document.length));
      if (pmi <= 0) continue;
      row.push(rowOf.get(s) ?? 0);
      col.push(d);
      value.push(pmi);
    }
  });
  return { words, matrix: { rows: words.length, cols: documents.length, row: Int32Array.from(row), col: Int32Array.from(col), value: Float64Array.from(value) } };
}

/** Learns the word vectors from `factChecks` (deterministic: the same collection gives the same vectors). */
export function learnWordVectors(factChecks: readonly Pick<FactCheck, 'claim' | 'title'>[], settings: VectorSettings = CLAIM_VECTOR_SETTINGS): WordVectors {
  const { words, matrix } = ppmiMatrix(factChecks.map(factCheckStems), settings.minDocuments);
  const svd = truncatedSvd(matrix, { rank: settings.dimensions, seed: settings.seed });
  const dimensions = svd.values.length;
  const scale = Array.from(svd.values, (v) => v ** settings.power);
  const vectors = new Map<string, Float32Array>();
  words.forEach((s, i) => {
    const v = Float32Array.from({ length: dimensions }, (_, k) => (svd.left[k]?.[i] ?? 0) * (scale[k] ?? 0));
    const norm = Math.hypot(...v);
    if (norm > 0) vectors.set(s, v.map((x) => x / norm));
  });
  return { dimensions, vectors };
}
