/**
 * Tweets, a domain no model was trained on: the CheckThat! 2021 task 1A English COVID-19 tweets
 * (train and dev files, 962 tweets; the CheckThat! 2020 task 1 tweets are the same ones). Nothing
 * is trained here. `analyze()` as shipped reads each tweet whole, as a user's text, and
 * - a tweet states a verifiable factual claim (the `claim` label, given on the 822 train tweets:
 *   the dev file's column is 0 throughout) when any of its units is a fact;
 * - tweets are ranked by their most check-worthy unit, and the ranking scored by MAP against the
 *   `check_worthiness` label (one topic, one ranking, as the task scores it);
 * each beside the rule passes alone (the same pipeline before its learned passes), so the numbers
 * say what the debate-trained models carry over to text unlike their training data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze } from '../../src/analyze.ts';
import { parseInput } from '../../src/parse/parse-input.ts';
import { RULE_PIPELINE } from '../../src/pipeline/rule-presets.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { dataDir, hasData } from '../learning/data-dir.ts';
import { accuracy, averagePrecision, f1Of, macroF1 } from '../learning/metrics.ts';
import type { Score, Task } from '../learning/task.ts';

export const TWEETS_FOLDER = 'clef2021-task1a-covid-tweets-english';
const FILES = ['dataset_train_v1_english.tsv', 'dataset_dev_v1_english.tsv'] as const;
/** The dev file's `claim` column is 0 for every tweet, check-worthy ones included: it carries no label. */
const CLAIM_LABELLED = new Set<string>(['dataset_train_v1_english.tsv']);

export interface Tweet {
  readonly id: string;
  readonly text: string;
  /** Whether the tweet states a verifiable factual claim; null where the file does not say. */
  readonly claim: boolean | null;
  readonly checkworthy: boolean;
}

/** Twitter's API escapes these three in tweet text; a reader sees the characters. */
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const unescapeTweet = (text: string): string => text.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

export function loadTweets(): Tweet[] {
  return FILES.flatMap((file) => {
    // Fields are quoted CSV-style where the tweet holds a quote ("" inside).
    const rows = parse(readFileSync(resolve(dataDir(), TWEETS_FOLDER, file), 'utf8'), { delimiter: '\t', relax_quotes: true, from_line: 2 }) as string[][];
    return rows.map((row, i) => {
      const [, id, , text, claim, checkworthy] = row;
      if (id === undefined || text === undefined || claim === undefined || checkworthy === undefined) throw new Error(`${file} row ${i + 1} after the header: ${row.length} fields, expected 6`);
      return { id, text: unescapeTweet(text), claim: CLAIM_LABELLED.has(file) ? claim === '1' : null, checkworthy: checkworthy === '1' };
    });
  });
}

/** What one reading of a tweet says: whether a unit is a fact, and its most check-worthy unit's score and decision. */
interface Reading {
  readonly statesFact: boolean;
  readonly checkworthiness: number;
  readonly checkworthy: boolean;
}

interface ReadingUnit {
  readonly kind: string;
  readonly checkworthiness: number;
  readonly checkworthy: boolean;
}

function readingOf(units: readonly ReadingUnit[]): Reading {
  return {
    statesFact: units.some((unit) => unit.kind === 'fact'),
    checkworthiness: Math.max(0, ...units.map((unit) => unit.checkworthiness)),
    checkworthy: units.some((unit) => unit.checkworthy),
  };
}

/** As shipped: the default pipeline with its learned passes. Tweets are plain text (a "BREAKING: …" is no transcript). */
const shipped = (tweet: Tweet): Reading => readingOf(analyze(tweet.text, { format: 'text' }).units);
const rulesOnly = (tweet: Tweet): Reading => readingOf(runPipeline(parseInput(tweet.text, 'text'), {}, RULE_PIPELINE).units);

interface TweetScores {
  readonly claimAccuracy: number;
  readonly claimMacroF1: number;
  readonly checkworthyMap: number;
  readonly checkworthyF1: number;
}

function scoreReadings(tweets: readonly Tweet[], readings: readonly Reading[]): TweetScores {
  const labelled = tweets.flatMap((tweet, i) => (tweet.claim === null ? [] : [{ gold: tweet.claim, said: (readings[i] as Reading).statesFact }]));
  const gold = labelled.map((l) => l.gold);
  const said = labelled.map((l) => l.said);
  return {
    claimAccuracy: accuracy(gold, said),
    claimMacroF1: macroF1(gold, said, [false, true]),
    checkworthyMap: averagePrecision(
      readings.map((r) => r.checkworthiness),
      tweets.map((t) => t.checkworthy),
    ),
    checkworthyF1: f1Of(
      tweets.map((t) => t.checkworthy),
      readings.map((r) => r.checkworthy),
      true,
    ).f1,
  };
}

/** The shipped analysis and the rules alone on every tweet (exported for experiments). */
export function measureTweets(tweets = loadTweets()): { shipped: TweetScores; rules: TweetScores; tweets: number; labelled: number; checkworthy: number } {
  return {
    shipped: scoreReadings(tweets, tweets.map(shipped)),
    rules: scoreReadings(tweets, tweets.map(rulesOnly)),
    tweets: tweets.length,
    labelled: tweets.filter((t) => t.claim !== null).length,
    checkworthy: tweets.filter((t) => t.checkworthy).length,
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

export const tweetsTask: Task = {
  name: 'tweets',
  train: () => ({}),
  evaluate(): Score[] {
    if (!hasData(TWEETS_FOLDER, 'tweets')) return [];
    const m = measureTweets();
    const source = `CheckThat! 2021 1A English tweets, unseen domain (nothing trained on them)`;
    const claims = `${source}, ${m.labelled} train tweets, states a verifiable factual claim = any unit a fact`;
    const ranking = `${source}, all ${m.tweets} (${m.checkworthy} check-worthy), ranked by the most check-worthy unit`;
    const rules = (value: number): string => `rule passes alone: ${round(value).toFixed(3)}`;
    return [
      { task: 'kind (tweets)', metric: `${claims}, accuracy`, value: m.shipped.claimAccuracy, reference: rules(m.rules.claimAccuracy), goal: null },
      { task: 'kind (tweets)', metric: `${claims}, macro F1`, value: m.shipped.claimMacroF1, reference: rules(m.rules.claimMacroF1), goal: null },
      { task: 'checkworthiness (tweets)', metric: `${ranking}, MAP`, value: m.shipped.checkworthyMap, reference: rules(m.rules.checkworthyMap), goal: null },
      { task: 'checkworthiness (tweets)', metric: `${ranking}, F1 of "any unit check-worthy"`, value: m.shipped.checkworthyF1, reference: rules(m.rules.checkworthyF1), goal: null },
    ];
  },
};
