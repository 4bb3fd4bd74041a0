import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimUnitKey } from '../../../src/evidence/verdicts/unit-key.ts';
import { fact, verdictOf } from './judge-one.ts';

test('a currency written as the counted word is money, and a people\'s name counts people', () => {
  assert.deepEqual(claimUnitKey(null, 'pounds'), { dimension: 'GBP', noun: null });
  assert.deepEqual(claimUnitKey(null, 'euros'), { dimension: 'EUR', noun: null });
  assert.deepEqual(claimUnitKey(null, 'Kurds'), { dimension: 'count', noun: 'people' });
  assert.deepEqual(claimUnitKey(null, 'Syrians'), { dimension: 'count', noun: 'people' });
  assert.deepEqual(claimUnitKey(null, 'states'), { dimension: 'count', noun: 'state' });
});

test('"N Syrians lived in Jordan" is supported by a fact counting people, not called another measure', () => {
  const syrians = fact('syrians', {
    statement: 'About 660,000 Syrian refugees were living in Jordan in 2020.', subject: 'Syrian refugees living in Jordan', value: 660000, unit: 'people',
    time: { from: '2020', to: '2020' }, place: 'Jordan',
  });
  const v = verdictOf('In 2020, 660,000 Syrians lived in Jordan.', [syrians]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['syrians']);
});

test('"640 pounds" of pay is compared with a fact in GBP', () => {
  const pay = fact('pay', {
    statement: 'Average weekly pay of porters in Cardiff was 380 pounds in 2020.', subject: 'average weekly pay of porters in Cardiff', value: 380, unit: 'GBP',
    time: { from: '2020', to: '2020' }, place: 'Cardiff',
  });
  assert.equal(verdictOf('In 2020 porters in Cardiff earned weekly pay of 380 pounds.', [pay]).verdict, 'supported');
});
