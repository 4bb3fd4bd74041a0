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
