/**
 * CLEF 2020 CheckThat! task 2 (verified claim retrieval): ~10,000 Snopes fact-checks (claim and
 * headline) and tweets paired with the fact-check that verifies them, split into train and dev.
 * Read in place from ../shared/data; nothing is copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FactCheck } from '../../src/model/evidence-schema.ts';
import { dataDir } from '../learning/data-dir.ts';

export const CLAIM_RETRIEVAL_FOLDER = 'clef2020-task2-claim-retrieval';
export const CLAIM_RETRIEVAL_LICENCE = 'free for general research use (CLEF 2020 CheckThat! task 2 README)';

/** A tweet and the ids of the fact-checks that verify it. */
export interface ClaimQuery {
  readonly id: string;
  readonly text: string;
  readonly relevant: ReadonlySet<string>;
}

function tsv(path: string): string[][] {
  // The files quote fields CSV-style ("" inside quotes) and some claims span lines.
  return parse(readFileSync(resolve(dataDir(), CLAIM_RETRIEVAL_FOLDER, path), 'utf8'), { delimiter: '\t', relax_quotes: true, from_line: 2 }) as string[][];
}

/** The verified claims as fact-checks (id, claim, title; the file has no verdicts or links). */
export function loadVerifiedClaims(): FactCheck[] {
  return tsv('verified_claims.docs.tsv').map(([id, claim, title]) => ({
    id: id ?? '',
    claim: claim ?? '',
    title: title === undefined || title.trim() === '' ? null : title,
    verdict: null,
    url: null,
    date: null,
    author: null,
  }));
}

/** The tweets of a split ("train" or "dev") with their relevant fact-checks. */
export function loadClaimQueries(split: 'train' | 'dev'): ClaimQuery[] {
  const relevant = new Map<string, Set<string>>();
  for (const line of readFileSync(resolve(dataDir(), CLAIM_RETRIEVAL_FOLDER, split, 'tweet-vclaim-pairs.qrels'), 'utf8').split('\n')) {
    const [query, , claim, relevance] = line.trim().split('\t');
    if (query === undefined || claim === undefined || relevance !== '1') continue;
    relevant.set(query, (relevant.get(query) ?? new Set()).add(claim));
  }
  return tsv(`${split}/tweets.queries.tsv`).map(([id, text]) => ({ id: id ?? '', text: text ?? '', relevant: relevant.get(id ?? '') ?? new Set() }));
}
