/**
 * The stance data: SemEval-2016 task 6A tweets (training file only) and IBM Claim Stance claims
 * (split=train rows only), read as (text, target, stance toward the target) examples, and the
 * cross-validation folds both are scored with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fnv1a } from '../../src/learn/feature-hashing.ts';
import { dataDir } from '../learning/data-dir.ts';

export const SEMEVAL_FOLDER = 'semeval2016-task6-stance';
export const CLAIMS_FOLDER = 'ibm-claim-stance';

export const STANCE_LABELS = ['favor', 'against', 'none'] as const;
export type StanceLabel = (typeof STANCE_LABELS)[number];

export interface StanceExample {
  readonly text: string;
  readonly target: string;
  /** Stance toward `target`. */
  readonly label: StanceLabel;
  /** What cross-validation keeps together: the SemEval target, or the IBM topic. */
  readonly group: string;
  /** Near-duplicate key: the same tweet retweeted or reposted must not sit on both sides of a fold. */
  readonly duplicate: string;
}

export interface ClaimExample extends StanceExample {
  /** The topic's own sentiment toward its target: PRO the topic = favor the target × this sign. */
  readonly topicSentiment: 1 | -1;
  readonly pro: boolean;
}

/** Lower case letters only, without @-names, links, "RT" and the #SemST tag every tweet carries. */
function duplicateKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/@\w+|https?:\S+|\brt\b|#semst/g, ' ')
    .replace(/[^a-z]+/g, '');
}

/** SemEval-2016 task 6A training tweets (cp1252, CRLF, TSV with header ID, Target, Tweet, Stance). */
export function loadSemEval(): StanceExample[] {
  const bytes = readFileSync(join(dataDir(), SEMEVAL_FOLDER, 'semeval2016-task6-trainingdata.txt'));
  const lines = new TextDecoder('windows-1252').decode(bytes).split(/\r?\n/);
  const examples: StanceExample[] = [];
  for (const line of lines.slice(1)) {
    const [, target, tweet, stance] = line.split('\t');
    if (target === undefined || tweet === undefined || stance === undefined) continue;
    const label = stance.trim().toLowerCase();
    if (label !== 'favor' && label !== 'against' && label !== 'none') continue;
    // The organisers appended #SemST to every tweet; it says nothing and no real text has it.
    const text = tweet.replace(/#SemST/g, '').trim();
    examples.push({ text, target, label, group: target, duplicate: duplicateKey(tweet) });
  }
  return examples;
}

/**
 * IBM Claim Stance claims, split=train rows only (the test topics are held out), as stance toward
 * the topic's target: a PRO claim on a topic that opposes its target ("... should be banned")
 * is against the target.
 */
export function loadClaims(): ClaimExample[] {
  const rows = parse(readFileSync(join(dataDir(), CLAIMS_FOLDER, 'claim_stance_dataset_v1.csv')), {
    bom: true,
    columns: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  return rows
    .filter((row) => row['split'] === 'train' && (row['claims.stance'] === 'PRO' || row['claims.stance'] === 'CON'))
    .map((row) => {
      const pro = row['claims.stance'] === 'PRO';
      const topicSentiment = row['topicSentiment'] === '-1' ? -1 : 1;
      const text = row['claims.claimCorrectedText'] ?? '';
      return {
        text,
        target: row['topicTarget'] ?? '',
        label: pro === (topicSentiment === 1) ? 'favor' : 'against',
        group: row['topicId'] ?? '',
        duplicate: duplicateKey(text),
        topicSentiment,
        pro,
      };
    });
}

/**
 * Folds stratified by group and label (each fold holds about 1/k of every target's favour,
 * against and none tweets), with near-duplicates kept in one fold. Deterministic.
 */
export function stratifiedFolds(examples: readonly StanceExample[], k: number): number[] {
  const cells = new Map<string, string[]>();
  const firstOf = new Map<string, StanceExample>();
  for (const example of examples) {
    const key = `${example.group}\u0000${example.duplicate}`;
    if (firstOf.has(key)) continue;
    firstOf.set(key, example);
    const cell = `${example.group}\u0000${example.label}`;
    cells.set(cell, [...(cells.get(cell) ?? []), key]);
  }
  const foldOf = new Map<string, number>();
  for (const [cell, keys] of [...cells.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const offset = fnv1a(cell) % k;
    [...keys].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1)).forEach((key, i) => foldOf.set(key, (i + offset) % k));
  }
  return examples.map((e) => foldOf.get(`${e.group}\u0000${e.duplicate}`) ?? 0);
}

/** Folds of whole groups (IBM topics; SemEval targets for cross-target scores). */
export function groupedFolds(examples: readonly StanceExample[], k: number): number[] {
  const groups = [...new Set(examples.map((e) => e.group))].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
  const foldOf = new Map(groups.map((g, i) => [g, i % k]));
  return examples.map((e) => foldOf.get(e.group) ?? 0);
}
