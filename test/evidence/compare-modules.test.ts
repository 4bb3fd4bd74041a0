import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareActor } from '../../src/evidence/verdicts/compare-actor.ts';
import { compareMeasure, isPerYear, measureAround, measureOfPhrase } from '../../src/evidence/verdicts/compare-measure.ts';
import { claimUnitKey, factUnitKey } from '../../src/evidence/verdicts/unit-key.ts';
import { comparePlace, factPlaces, innermostPlaces } from '../../src/evidence/verdicts/compare-place.ts';
import { fitNumber, formatNumber, widenedBounds } from '../../src/evidence/verdicts/compare-quantity.ts';
import { compareTime, isAfter } from '../../src/evidence/verdicts/compare-time.ts';
import { combineScopes } from '../../src/evidence/verdicts/scope.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';

const q = (min: number | null, max: number | null, approximate: boolean) => ({ min, max, approximate });

test('quantity: an exact figure allows 5% rounding, a hedged one 10%', () => {
  assert.equal(fitNumber(q(43e6, 43e6, false), 43.6e6), 'inside');
  assert.equal(fitNumber(q(800e9, 800e9, false), 763e9), 'inside');
  assert.equal(fitNumber(q(800e9, 800e9, false), 740e9), 'below');
  assert.equal(fitNumber(q(1.4e6, 1.8e6, true), 1_861_412), 'inside');
  assert.equal(fitNumber(q(1.4e6, 1.8e6, true), 1.2e6), 'below');
});

test('quantity: vague magnitudes and open bounds', () => {
  // "tens of thousands" → 10,000..99,999
  assert.equal(fitNumber(q(10_000, 99_999, true), 19_740), 'inside');
  assert.equal(fitNumber(q(10_000, 99_999, true), 543), 'below');
  // "more than 500 billion": no upper bound
  assert.equal(fitNumber(q(500e9, null, true), 2e12), 'inside');
  assert.equal(fitNumber(q(500e9, null, true), 343e9), 'below');
  // "less than 10 percent" is a limit drawn on purpose: only the exact slack
  assert.deepEqual(widenedBounds(q(null, 10, true)), { low: -Infinity, high: 10.5 });
  assert.equal(fitNumber(q(null, 10, true), 11), 'above');
});

test('quantity: numbers read as a reader expects', () => {
  assert.equal(formatNumber(1_861_412), '1,861,412');
  assert.equal(formatNumber(3_200_000), '3.2 million');
  assert.equal(formatNumber(763e9), '763 billion');
  assert.equal(formatNumber(31.5), '31.5');
});

test('time: additive measures read shorter periods as parts, longer as wholes', () => {
  const nineties = { from: '1990', to: '2004' };
  assert.equal(compareTime(nineties, { from: '1994', to: '1994' }, true), 'part');
  assert.equal(compareTime({ from: '1994', to: '1994' }, nineties, true), 'whole');
  assert.equal(compareTime(nineties, { from: '2000', to: '2010' }, true), 'mixed');
  assert.equal(compareTime(nineties, { from: '2005', to: '2005' }, true), 'other');
  assert.equal(compareTime(nineties, { from: '1990', to: '2004' }, true), 'equal');
});

test('time: a stock or rate at a time inside the period is the same time; no claim time is unknown', () => {
  assert.equal(compareTime({ from: '1990', to: '2004' }, { from: '1997', to: '1997' }, false), 'equal');
  assert.equal(compareTime({ from: '1990', to: '2004' }, { from: '2005', to: '2005' }, false), 'other');
  assert.equal(compareTime(null, { from: '2015', to: '2015' }, false), 'unknown');
  // An undated count of events reads as "so far": a dated fact covers part of it.
  assert.equal(compareTime(null, { from: '2014', to: '2014' }, true), 'part');
});

test('time: a yearly rate equals a one-year fact and not a multi-year total', () => {
  assert.equal(compareTime(null, { from: '2014', to: '2014' }, true, true), 'equal');
  assert.equal(compareTime(null, { from: '2005', to: '2015' }, true, true), 'other');
  assert.equal(isPerYear(' a year who die from guns'), true);
  assert.equal(isPerYear(' annually'), true);
  assert.equal(isPerYear(' years ago'), false);
});

test('time: month and day prefixes compare as day ranges', () => {
  assert.equal(isAfter({ from: '2021-08-15', to: '2021-08-15' }, '2021-07'), true);
  assert.equal(isAfter({ from: '2021', to: '2021' }, '2021-07'), false);
  assert.equal(compareTime({ from: '2021-06', to: '2021-07' }, { from: '2021-07-05', to: '2021-07-05' }, false), 'equal');
});

test('place: a province is part of its country, the country the whole of the province', () => {
  const kpk = factPlaces('Khyber Pakhtunkhwa', []);
  assert.deepEqual(kpk, [{ name: 'Khyber Pakhtunkhwa', partOf: ['Pakistan'] }]);
  const pakistan = [{ name: 'Pakistan', partOf: [] }];
  assert.equal(comparePlace(pakistan, kpk, true), 'part');
  assert.equal(comparePlace(kpk, pakistan, true), 'whole');
  assert.equal(comparePlace(kpk, kpk, true), 'equal');
  assert.equal(comparePlace(pakistan, [{ name: 'Afghanistan', partOf: [] }], true), 'other');
  // A rate in a province says nothing about the country's rate.
  assert.equal(comparePlace(pakistan, kpk, false), 'other');
  assert.equal(comparePlace([], kpk, true), 'unknown');
});

test('place: a fact place the gazetteer lacks keeps its name, contained in what follows a comma', () => {
  assert.deepEqual(factPlaces('Zorvath Valley, Pakistan', []), [{ name: 'Zorvath Valley', partOf: ['Pakistan'] }]);
  assert.deepEqual(innermostPlaces([{ name: 'Pakistan', partOf: [] }, { name: 'Khyber Pakhtunkhwa', partOf: ['Pakistan'] }]), [{ name: 'Khyber Pakhtunkhwa', partOf: ['Pakistan'] }]);
});

test('actor: a total over all perpetrators bounds one actor\'s share; actors only count for acts', () => {
  assert.equal(compareActor(['Taliban'], [], true), 'whole');
  assert.equal(compareActor(['Taliban'], ['Taliban'], true), 'equal');
  assert.equal(compareActor(['Taliban'], ['Tehrik-i-Taliban Pakistan'], true), 'other');
  assert.equal(compareActor([], ['Taliban'], true), 'unknown');
  assert.equal(compareActor(['Taliban'], [], false), 'unknown');
});

function around(sentence: string, figure: string) {
  const { tokens } = tokenize(sentence);
  const start = sentence.indexOf(figure);
  const first = tokens.findIndex((t) => t.start >= start);
  let end = first;
  while (end < tokens.length && (tokens[end]?.end ?? 0) <= start + figure.length) end += 1;
  return measureAround(tokens, first, end);
}

test('measure: arrivals are a flow, people living somewhere a stock', () => {
  assert.equal(around('Some 1.5 million refugees crossed the border into Pakistan.', '1.5 million refugees').category, 'inflow');
  assert.equal(around('Pakistan hosted 1.2 million refugees at the end of 1997.', '1.2 million refugees').category, 'stock');
  assert.equal(measureOfPhrase(tokenize('Afghans living in NWFP').tokens).category, 'stock');
  assert.equal(measureOfPhrase(tokenize('Afghan refugee arrivals in Pakistan').tokens).category, 'inflow');
});

test('measure: the nearest measure word wins, and the clause bounds the search', () => {
  const s = 'The group was responsible for killing 500 civilians and attacking the army.';
  assert.equal(around(s, '500 civilians').category, 'deaths');
  assert.equal(around('Unemployment is bad, 51 percent of them say so.', '51 percent').category, null);
  assert.equal(around('The median wage for women has dropped $733.', '$733').category, 'wages');
  assert.equal(around('The median wage for women has dropped $733.', '$733').change, true);
});

test('measure: different kinds, units or change-vs-level are other measures; unrelated units do not compare', () => {
  const words = (category: string | null, change = false) => ({ category, cue: category, change });
  const people = claimUnitKey('people', 'refugees');
  assert.equal(compareMeasure({ unit: people, words: words('inflow') }, { unit: factUnitKey('people'), words: words('stock') }), 'other');
  assert.equal(compareMeasure({ unit: people, words: words('inflow') }, { unit: factUnitKey('people'), words: words('inflow') }), 'equal');
  assert.equal(compareMeasure({ unit: claimUnitKey(null, 'terrorist attacks'), words: words(null) }, { unit: factUnitKey('people'), words: words(null) }), 'other');
  assert.equal(compareMeasure({ unit: claimUnitKey('percent', null), words: words('unemployment') }, { unit: factUnitKey('%'), words: words('underemployment') }), 'other');
  assert.equal(compareMeasure({ unit: claimUnitKey('USD', null), words: words(null) }, { unit: factUnitKey('percent'), words: words(null) }), null);
  // A change against a named level is another measure; no words at all is no evidence of a level.
  assert.equal(compareMeasure({ unit: claimUnitKey('percent', null), words: words('price', true) }, { unit: factUnitKey('percent'), words: words('price') }), 'other');
  assert.equal(compareMeasure({ unit: claimUnitKey('percent', null), words: words(null) }, { unit: factUnitKey('percent'), words: words('price', true) }), 'unknown');
});

test('scope: any other wins, part against whole is mixed', () => {
  assert.equal(combineScopes(['equal', 'unknown']), 'equal');
  assert.equal(combineScopes(['part', 'equal']), 'part');
  assert.equal(combineScopes(['part', 'whole']), 'mixed');
  assert.equal(combineScopes(['whole', 'other']), 'other');
});
