/**
 * How `analyze --claims` filters earlier fact-checks, measured: on the CheckThat! 2020 task 2 dev
 * tweets, the matches kept (top 3, re-ranker probability at least 0.5) at several floors of claim
 * coverage, with how many of them are the tweet's true fact-check (precision) and how many tweets
 * keep theirs (recall). The default floor in src/evidence/attach-matches.ts was chosen from this.
 *
 *   node --import tsx bench/claim-filter.ts
 */
import { claimCoverage } from '../src/evidence/attach-matches.ts';
import { closeFactCheckIndex, indexFactChecks, openFactCheckIndex } from '../src/evidence/matching/fact-check-index.ts';
import { matchClaims } from '../src/evidence/matching/match-claims.ts';
import { hasData } from '../scripts/learning/data-dir.ts';
import { CLAIM_RETRIEVAL_FOLDER, loadClaimQueries, loadVerifiedClaims } from '../scripts/tasks/claim-matching-data.ts';

const TOP = 3;
const MIN_SCORE = 0.5;
const FLOORS = [0, 0.3, 0.4, 0.5];

if (hasData(CLAIM_RETRIEVAL_FOLDER, 'claim-filter')) {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, loadVerifiedClaims());
  const queries = loadClaimQueries('dev');
  const results = await matchClaims(index, queries.map((q) => q.text), { top: TOP });
  await closeFactCheckIndex(index);
  console.log(`${queries.length} dev tweets, top ${TOP}, re-ranker probability >= ${MIN_SCORE}`);
  for (const floor of FLOORS) {
    let kept = 0;
    let right = 0;
    let tweetsKeepingTheirs = 0;
    queries.forEach((query, i) => {
      const matches = (results[i] ?? []).filter((m) => m.score >= MIN_SCORE && claimCoverage(query.text, m.claim) >= floor);
      const correct = matches.filter((m) => query.relevant.has(m.id)).length;
      kept += matches.length;
      right += correct;
      if (correct > 0) tweetsKeepingTheirs += 1;
    });
    const precision = kept === 0 ? 0 : right / kept;
    console.log(`coverage >= ${floor.toFixed(1)}: ${kept} matches kept, precision ${precision.toFixed(3)}, tweets keeping their fact-check ${tweetsKeepingTheirs}/${queries.length} (${((100 * tweetsKeepingTheirs) / queries.length).toFixed(0)}%)`);
  }
}
