import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact, verdictOf } from './judge-one.ts';

// A part of the claimed period and place: a lower bound on the claimed total, if it counts the same thing.
const BAVARIA_2019 = fact('bavaria-2019', {
  statement: 'About 25,000 refugees arrived in Bavaria, Germany, in 2019.', subject: 'asylum arrivals in Bavaria', value: 25000, unit: 'people',
  time: { from: '2019', to: '2019' }, place: 'Bavaria',
});

test('a part already larger than the claimed total contradicts it when both count the same thing', () => {
  const v = verdictOf('Between 2015 and 2020, 20,000 refugees arrived in Germany.', [BAVARIA_2019]);
  assert.equal(v.verdict, 'contradicted');
  assert.match(v.explanation, /already more than the claimed figure/);
});

test('a part of another measure bounds nothing: no "already more than" contradiction', () => {
  // Refugees passing exams are not refugee arrivals; before, the arrivals were read as a lower
  // bound on the exam passes because the claim named no measure of its own.
  assert.equal(verdictOf('Between 2015 and 2020, 20,000 refugees in Germany passed language exams.', [BAVARIA_2019]).verdict, 'unverified');
});

const ROAD_DEATHS = fact('road-deaths', {
  statement: 'About 3,000 people died in road accidents in Punjab, Pakistan, in 2019.', subject: 'road accident deaths in Punjab', value: 3000, unit: 'people',
  time: { from: '2019', to: '2019' }, place: 'Punjab, Pakistan',
});

test('deaths of one kind bound nothing about deaths of another, though the measure and the country are shared', () => {
  // Before, "deaths" and "Pakistan" alone made road deaths in Punjab "already more than" the
  // claimed killings in attacks.
  assert.equal(verdictOf('In 2019, 500 people were killed in militant attacks in Pakistan.', [ROAD_DEATHS]).verdict, 'unverified');
  assert.equal(verdictOf('In 2019, 500 people died in road accidents in Pakistan.', [ROAD_DEATHS]).verdict, 'contradicted');
});

test('a part only a little above the claimed total is within a hedge\'s slack: no contradiction', () => {
  // 25,000 is 9 percent above 23,000: before, beyond the exact figure's 5 percent and contradicted.
  // A bound rests on the part lying inside the claim's period, so it needs a clear break.
  assert.equal(verdictOf('Between 2015 and 2020, 23,000 refugees arrived in Germany.', [BAVARIA_2019]).verdict, 'unverified');
  assert.equal(verdictOf('Between 2015 and 2020, 22,000 refugees arrived in Germany.', [BAVARIA_2019]).verdict, 'contradicted');
});
