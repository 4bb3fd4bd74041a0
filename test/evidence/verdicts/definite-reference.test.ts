import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { referenceOf } from '../../../src/evidence/verdicts/definite-reference.ts';
import { fact, verdictOf } from './judge-one.ts';

test('"the bill" is not restated by "a bill", nor "a bill" by "the bill"', () => {
  assert.equal(verdictOf('Governor Reyes vetoed the bill.', [fact('a', { statement: 'Governor Reyes vetoed a bill.' })]).verdict, 'unverified');
  assert.equal(verdictOf('Governor Reyes vetoed a bill.', [fact('the', { statement: 'Governor Reyes vetoed the bill.' })]).verdict, 'unverified');
  assert.equal(verdictOf('Governor Reyes never vetoed a bill.', [fact('the', { statement: 'Governor Reyes vetoed the bill.' })]).verdict, 'unverified');
});

test('the same reference on both sides still restates', () => {
  assert.equal(verdictOf('Governor Reyes vetoed the bill.', [fact('the', { statement: 'Governor Reyes vetoed the bill.' })]).verdict, 'supported');
  assert.equal(verdictOf('Governor Reyes vetoed a bill.', [fact('a', { statement: 'Governor Reyes vetoed a bill.' })]).verdict, 'supported');
  // A possessive is definite like "the".
  assert.equal(verdictOf("Governor Reyes vetoed Lin's bill.", [fact('a', { statement: "Governor Reyes vetoed Lin's bill." })]).verdict, 'supported');
});

test('reference of a noun phrase from its opening word', () => {
  const { tokens } = tokenize('She vetoed the port expansion bill and a tax bill and bills.');
  const at = (word: string, nth = 0): number => tokens.map((t, i) => [t.normal, i] as const).filter(([n]) => n === word)[nth]?.[1] ?? -1;
  assert.equal(referenceOf(tokens, at('bill')), 'definite');
  assert.equal(referenceOf(tokens, at('bill', 1)), 'indefinite');
  assert.equal(referenceOf(tokens, at('bills')), null);
});

test('the dated path reads "the" and "a" alike: one act of a kind on one date says nothing of another', () => {
  const on = (year: string, statement: string): ReturnType<typeof fact> => fact(year, { statement, time: { from: year, to: year } });
  assert.equal(verdictOf('Governor Reyes vetoed the bill in 2015.', [on('2015', 'Governor Reyes vetoed a bill in 2015.')]).verdict, 'unverified');
  assert.equal(verdictOf('Governor Reyes vetoed a bill in 2016.', [on('2015', 'Governor Reyes vetoed the bill in 2015.')]).verdict, 'unverified');
  assert.equal(verdictOf('Governor Reyes signed a tax cut in 2016.', [on('2015', 'Governor Reyes signed a tax cut in 2015.')]).verdict, 'unverified');
  // The same definite thing on another date is still denied, on the same date restated.
  assert.equal(verdictOf('Governor Reyes vetoed the port bill in 2016.', [on('2015', 'Governor Reyes vetoed the port bill in 2015.')]).verdict, 'contradicted');
  assert.equal(verdictOf('Governor Reyes vetoed the port bill in 2015.', [on('2015', 'Governor Reyes vetoed the port bill in 2015.')]).verdict, 'supported');
});
