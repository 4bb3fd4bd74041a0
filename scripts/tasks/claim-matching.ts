/**
 * Claim matching: re-ranks BM25 candidates from the fact-check index with a linear model over
 * pair features, trained listwise on the CLEF 2020 task 2 training tweets (claim-matching-listwise.ts)
 * and scored by MAP@5 on its dev tweets (the task's official measure), beside plain BM25 on the
 * same index. The word vectors of the meaning features are learned first, from the collection's
 * fact-checks alone (claim-matching-vectors.ts), and shipped beside the model.
 */
import { saveModel } from '../../src/learn/model-file.ts';
import type { ModelFile } from '../../src/learn/model-file.ts';
import type { LogisticModel } from '../../src/learn/logistic-regression.ts';
import { CLAIM_MATCH_FEATURES_VERSION } from '../../src/evidence/matching/claim-pair-features.ts';
import { CLAIM_MATCH_LABELS } from '../../src/evidence/matching/claim-reranker.ts';
import type { FactCheckIndex } from '../../src/evidence/matching/fact-check-index.ts';
import { closeFactCheckIndex, indexFactChecks, openFactCheckIndex } from '../../src/evidence/matching/fact-check-index.ts';
import type { CandidateSet, MatchOptions } from '../../src/evidence/matching/match-claims.ts';
import { candidateSet, matchDefaults, rankCandidates } from '../../src/evidence/matching/match-claims.ts';
import type { WordVectorFile, WordVectors } from '../../src/learn/word-vectors.ts';
import { wordVectorFile } from '../../src/learn/word-vectors.ts';
import { hasData } from '../learning/data-dir.ts';
import { mean } from '../learning/metrics.ts';
import type { Score, Task } from '../learning/task.ts';
import type { ClaimQuery } from './claim-matching-data.ts';
import { calibrated } from './claim-matching-calibration.ts';
import { trainListwise } from './claim-matching-listwise.ts';
import { CLAIM_RETRIEVAL_FOLDER, CLAIM_RETRIEVAL_LICENCE, loadClaimQueries, loadVerifiedClaims } from './claim-matching-data.ts';
import { learnWordVectors } from './claim-matching-vectors.ts';

/** Training settings of the shipped re-ranker (exported for experiments). */
export interface ClaimMatchTraining {
  readonly bits: number;
  /** L2 strength of the listwise loss (summed over queries); 1e-2 to 1e-4 score alike in CV, 0.1 and more lower. */
  readonly l2: number;
  /** At most this many Newton steps. */
  readonly iterations: number;
  readonly search: Pick<MatchOptions, 'candidates' | 'weights'>;
}

export const CLAIM_MATCH_TRAINING: ClaimMatchTraining = Object.freeze({
  bits: 12,
  l2: 1e-3,
  iterations: 50,
  search: { candidates: matchDefaults.candidates, weights: matchDefaults.weights },
});

/** A split's queries with their candidates, as the matcher sees them. */
export interface CandidatesOf {
  readonly query: ClaimQuery;
  readonly set: CandidateSet;
}

/** The CLEF collection in an in-memory index, as `argscope match` builds one; returns the build time too. */
export async function clefIndex(): Promise<{ index: FactCheckIndex; seconds: number; size: number }> {
  const claims = loadVerifiedClaims();
  const started = performance.now();
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, claims);
  return { index, seconds: (performance.now() - started) / 1000, size: claims.length };
}

/** Every query of a split with its candidate set (with the shipped word vectors unless `vectors` is given; null leaves the meaning features out). */
export async function candidatesOf(index: FactCheckIndex, queries: readonly ClaimQuery[], t: ClaimMatchTraining = CLAIM_MATCH_TRAINING, vectors?: WordVectors | null): Promise<CandidatesOf[]> {
  const out: CandidatesOf[] = [];
  for (const query of queries) out.push({ query, set: await candidateSet(index, query.text, { ...t.search, vectors }) });
  return out;
}

/**
 * Trains the re-ranker on candidate sets, listwise, and calibrates it to probabilities
 * (deterministic for the same sets and settings). Queries whose relevant fact-check is not among
 * the candidates teach nothing about ordering and are left out of the training, not of the calibration.
 */
export function trainReranker(sets: readonly CandidatesOf[], t: ClaimMatchTraining = CLAIM_MATCH_TRAINING): LogisticModel {
  const labelled = sets.map(({ query, set }) => ({ relevant: set.hits.map((hit) => query.relevant.has(hit.id)), set }));
  const model = trainListwise(labelled, { labels: CLAIM_MATCH_LABELS, bits: t.bits, l2: t.l2, iterations: t.iterations });
  // Calibrated on every query's candidates, those without a relevant one too, as a match will meet them.
  return calibrated(model, labelled);
}

/** Average precision over the first `k` ranked ids, as the CLEF 2020 task 2 scorer computes it. */
export function averagePrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, rank) => {
    if (relevant.has(id)) {
      hits += 1;
      sum += hits / (rank + 1);
    }
  });
  return sum / relevant.size;
}

/** MAP@5 of a split's candidate sets, re-ranked by `model` (or in BM25 order for null). */
export function mapAt5(sets: readonly CandidatesOf[], model: LogisticModel | null): number {
  return mean(sets.map(({ query, set }) => averagePrecisionAt(rankCandidates(set, model, 5).map((m) => m.id), query.relevant, 5)));
}

export interface ClaimMatchMeasured {
  readonly bm25: number;
  readonly reranked: number;
  readonly trainReranked: number;
  readonly recall: number;
  readonly indexSeconds: number;
  readonly collection: number;
  readonly queriesPerSecond: number;
}

/**
 * Trains on train, scores on dev; also times the index build and the full match of dev queries.
 * With the shipped word vectors unless `vectors` is given.
 */
export async function measureClaimMatching(t: ClaimMatchTraining = CLAIM_MATCH_TRAINING, vectors?: WordVectors): Promise<ClaimMatchMeasured & { model: LogisticModel }> {
  const { index, seconds, size } = await clefIndex();
  try {
    const trainSets = await candidatesOf(index, loadClaimQueries('train'), t, vectors);
    const model = trainReranker(trainSets, t);
    const devQueries = loadClaimQueries('dev');
    const started = performance.now();
    const devSets = await candidatesOf(index, devQueries, t, vectors);
    // Time the whole match (candidates, features, re-ranking) of every dev query.
    for (const { set } of devSets) rankCandidates(set, model, 5);
    const queriesPerSecond = devQueries.length / ((performance.now() - started) / 1000);
    const recall = mean(devSets.map(({ query, set }) => (set.hits.some((h) => query.relevant.has(h.id)) ? 1 : 0)));
    return { bm25: mapAt5(devSets, null), reranked: mapAt5(devSets, model), trainReranked: mapAt5(trainSets, model), recall, indexSeconds: seconds, collection: size, queriesPerSecond, model };
  } finally {
    await closeFactCheckIndex(index);
  }
}

const REFERENCE = 'CLEF 2020 CheckThat! task 2: best MAP@5 0.929 (Buster.ai, sentence-BERT re-ranking, test set); issue 4 puts BM25 at ~0.85';
const round = (x: number): number => Math.round(x * 1000) / 1000;

export const claimMatchingTask: Task = {
  name: 'claim-matching',
  async train(): Promise<Record<string, ModelFile | WordVectorFile>> {
    if (!hasData(CLAIM_RETRIEVAL_FOLDER, 'claim-matching')) return {};
    const vectors = learnWordVectors(loadVerifiedClaims());
    const m = await measureClaimMatching(CLAIM_MATCH_TRAINING, vectors);
    const provenance = {
      task: 'claim-matching',
      data: [CLAIM_RETRIEVAL_FOLDER],
      licence: CLAIM_RETRIEVAL_LICENCE,
      features: CLAIM_MATCH_FEATURES_VERSION,
      scores: { 'clef2020-task2-dev-map@5': round(m.reranked), 'clef2020-task2-dev-map@5-bm25': round(m.bm25) },
    };
    return { 'claim-match': saveModel(m.model, provenance), 'claim-match-vectors': wordVectorFile(vectors, provenance) };
  },
  async evaluate(): Promise<Score[]> {
    if (!hasData(CLAIM_RETRIEVAL_FOLDER, 'claim-matching')) return [];
    const m = await measureClaimMatching();
    console.log(
      `claim-matching: ${m.collection.toLocaleString('en-US')} fact-checks indexed in ${m.indexSeconds.toFixed(2)} s; ` +
        `${m.queriesPerSecond.toFixed(0)} dev queries/s; relevant fact-check among the ${matchDefaults.candidates} candidates for ${(m.recall * 100).toFixed(1)}% of dev queries; train MAP@5 ${m.trainReranked.toFixed(3)}`,
    );
    return [
      { task: 'claim-matching', metric: `CLEF 2020 task 2 dev tweets, MAP@5, BM25 top ${matchDefaults.candidates} re-ranked (trained on train)`, value: m.reranked, reference: REFERENCE, goal: 0.93 },
      { task: 'claim-matching (BM25)', metric: 'CLEF 2020 task 2 dev tweets, MAP@5, FTS5 BM25 over claim and title alone', value: m.bm25, reference: REFERENCE, goal: null },
    ];
  },
};
