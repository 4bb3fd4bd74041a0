import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadTweets, measureTweets, TWEETS_FOLDER } from '../../scripts/tasks/tweets.ts';

// A data folder of our own in the layout of ../shared/data, so the loader and the scoring are
// tested on any machine (the real tweets are not in the repository).
const HEADER = 'topic_id\ttweet_id\ttweet_url\ttweet_text\tclaim\tcheck_worthiness';
const TRAIN = [
  HEADER,
  'covid-19\t1\thttps://x/1\tThe ministry reported 4,500 new cases &amp; 120 deaths in Italy on Tuesday.\t1\t1',
  'covid-19\t2\thttps://x/2\t"Folks, when you say ""it is only a flu"", you are wrong. Stay home!"\t0\t0',
  'covid-19\t3\thttps://x/3\tI love my cat so much.\t0\t0',
];
const DEV = [HEADER, 'covid-19\t4\thttps://x/4\tThe WHO says 80 countries have confirmed cases of the virus.\t0\t1'];

let dir = '';
let previous: string | undefined;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'argscope-tweets-'));
  mkdirSync(join(dir, TWEETS_FOLDER));
  writeFileSync(join(dir, TWEETS_FOLDER, 'dataset_train_v1_english.tsv'), `${TRAIN.join('\n')}\n`);
  writeFileSync(join(dir, TWEETS_FOLDER, 'dataset_dev_v1_english.tsv'), `${DEV.join('\n')}\n`);
  previous = process.env['ARGSCOPE_DATA'];
  process.env['ARGSCOPE_DATA'] = dir;
});
after(() => {
  if (previous === undefined) delete process.env['ARGSCOPE_DATA'];
  else process.env['ARGSCOPE_DATA'] = previous;
  rmSync(dir, { recursive: true, force: true });
});

test('tweets load from both files: quoted fields unquoted, entities decoded, no claim label from the dev file', () => {
  const tweets = loadTweets();
  assert.deepEqual(
    tweets.map((t) => [t.id, t.claim, t.checkworthy]),
    [
      ['1', true, true],
      ['2', false, false],
      ['3', false, false],
      ['4', null, true],
    ],
  );
  assert.equal(tweets[0]?.text, 'The ministry reported 4,500 new cases & 120 deaths in Italy on Tuesday.');
  assert.equal(tweets[1]?.text, 'Folks, when you say "it is only a flu", you are wrong. Stay home!');
});

test('tweet scores count claims on labelled tweets only and rank every tweet', () => {
  const m = measureTweets();
  assert.equal(m.tweets, 4);
  assert.equal(m.labelled, 3);
  assert.equal(m.checkworthy, 2);
  // The two figure-laden reports outrank the cat and the scolding, by the shipped models and by the rules.
  assert.equal(m.shipped.checkworthyMap, 1);
  assert.equal(m.rules.checkworthyMap, 1);
  assert.equal(m.shipped.claimAccuracy, 1, 'only the ministry report states a fact');
});
