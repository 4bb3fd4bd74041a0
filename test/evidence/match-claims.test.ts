import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactCheck } from '../../src/model/evidence-schema.ts';
import { ClaimMatchSchema } from '../../src/model/evidence-schema.ts';
import { contentTerms, splitCompound, stem } from '../../src/evidence/matching/claim-text.ts';
import { claimReranker, logOdds, poolSlots, rerankScores, shippedClaimReranker } from '../../src/evidence/matching/claim-reranker.ts';
import { closeFactCheckIndex, indexFactChecks, openFactCheckIndex } from '../../src/evidence/matching/fact-check-index.ts';
import { candidateSet, matchClaims } from '../../src/evidence/matching/match-claims.ts';
import { profileText } from '../../src/evidence/matching/text-profile.ts';
import { searchableText, splitEmbeddedTweet } from '../../src/evidence/matching/embedded-tweet.ts';
import { charGrams, gramCosine } from '../../src/evidence/matching/char-grams.ts';
import { profileQuery, signatureAgreement } from '../../src/evidence/matching/query-profile.ts';
import { FeatureSet } from '../../src/learn/feature-hashing.ts';
import type { ModelFile } from '../../src/learn/model-file.ts';

const fc = (id: string, claim: string, title: string | null, verdict: string | null = 'False'): FactCheck => ({ id, claim, title, verdict, url: `https://checks.example/${id}`, date: null, author: null });

const COLLECTION: FactCheck[] = [
  fc('biden-mansion', 'Former Vice President Joe Biden owns the largest mansion in his state.', 'Does Joe Biden Own the Largest Mansion in His State?'),
  fc('biden-site', 'The website joebiden.info is Joe Biden\'s official 2020 campaign site.', 'Joe Biden Campaign Trolled with Parody Website'),
  fc('wombats', 'Wombats are herding other animals into their burrows to escape the wildfires in Australia.', 'Are Wombats Sheltering Animals From Australia Fires?'),
  fc('eastwood', 'Clint Eastwood wrote a viral essay explaining why he sticks his neck out for Trump.', 'Did Clint Eastwood Write the Viral Pro-Trump Post?'),
  fc('aldi', 'ALDI offers free food to homeless people at its stores after 4 PM on Christmas Eve.', 'Is ALDI Offering Homeless People Free Food?'),
  fc('cornflakes', 'Kellogg\'s Corn Flakes were invented to discourage masturbation.', 'Were Corn Flakes Created as an Anti-Masturbatory Meal?'),
  fc('insulin', 'A 26-year-old man died rationing insulin after aging out of his mother\'s insurance.', 'Did a Man Die at 26 Because He Could Not Afford Insulin?'),
  fc('insulin-2019', 'A 21-year-old died in 2019 after rationing insulin he bought on a GoFundMe.', null),
];

const QUERIES: readonly [string, string][] = [
  ['@JoeBiden lives in the biggest mansion in his state‼️ and all that money was made lecturing us pic.twitter.com/abc — Someone (@someone) May 1, 2019', 'biden-mansion'],
  ['Incredible: wombats herding animals into their burrows, sheltering them from the #AustralianFires https://t.co/x', 'wombats'],
  ['Stop posing as my dad, he would not write this essay about Trump — Morgan Eastwood (@MorganEastwood)', 'eastwood'],
  ['Google "why were cornflakes invented" #cornflakes', 'cornflakes'],
  ['He was 26 and died rationing his insulin because it costs too much', 'insulin'],
];

test('a post finds the fact-check of its claim first, re-ranked and by BM25 alone', async () => {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, COLLECTION);
  for (const reranker of [undefined, null]) {
    const results = await matchClaims(index, QUERIES.map(([text]) => text), { top: 3, reranker });
    assert.deepEqual(
      results.map((matches) => matches[0]?.id),
      QUERIES.map(([, id]) => id),
    );
    for (const matches of results) {
      assert.ok(matches.length <= 3);
      for (const match of matches) ClaimMatchSchema.parse(match);
      assert.ok(matches.every((m, i) => i === 0 || (matches[i - 1]?.score ?? 0) >= m.score));
    }
  }
  const first = (await matchClaims(index, [QUERIES[0]![0]], { top: 1 }))[0]?.[0];
  assert.deepEqual({ claim: first?.claim, verdict: first?.verdict, url: first?.url }, { claim: COLLECTION[0]!.claim, verdict: 'False', url: 'https://checks.example/biden-mansion' });
  await closeFactCheckIndex(index);
});

test('a fact-check changed in the index is compared by its new text, not by what was read of it before', async () => {
  const query = 'Wombats herding animals into their burrows, sheltering them from the #AustralianFires';
  const changed = fc('wombats', 'Kangaroos are herding koalas away from the wildfires in Australia.', 'Are Kangaroos Herding Koalas?');
  const describe = async (index: Awaited<ReturnType<typeof openFactCheckIndex>>): Promise<string[][]> =>
    (await candidateSet(index, query)).features.map((f) => f.featureNames().map((name, i) => `${name}=${f.valueAt(i).toFixed(6)}`));
  const reused = await openFactCheckIndex(':memory:');
  await indexFactChecks(reused, COLLECTION);
  const before = await describe(reused);
  await indexFactChecks(reused, [changed]);
  const fresh = await openFactCheckIndex(':memory:');
  await indexFactChecks(fresh, [...COLLECTION.filter((f) => f.id !== 'wombats'), changed]);
  const after = await describe(reused);
  assert.notDeepEqual(after, before);
  assert.deepEqual(after, await describe(fresh));
  await closeFactCheckIndex(reused);
  await closeFactCheckIndex(fresh);
});

test('a fact-check with no title is matched by its claim as one with a title is (the claim stands in for it)', async () => {
  const query = 'Joe Biden owns the largest mansion in his state.';
  const scoreOf = async (title: string | null): Promise<number> => {
    const index = await openFactCheckIndex(':memory:');
    await indexFactChecks(index, [fc('mansion', query, title), fc('moon', 'The moon landing was staged in a studio in Nevada.', 'Was the moon landing faked?')]);
    const best = (await matchClaims(index, [query], { top: 1 }))[0]?.[0];
    await closeFactCheckIndex(index);
    assert.equal(best?.id, 'mansion');
    return best?.score ?? 0;
  };
  // Over the 0.5 floor at which analyze --claims attaches a match (it was 0.39 without a title).
  assert.ok((await scoreOf(null)) >= 0.5);
  assert.ok((await scoreOf('')) >= 0.5);
  assert.ok((await scoreOf('Does Joe Biden own the largest mansion in Delaware?')) >= 0.5);
});

test('a query sharing no word with the collection, or with no words at all, matches nothing', async () => {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, COLLECTION);
  assert.deepEqual(await matchClaims(index, ['zzz qqq', '!!! ...', 'the of and'], { top: 5 }), [[], [], []]);
  await closeFactCheckIndex(index);
});

test('posts are read for matching: links dropped, hashtags and handles split, function words out', () => {
  assert.equal(splitCompound('AustralianFires'), 'Australian Fires');
  assert.equal(splitCompound('DefundTheCBC'), 'Defund The CBC');
  assert.equal(splitCompound('covid19'), 'covid 19');
  assert.deepEqual(contentTerms('The #AustralianFires are spreading https://t.co/abc #onassignmentpic.twitter.com/x'), ['australianfires', 'australian', 'fires', 'spreading', 'onassignment']);
  assert.equal(stem('migrants'), 'migrant');
  assert.equal(stem('shooting'), 'shoot');
  assert.equal(stem('laughed'), 'laugh');
  assert.equal(stem('stories'), 'story');
  assert.equal(stem('press'), 'press');
});

test('profiles keep numbers, names that do not open a sentence, and media cues', () => {
  const profile = profileText('Photos show 1,000 people in Paris. Crowds met Macron on fourteen streets pic.twitter.com/x');
  assert.deepEqual([...profile.numbers].sort(), ['1000', '14']);
  assert.deepEqual([...profile.names].sort(), ['macron', 'paris']);
  assert.equal(profile.media, true);
  assert.equal(profileText('The council met on Tuesday.').media, false);
});

test('the shipped re-ranker loads, and a model for other features is refused', () => {
  assert.deepEqual(shippedClaimReranker().labels, ['other', 'match']);
  const file = { format: 'argscope-logistic/1', task: 'claim-matching', features: 'claim-match-features/0', labels: ['other', 'match'], bits: 4, classes: [] } as unknown as ModelFile;
  assert.throws(() => claimReranker(file), /trained on claim-match-features\/0/);
});

const SIGNED = 'Nobody said this. FAKE NEWS! — Donald J. Trump (@realDonaldTrump) August 26, 2019';

test('an embedded post is split into its body and its signature, and searched without handle or day', () => {
  assert.deepEqual(splitEmbeddedTweet(SIGNED), { body: 'Nobody said this. FAKE NEWS!', author: 'Donald J. Trump', handle: 'realDonaldTrump', month: 8, year: 2019 });
  assert.deepEqual(splitEmbeddedTweet('Plain text — with a dash'), { body: 'Plain text — with a dash', author: null, handle: null, month: null, year: null });
  assert.equal(splitEmbeddedTweet('Posted — Ann (@ann)').handle, 'ann');
  assert.equal(searchableText(SIGNED), 'Nobody said this. FAKE NEWS! Donald J. Trump august 2019');
  assert.equal(searchableText('No signature here'), 'No signature here');
});

test('the signature is compared apart: does the fact-check name the poster, and date the story to the post', () => {
  const query = profileQuery(SIGNED);
  assert.equal(query.body.stems.has('trump'), false);
  const names = (candidate: string): string[] => {
    const features = new FeatureSet();
    signatureAgreement(features, query, profileText(candidate));
    return Array.from({ length: features.size }, (_, i) => features.nameAt(i));
  };
  assert.deepEqual(names('In August 2019, Donald Trump tweeted about hurricanes.'), ['author:named', 'date:same-month']);
  assert.deepEqual(names('A 2016 photograph shows a hurricane.'), ['date:other-year']);
});

test('character 4-grams meet where whole words do not', () => {
  assert.equal(gramCosine(charGrams(['photoshopped']), charGrams(['photoshopped'])), 1);
  assert.ok(gramCosine(charGrams(['photoshopped']), charGrams(['photoshop'])) > 0.5);
  assert.ok(gramCosine(charGrams(['pnbrock']), charGrams(['pnb', 'rock'])) > 0);
  assert.equal(gramCosine(charGrams(['wig']), charGrams(['toupee'])), 0);
  assert.equal(gramCosine(charGrams([]), charGrams(['toupee'])), 0);
});

test('re-ranker probabilities keep the order of its log-odds, the pool-aware calibration included', async () => {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, COLLECTION);
  const model = shippedClaimReranker();
  const set = await candidateSet(index, 'Biden owns a mansion; insulin costs too much for a 26-year-old man');
  assert.ok(set.features.length >= 3);
  const odds = set.features.map((f) => logOdds(model, f.toVector(model.bits)));
  const scores = rerankScores(model, set.features);
  for (let i = 0; i < odds.length; i += 1) {
    for (let j = 0; j < odds.length; j += 1) if ((odds[i] ?? 0) > (odds[j] ?? 0)) assert.ok((scores[i] ?? 0) >= (scores[j] ?? 0));
  }
  await closeFactCheckIndex(index);
});

test('no pair feature shares a weight slot with the two calibration weights stored beside them', async () => {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, COLLECTION);
  const model = shippedClaimReranker();
  const mask = (1 << model.bits) - 1;
  const pool = new Set(poolSlots(model.bits));
  const seen = new Set<string>();
  for (const [query] of QUERIES) {
    for (const features of (await candidateSet(index, query)).features) {
      for (let i = 0; i < features.size; i += 1) {
        seen.add(features.nameAt(i));
        assert.equal(pool.has((features.hashAt(i) & mask) >>> 0), false, `${features.nameAt(i)} takes a calibration slot`);
      }
    }
  }
  assert.ok(seen.size >= 25, `the queries exercise most pair features (${seen.size})`);
  await closeFactCheckIndex(index);
});
