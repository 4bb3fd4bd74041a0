import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimUnitKey } from '../../../src/evidence/verdicts/unit-key.ts';
import { fact, verdictOf } from './judge-one.ts';

test('a unit joined to its number by a hyphen is that unit, not a counted noun', () => {
  // "a 40-percent reduction": the quantities pass leaves "40" bare and the hyphen gives "percent" as its noun.
  assert.deepEqual(claimUnitKey(null, 'percent'), { dimension: 'percent', noun: null });
  // Years joined by a hyphen describe a thing ("a 10-year plan"); only "a five-year low" is a span (record-span.ts).
  assert.deepEqual(claimUnitKey(null, 'year'), { dimension: 'count', noun: 'year' });
  assert.deepEqual(claimUnitKey(null, 'pages'), { dimension: 'count', noun: 'page' });
});

const FALL = fact('fall', {
  statement: 'Ferry crossings to Ohio fell 40 percent from January to February 2017.', subject: 'decrease in ferry crossings to Ohio',
  value: 40, unit: 'percent', time: { from: '2017-01', to: '2017-02' }, place: 'Ohio',
});

test('"a 40-percent reduction" is compared with a fall in percent', () => {
  // Before, it counted "percents" and met no fact.
  const v = verdictOf('We saw a 40-percent reduction in ferry crossings to Ohio.', [FALL]);
  assert.equal(v.verdict, 'supported');
  assert.match(v.explanation, /Compared "40-percent" \(Ohio\) with fall .*the figure fits/);
  assert.equal(verdictOf('We saw a 60-percent reduction in ferry crossings to Ohio.', [FALL]).verdict, 'contradicted');
});
