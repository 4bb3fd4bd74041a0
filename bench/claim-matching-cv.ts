/**
 * Claim matching by 5-fold cross-validation over the CLEF 2020 task 2 training tweets (the dev
 * tweets are never read): MAP@5 of BM25 and of the re-ranker trained on the other four folds, and
 * the first stage's recall at 5, 10 and 50. Choose the matcher's settings on this, not on dev.
 * `--failures` prints every query whose relevant fact-check is not ranked first; `--seed N` folds
 * by a seeded hash of the query id instead of by position (the same model scores 0.881-0.883 on
 * different splits, so differences below ~0.003 say nothing; a change that gains on every one of
 * several splits says more than its mean).
 *
 *   node --import tsx bench/claim-matching-cv.ts [--failures] [--seed N | --splits]
 *
 * `--splits` runs all six splits the settings are chosen on (positions, seeds 1-5) over one set of
 * candidates and prints each and their mean.
 *
 * Kept: the cosine of the IDF-weighted mean LSA vectors (the gist) of query and claim, title and
 * both (text-gist.ts, claim-match-features/5): 0.8886, 0.8883, 0.8896, 0.8893, 0.8915, 0.8894
 * (mean 0.8894) against 0.8860, 0.8861, 0.8870, 0.8870, 0.8898, 0.8879 (0.8873), higher on every split.
 *
 * GloVe's general vectors (models/word-vectors.json, GloVe 6B 100d, the 40,000 most frequent
 * words; by the matcher's stem, the mean of the vectors of the words with that stem: 30,912
 * stems), tried against 0.8873, none kept:
 * - alignments (meaning-alignment.ts) with GloVe in place of the LSA vectors: 0.8825 (0.8818 with
 *   a stem's vector taken from the word it spells where GloVe has it); beside the LSA ones 0.8873
 *   (0.8838 to 0.8898); each word pair by the better of its LSA and GloVe cosines, with both gists:
 *   0.8832;
 * - gist cosines in GloVe: 0.8885 alone (five splits of six higher), 0.8895 beside the GloVe
 *   alignments, 0.8898 beside the LSA gists (0.8873, 0.8893, 0.8875, 0.8924, 0.8936, 0.8889: +0.0004
 *   over the LSA gists alone, higher on three splits of six), 0.8833 with GloVe alignments in
 *   place of the LSA ones;
 * - a soft coverage, each unshared word counted by its best GloVe cosine with the other text:
 *   0.8856; only cosines of 0.6 or more, beside both gists: 0.8890.
 * The vectors learned from ten thousand fact-checks know this collection's topics better than
 * general ones know its paraphrases.
 *
 * Kept before: listwise training (scripts/tasks/claim-matching-listwise.ts: softmax over a query's
 * candidates, Newton's method, L2 1e-3) instead of pairwise logistic SGD: 0.8860, 0.8861, 0.8870,
 * 0.8870, 0.8898, 0.8879 on position folds and seeds 1-5 (mean 0.8873), against 0.8854, 0.8865,
 * 0.8864, 0.8837, 0.8870, 0.8836 (0.8854): +0.0019 on average, five splits of six higher. L2 1e-4
 * 0.8871, 1e-2 0.8864, 0.1 0.8843, 1 0.8810; the pairwise and listwise scores summed 0.8855.
 * With it the log of the BM25 score became its log against the query's best (claim-match-features/4):
 * the same order within every query, but the listwise model weighs that log heavily, and the
 * absolute log cost the match of a near-copy in a two-fact-check collection its probability.
 *
 * Tried after it, none kept (six splits unless said; against the model of their time):
 * - a metric learned on the LSA vectors: a full 150 × 150 bilinear form q'Md between the
 *   IDF-weighted mean vectors of query and fact-check, fitted listwise on the training folds'
 *   candidates (Adam, L2 towards a multiple of the identity). Alone it ranks the candidates better
 *   than their plain cosine (MAP@5 0.758 against 0.736, position folds) but far below BM25 (0.867);
 *   as a feature (its score and gap to the best), cross-fitted inside the training folds, beside
 *   the pairwise model: 0.8842 on positions and seed 1 (-0.0010, -0.0026); beside the listwise
 *   one, 0.8866 against 0.8873, lower on all six splits (-0.0001 to -0.0018). A learned diagonal
 *   (the 150 products q_k d_k as features): 0.8853 (-0.0003 to +0.0003 per split);
 * - a dense first stage for more candidates: the 20 fact-checks whose IDF-weighted mean vectors
 *   are nearest the query's, added to BM25's 50 with their true BM25 score for the query (0 when
 *   they share no word) and a "dense only" flag: recall 0.969 to 0.974 (4 of 800 queries), MAP@5
 *   0.8846 against 0.8873 with the listwise model, lower on every split (-0.0012 to -0.0037);
 * - word vectors learned with 30,000 debate sentences (ClaimBuster, CheckThat! 2019 and 2020) as
 *   further LSA documents beside the fact-checks: 0.8857 on three splits against 0.8861.
 *
 * Kept before that: meaning-alignment features through word vectors learned by LSA from the fact-checks
 * (meaning-alignment.ts, claim-matching-vectors.ts): 0.8854, 0.8865, 0.8864, 0.8837, 0.8870,
 * 0.8836 on position folds and seeds 1-5, against 0.8820, 0.8813, 0.8831, 0.8815, 0.8829, 0.8793
 * without (+0.0036 on average, more on every split).
 *
 * Learned associations tried beside them (three splits: positions, seeds 1 and 2; 0.8821 without):
 * - IBM Model 1 translation tables, each query word the candidate lacks counted by its best
 *   t(word | candidate word) and the reverse (mean, best, sum): learned from the collection's own
 *   claim-title pairs (0.8818: they mostly translate a word to itself), or from the training
 *   folds' tweet-fact-check pairs, cross-fitted inside the training folds (0.8818: 640 pairs are
 *   too few);
 * - the LSA vectors as a cosine of IDF-weighted mean vectors (0.8813 alone; beside the
 *   alignments 0.8842 against their 0.8846); a soft coverage counting shared words as 1 (0.8846); only cosines above 0.3 or
 *   0.5 counted (0.8845, 0.8822); the best cosine of the rarest unshared query word (0.8839);
 * - LSA weights: TF-IDF in 100, 200 or 300 dimensions (0.8846, 0.8855, 0.8846), singular values to
 *   the power 1 (0.8846), word-word PPMI (0.8824), words in one fact-check too (0.8845); with the
 *   training folds' tweet + fact-check pairs as extra documents, cross-fitted (0.8858);
 * - a dense first stage: the IDF-weighted mean vectors rank the whole collection (recall@50 0.917
 *   alone; BM25's 50 and its top 20 together 0.979 against 0.969), its extra candidates with a
 *   dense cosine and rank: 0.8823-0.8829, the added candidates are rarely ranked into the top 5.
 *
 * Tried here against 0.882 (re-ranked; BM25 0.867, recall@5 0.916, @50 0.969), none kept:
 * - first stage: claim:title weights 1:0.25 to 1:2 (BM25 0.852-0.868, 1:1 kept); RM3 feedback
 *   from the top 3-10 hits, 5-20 terms, added at 0.1-0.4 (BM25 0.857-0.868, recall@50 +0.1-0.5
 *   points); the query's word pairs as phrases (0.826); the body's, names' or signature's words
 *   given twice (0.766-0.851);
 * - pool: 10, 20, 30 or 100 candidates (0.881, 0.880, 0.881, 0.876); trained on 20 or 100,
 *   ranking 50 (0.880, 0.876);
 * - features: the IDF sum of shared words (0.882); cosines and coverages in five bins (0.879);
 *   best-in-pool flags and in-pool ranks of seven of them (0.880); their pairwise products
 *   (0.882); every feature crossed with the query's length (0.873); the longest shared run of
 *   words (0.882); coverage softened by how often words meet in the collection's fact-checks
 *   (0.882-0.885); similarity to the other top candidates (0.885, but 0.883 and 0.882 on seeded
 *   splits where the model scores 0.881 and 0.883); the poster named in a fact-check about a tweet
 *   (0.883); the poster's name weighted by IDF (0.880-0.881); synonym groups such as photo/picture
 *   or child/kid (0.881); hashtags only in their split form (0.882);
 * - training: l2 1e-4 or 1e-6, 5 or 40 epochs, learning rate 0.03 or 0.3 (0.879-0.882).
 * What the misses need is meaning ("engagement rings of WWII victims" is the "wedding rings of
 * Holocaust victims"), which shared words and spellings do not give.
 */
import { fnv1a } from '../src/learn/feature-hashing.ts';
import { closeFactCheckIndex } from '../src/evidence/matching/fact-check-index.ts';
import { rankCandidates } from '../src/evidence/matching/match-claims.ts';
import { hasData } from '../scripts/learning/data-dir.ts';
import { mean } from '../scripts/learning/metrics.ts';
import { CLAIM_RETRIEVAL_FOLDER, loadClaimQueries } from '../scripts/tasks/claim-matching-data.ts';
import type { CandidatesOf } from '../scripts/tasks/claim-matching.ts';
import { averagePrecisionAt, candidatesOf, clefIndex, mapAt5, trainReranker } from '../scripts/tasks/claim-matching.ts';

const K = 5;
/** The six splits the matcher's settings are chosen on: folds by position, then by seeds 1 to 5. */
const SPLITS: readonly (string | null)[] = [null, '1', '2', '3', '4', '5'];

/** MAP@5 of one split (folds by position for a null seed), and the failures when asked. */
function crossValidate(sets: readonly CandidatesOf[], seed: string | null, failures: string[] | null): number {
  const foldOf = sets.map(({ query }, i) => (seed === null ? i % K : fnv1a(`${seed}:${query.id}`) % K));
  const scores: number[] = [];
  for (let fold = 0; fold < K; fold += 1) {
    const model = trainReranker(sets.filter((_, i) => foldOf[i] !== fold));
    for (const { query, set } of sets.filter((_, i) => foldOf[i] === fold)) {
      const ranked = rankCandidates(set, model, 5);
      const ap = averagePrecisionAt(
        ranked.map((m) => m.id),
        query.relevant,
        5,
      );
      scores.push(ap);
      if (ap < 1 && failures !== null) {
        const gold = set.hits.findIndex((h) => query.relevant.has(h.id));
        const found = set.hits[gold];
        failures.push(
          `--- query ${query.id}: AP@5 ${ap.toFixed(2)}, BM25 rank of the relevant fact-check ${gold < 0 ? 'none' : gold + 1}\n` +
            `query: ${query.text}\nrelevant: ${found === undefined ? [...query.relevant].join(', ') : `${found.claim} | ${found.title ?? ''}`}\nranked first: ${ranked[0]?.claim ?? ''}`,
        );
      }
    }
  }
  return mean(scores);
}

if (hasData(CLAIM_RETRIEVAL_FOLDER, 'claim-matching-cv')) {
  const { index } = await clefIndex();
  const queries = loadClaimQueries('train');
  const started = performance.now();
  const sets = await candidatesOf(index, queries);
  const queriesPerSecond = queries.length / ((performance.now() - started) / 1000);
  await closeFactCheckIndex(index);
  const recallAt = (k: number): number => mean(sets.map(({ query, set }) => (set.hits.slice(0, k).some((h) => query.relevant.has(h.id)) ? 1 : 0)));
  const failures: string[] | null = process.argv.includes('--failures') ? [] : null;
  // Folds by position, or by a seeded hash of the query id (--seed N) to see how much a score owes to one split; --splits runs all six.
  const seedAt = process.argv.indexOf('--seed');
  const splits = process.argv.includes('--splits') ? SPLITS : [seedAt < 0 ? null : (process.argv[seedAt + 1] ?? '1')];
  const scores = splits.map((seed) => crossValidate(sets, seed, failures));
  if (failures !== null && failures.length > 0) console.log(failures.join('\n'));
  const each = splits.length > 1 ? ` (${splits.map((seed, i) => `${seed === null ? 'positions' : `seed ${seed}`} ${(scores[i] ?? 0).toFixed(4)}`).join(', ')})` : '';
  console.log(
    `${queries.length} training tweets, ${K}-fold CV: re-ranked MAP@5 ${mean(scores).toFixed(4)}${splits.length > 1 ? ` mean of ${splits.length} splits${each}` : ''}, BM25 MAP@5 ${mapAt5(sets, null).toFixed(4)}; ` +
      `BM25 recall@5 ${recallAt(5).toFixed(3)}, @10 ${recallAt(10).toFixed(3)}, @50 ${recallAt(50).toFixed(3)}; ${queriesPerSecond.toFixed(0)} candidate sets/s`,
  );
}
