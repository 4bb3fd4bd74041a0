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

test('a preposition that may reverse the act must be on both sides: "for" is not "against", "to" is not "from"', () => {
  const against = fact('against', { statement: 'Senator Reyes campaigned against the port expansion bill.' });
  assert.equal(verdictOf('Senator Reyes campaigned for the port expansion bill.', [against]).verdict, 'unverified');
  const forIt = fact('for', { statement: 'Senator Reyes campaigned for the port expansion bill.' });
  assert.equal(verdictOf('Senator Reyes campaigned against the port expansion bill.', [forIt]).verdict, 'unverified');
  // A vote is the exception: "voted against" is the same vote cast the other way (vote-direction.test.ts).
  assert.equal(verdictOf('Senator Reyes voted against the port expansion bill.', [fact('vote', { statement: 'Senator Reyes voted for the port expansion bill.' })]).verdict, 'contradicted');
  const from = fact('from', { statement: 'Governor Reyes moved the office from Austin.' });
  assert.equal(verdictOf('Governor Reyes moved the office to Austin.', [from]).verdict, 'unverified');
});

test('who did what to whom: the same words in another order, or the act of someone else, decide nothing', () => {
  const swapped = fact('swapped', { statement: 'Mayor Okafor endorsed Senator Reyes.' });
  assert.equal(verdictOf('Senator Reyes endorsed Mayor Okafor.', [swapped]).verdict, 'unverified');
  assert.equal(verdictOf('Mayor Okafor was endorsed by Senator Reyes.', [swapped]).verdict, 'unverified');
  const other = fact('other', { statement: 'Senator Lee voted for the port expansion bill after Senator Reyes voted against it.' });
  assert.equal(verdictOf('Senator Reyes voted for the port expansion bill.', [other]).verdict, 'unverified');
  const lee = fact('lee', { statement: "Senator Lee called Senator Lin's pact a disaster." });
  assert.equal(verdictOf('Senator Lin called the pact a disaster.', [lee]).verdict, 'unverified');
  const voter = fact('voter', { statement: 'Senator Lin quoted a voter who called the pact a disaster.' });
  assert.equal(verdictOf('Senator Lin called the pact a disaster.', [voter]).verdict, 'unverified');
});

test('a third-person pronoun names no one: a fact naming someone may be about someone else', () => {
  const named = fact('named', { statement: 'Senator Alma Reyes voted for the port expansion bill.' });
  for (const claim of ['He voted for the port expansion bill.', 'They voted for the port expansion bill.', 'We voted for the port expansion bill.']) {
    assert.equal(verdictOf(claim, [named]).verdict, 'unverified', claim);
  }
});

test('a hedged, approximate, conditional, reported or since-changed act is no restatement', () => {
  for (const statement of [
    'Governor Reyes nearly vetoed the port expansion bill.',
    'Governor Reyes hardly vetoed the port expansion bill.',
    'Governor Reyes partially vetoed the port expansion bill.',
    'Governor Reyes reportedly vetoed the port expansion bill.',
    'Governor Reyes no longer vetoes port expansion bills.',
    'If re-elected, Governor Reyes vetoes the port expansion bill.',
    'Had she won, Governor Reyes vetoed the port expansion bill.',
    'Governor Reyes vetoed the port expansion bill, or so her aides claim.',
    'Governor Reyes vetoed the port expansion bill, according to a council report.',
  ]) assert.equal(verdictOf(CLAIM, [fact('f', { statement })]).verdict, 'unverified', statement);
  const past = fact('past', { statement: 'Governor Reyes supported the port expansion bill.' });
  assert.equal(verdictOf('Governor Reyes supports the port expansion bill.', [past]).verdict, 'unverified');
});

test('two negations in one clause ("neither … nor") have no known scope', () => {
  const neither = fact('neither', { statement: 'Neither Governor Reyes nor Mayor Okafor vetoed the port expansion bill.' });
  assert.equal(verdictOf(CLAIM, [neither]).verdict, 'unverified');
  assert.equal(clauseNegation(tokenize('Neither the governor nor the mayor vetoed the bill.').tokens, new Set(['veto', 'bill'])), null);
  // One negation still decides, with a contraction or "never once".
  assert.equal(verdictOf(CLAIM, [fact('n', { statement: 'Governor Reyes didn’t veto the port expansion bill.' })]).verdict, 'contradicted');
  assert.equal(verdictOf(CLAIM, [fact('n', { statement: 'Governor Reyes never once vetoed the port expansion bill.' })]).verdict, 'contradicted');
});

test('a partial quantifier, or a negation that may bear on what the fact adds, decides nothing', () => {
  for (const statement of ['Governor Reyes vetoed some of the port expansion bills.', 'Governor Reyes vetoed half of the port expansion bills.']) {
    assert.equal(verdictOf('Governor Reyes vetoed the port expansion bills.', [fact('f', { statement })]).verdict, 'unverified', statement);
  }
  for (const statement of [
    'Governor Reyes did not veto the port expansion bill alone.',
    'Governor Reyes did not veto the port expansion bill in March.',
    'Governor Reyes did not veto the port expansion bill again.',
    'In 2015 Governor Reyes did not veto the port expansion bill.',
  ]) assert.equal(verdictOf(CLAIM, [fact('f', { statement })]).verdict, 'unverified', statement);
});

test('a relative clause restating the claim tells of the name before it, not of the claim\'s actor', () => {
  const praised = fact('praised', { statement: 'Senator Okafor praised Senator Lin, who vetoed the port expansion bill.' });
  assert.equal(verdictOf('Senator Okafor vetoed the port expansion bill.', [praised]).verdict, 'unverified');
  assert.equal(verdictOf('Senator Lin vetoed the port expansion bill.', [praised]).verdict, 'supported');
});
