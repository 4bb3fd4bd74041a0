import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureAround } from '../../../src/evidence/verdicts/compare-measure.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

/** The measure words around the figure `number` of `text`, its span running through `noun`. */
function measureOf(text: string, number: string, noun: string) {
  const { tokens } = tokenize(text);
  return measureAround(tokens, tokens.findIndex((t) => t.value === number), tokens.findIndex((t) => t.value === noun) + 1);
}

test('a comparative between a number and its noun makes the figure a change', () => {
  assert.equal(measureOf('There were 300 more attacks in Mali in 2022.', '300', 'attacks').change, true);
  assert.equal(measureOf('Ohio has 4,000 fewer nurses than in 2015.', '4,000', 'nurses').change, true);
  // Before "than" it only bounds the figure.
  assert.equal(measureOf('There were more than 300 attacks in Mali in 2022.', 'more', 'attacks').change, false);
});

test('"300 more attacks" is a change: a level that happens to fit it was borrowed, not support', () => {
  const level = fact('mali-2022', {
    statement: 'Militant attacks in Mali numbered 310 in 2022.', subject: 'militant attacks in Mali', value: 310, unit: 'attacks', time: { from: '2022', to: '2022' }, place: 'Mali',
  });
  // Before, "more" inside the figure was ignored, so the level of 310 supported a rise of 300.
  const v = verdictOf('Mali saw 300 more attacks in 2022.', [level]);
  assert.equal(v.verdict, 'misleading');
  assert.match(v.explanation, /it measures attacks \("attacks"\), not a change in attacks \("attacks"\)/);
});
