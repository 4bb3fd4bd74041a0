import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { clauseNegation } from '../../../src/evidence/verdicts/restated-event.ts';
import { fact, verdictOf } from './judge-one.ts';

const VETO = fact('veto', { statement: 'In March 2015 Governor Alma Reyes vetoed the port expansion bill.', time: { from: '2015-03', to: '2015-03' } });
const CLAIM = 'Governor Reyes vetoed the port expansion bill.';

test('an undated claim with no figure is supported by a valueless fact that restates it', () => {
  const v = verdictOf(CLAIM, [VETO]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['veto']);
  assert.match(v.explanation, /restates it/);
});

test('a negation on one side only, read in the clause that carries the shared words, contradicts', () => {
  assert.equal(verdictOf('Governor Reyes never vetoed the port expansion bill.', [VETO]).verdict, 'contradicted');
  assert.equal(verdictOf(CLAIM, [fact('no', { statement: 'Governor Reyes did not veto the port expansion bill.' })]).verdict, 'contradicted');
  // "No," answers on its own: it restates the denial after it rather than cancelling it.
  assert.equal(verdictOf('No, Governor Reyes did not veto the port expansion bill.', [VETO]).verdict, 'contradicted');
});

test('clause negation: a bare "No" is no clause of its own; a negation among other content words has no known scope', () => {
  const keys = new Set(['veto', 'bill']);
  assert.equal(clauseNegation(tokenize("No, there wasn't a veto of the bill.").tokens, keys), true);
  assert.equal(clauseNegation(tokenize('The mayor did not object, and the governor vetoed the bill.').tokens, keys), null);
  assert.equal(clauseNegation(tokenize('The governor vetoed the bill.').tokens, keys), false);
});

test('a negation in another clause of the fact leaves the claim unverified', () => {
  const other = fact('other', { statement: 'Governor Reyes vetoed the port expansion bill, which the council did not oppose.' });
  assert.equal(verdictOf(CLAIM, [other]).verdict, 'unverified');
});

test('a fact that quotes the claim to refute it, reports a denial or a fact-check, or asks, decides nothing', () => {
  for (const statement of [
    'The photo described as Governor Reyes vetoing the port expansion bill actually shows her signing it.',
    'Governor Reyes denied that she vetoed the port expansion bill.',
    'Fact-checkers found no evidence that Governor Reyes vetoed the port expansion bill.',
    'Critics said Governor Reyes vetoed the port expansion bill.',
    'Did Governor Reyes veto the port expansion bill?',
  ]) assert.equal(verdictOf(CLAIM, [fact('f', { statement })]).verdict, 'unverified', statement);
});

test('a claim and a fact differing in one deciding word decide nothing', () => {
  for (const claim of [
    'Governor Reyes signed the port expansion bill.',
    'Governor Reyes wanted to veto the port expansion bill.',
    'Governor Reyes would veto the port expansion bill.',
    'Governor Reyes vetoed only the port expansion bill.',
  ]) assert.equal(verdictOf(claim, [VETO]).verdict, 'unverified', claim);
  const sets = fact('sets', { statement: "Senator Lin's words were: 'This pact sets the gold standard in trade agreements.'" });
  assert.equal(verdictOf('Senator Lin hoped the pact would be the gold standard of trade deals.', [sets]).verdict, 'unverified');
  const foe = fact('foe', { statement: "Senator Lin called Freedonia the nation's No. 1 geopolitical foe." });
  assert.equal(verdictOf('Senator Lin called Freedonia the top geopolitical threat to the nation.', [foe]).verdict, 'unverified');
  // The fact's own clause may not add a word either: vetoing a bill's repeal is not vetoing the bill.
  assert.equal(verdictOf(CLAIM, [fact('repeal', { statement: 'Governor Reyes vetoed the repeal of the port expansion bill.' })]).verdict, 'unverified');
});

test('a trade "deal" is a trade "agreement"; the reporting verb may be shared', () => {
  const called = fact('called', { statement: 'In 2012 Senator Lin gave a speech in which she called the pact the gold standard of trade agreements.' });
  assert.equal(verdictOf('Senator Lin called the pact the gold standard of trade deals.', [called]).verdict, 'supported');
});

test('a claim bounded relative to when it was spoken is not decided without the text date', () => {
  assert.equal(verdictOf("Governor Reyes hasn't vetoed a port expansion bill in years.", [VETO]).verdict, 'unverified');
  assert.equal(verdictOf('Governor Reyes recently vetoed the port expansion bill.', [VETO]).verdict, 'unverified');
  assert.equal(verdictOf('Governor Reyes vetoed the port expansion bill two weeks ago.', [VETO]).verdict, 'unverified');
});

test('restating facts that disagree leave the claim unverified', () => {
  const not = fact('not', { statement: 'Governor Reyes did not veto the port expansion bill.' });
  assert.equal(verdictOf(CLAIM, [VETO, not]).verdict, 'unverified');
});

test('a fact with a value is not a restatement', () => {
  const valued = fact('valued', { statement: 'Governor Reyes vetoed the port expansion bill, worth $40 million.', value: 40_000_000, unit: 'USD' });
  assert.equal(verdictOf(CLAIM, [valued]).verdict, 'unverified');
});
