import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUnits } from '../../../src/analyze.ts';
import { profileClaim } from '../../../src/evidence/verdicts/claim-profile.ts';
import { fact, verdictOf } from './judge-one.ts';

const figuresOf = (text: string) => profileClaim(analyzeUnits([{ text }]).units[0]!).figures.map((f) => [f.quantity.text, f.measure.category]);

test('a bare figure is kept when measure words in its own clause say what it measures', () => {
  assert.deepEqual(figuresOf('In 2022, 1,200 were killed in Pakistan.'), [['1,200', 'deaths']]);
  // Measure words past "when" belong to another clause: 45 is an age, not a count of killings.
  assert.deepEqual(figuresOf('He was 45 when he was killed in 2022.'), []);
  // Nothing says what it counts.
  assert.deepEqual(figuresOf('We got 306 in the end.'), []);
});

test('a bare count of killings is judged against a fact counting them; an age is not', () => {
  const killed = fact('killed', {
    statement: 'In 2022, 1,150 people were killed in militant attacks in Pakistan.', subject: 'people killed in militant attacks in Pakistan', value: 1150, unit: 'people',
    time: { from: '2022', to: '2022' }, place: 'Pakistan',
  });
  // Before, the bare 1,200 was dropped and the claim stayed unverified.
  assert.equal(verdictOf('In 2022, 1,200 were killed in Pakistan.', [killed]).verdict, 'supported');
  assert.equal(verdictOf('He was 45 when he was killed in 2022 in Pakistan.', [killed]).verdict, 'unverified');
});

test('a bare figure that is a part, a ratio or the object of another verb is not read as a total', () => {
  // "of", "out of", "in N": a share of something counted, not the count itself.
  assert.deepEqual(figuresOf('In 2014, 20,000 of the gun deaths in the United States were suicides.').filter(([text]) => text === '20,000'), []);
  assert.deepEqual(figuresOf('In 2022, 40 out of those killed in Pakistan were police.').filter(([text]) => text === '40'), []);
  // Jobs are what the people are looking for, not what the figure counts.
  assert.deepEqual(figuresOf('In 2016, 7 million were looking for jobs.'), []);
  const deaths = fact('deaths', {
    statement: 'In 2014, 33,600 people died from guns in the United States.', subject: 'gun deaths in the United States', value: 33_600, unit: 'deaths',
    time: { from: '2014', to: '2014' }, place: 'United States',
  });
  const jobs = fact('jobs', {
    statement: 'The United States added 2.2 million jobs in 2016.', subject: 'jobs added in the United States', value: 2_200_000, unit: 'jobs',
    time: { from: '2016', to: '2016' }, place: 'United States',
  });
  // Before, each was contradicted by the total.
  assert.equal(verdictOf('In 2014, 20,000 of the gun deaths in the United States were suicides.', [deaths]).verdict, 'unverified');
  assert.equal(verdictOf('In 2016 in the United States, 7 million were looking for jobs.', [jobs]).verdict, 'unverified');
});
