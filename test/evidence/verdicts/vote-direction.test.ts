import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { voteWay } from '../../../src/evidence/verdicts/vote-direction.ts';
import { fact, verdictOf } from './judge-one.ts';

const FOR = fact('for', { statement: 'Senator Lin voted for the port expansion bill.' });

test('a vote cast the other way on the same bill contradicts', () => {
  assert.equal(verdictOf('Senator Lin voted against the port expansion bill.', [FOR]).verdict, 'contradicted');
  assert.equal(verdictOf('Senator Lin voted for the port expansion bill.', [fact('against', { statement: 'Senator Lin voted against the port expansion bill.' })]).verdict, 'contradicted');
  assert.equal(verdictOf('Senator Lin voted for the port expansion bill.', [FOR]).verdict, 'supported');
});

test('a reversed vote decides nothing once anything else differs or a negation stands in it', () => {
  for (const claim of [
    'Senator Lin did not vote against the port expansion bill.',
    'Senator Okafor voted against the port expansion bill.',
    'He voted against the port expansion bill.',
    'Senator Lin voted against the repeal of the port expansion bill.',
    'Senator Lin voted against a port expansion bill.',
  ]) assert.equal(verdictOf(claim, [FOR]).verdict, 'unverified', claim);
  // A dated vote may be one of several on the bill.
  const dated = fact('dated', { statement: 'Senator Lin voted against the port expansion bill in March 2015.' });
  assert.equal(verdictOf('Senator Lin voted for the port expansion bill.', [dated]).verdict, 'unverified');
});

test('the way of a vote is the "for" or "against" right after it', () => {
  assert.equal(voteWay(tokenize('Lin voted against the bill.').tokens), 'against');
  assert.equal(voteWay(tokenize('Lin votes for the bill.').tokens), 'for');
  assert.equal(voteWay(tokenize('Lin voted for the bill and against the bond.').tokens), 'for');
  assert.equal(voteWay(tokenize('Lin voted for the bill and voted against the bond.').tokens), null);
  assert.equal(voteWay(tokenize('Lin argued for the bill.').tokens), null);
});

test('a vote the fact tells of someone else, or of a named part of the claim\'s group, decides nothing', () => {
  // The relative clause is Lin's vote, not Okafor's (relative-actor.ts).
  const praised = fact('praised', { statement: 'Senator Okafor praised Senator Lin, who voted for the port expansion bill.' });
  assert.equal(verdictOf('Senator Okafor voted against the port expansion bill.', [praised]).verdict, 'unverified');
  assert.equal(verdictOf('Senator Okafor voted for the port expansion bill.', [praised]).verdict, 'unverified');
  // "House Democrats" are a part of "Democrats"; "David Lin" may not be the claim's Lin.
  assert.equal(verdictOf('Democrats voted against the port expansion bill.', [fact('house', { statement: 'House Democrats voted for the port expansion bill.' })]).verdict, 'unverified');
  assert.equal(verdictOf('Democrats voted against the port expansion bill.', [fact('moderate', { statement: 'Moderate Democrats voted for the port expansion bill.' })]).verdict, 'unverified');
  assert.equal(verdictOf('Democrats voted against the port expansion bill.', [fact('all', { statement: 'Democrats voted for the port expansion bill.' })]).verdict, 'contradicted');
  assert.equal(verdictOf('Senator Lin voted against the port expansion bill.', [fact('david', { statement: 'Senator David Lin voted for the port expansion bill.' })]).verdict, 'unverified');
});

test('a reversed vote contradicts only on one definite thing, and a vote of several decides nothing', () => {
  assert.equal(verdictOf('Senator Lin voted against port expansion bills.', [fact('a', { statement: 'Senator Lin voted for a port expansion bill.' })]).verdict, 'unverified');
  assert.equal(verdictOf('Senator Lin voted against a port expansion bill.', [fact('a', { statement: 'Senator Lin voted for a port expansion bill.' })]).verdict, 'unverified');
  assert.equal(verdictOf('Senator Lin voted against the port expansion bill.', [fact('owner', { statement: "Senator Lin voted for Okafor's port expansion bill." })]).verdict, 'unverified');
  for (const statement of [
    'Senator Lin voted for the port expansion bill once.',
    'Senator Lin voted for the port expansion bill again.',
    'Senator Lin voted for the port expansion bill that year.',
  ]) assert.equal(verdictOf('Senator Lin voted against the port expansion bill.', [fact('several', { statement })]).verdict, 'unverified', statement);
});

test('on the dated path a vote cast the other way, or on another date, decides nothing', () => {
  const march = fact('march', { statement: 'Senator Lin voted for the port expansion bill in March 2015.', time: { from: '2015-03', to: '2015-03' } });
  assert.equal(verdictOf('Senator Lin voted against the port expansion bill in 2015.', [march]).verdict, 'unverified');
  assert.equal(verdictOf('Senator Lin voted for the port expansion bill in 2016.', [march]).verdict, 'unverified');
  assert.equal(verdictOf('Senator Lin voted for the port expansion bill in 2015.', [march]).verdict, 'supported');
  assert.equal(verdictOf('Senator Lin never voted for the port expansion bill in 2015.', [march]).verdict, 'contradicted');
  // A campaign against the bill is no vote against it.
  const campaign = fact('campaign', { statement: 'Senator Lin campaigned against the port expansion bill in 2015.', time: { from: '2015', to: '2015' } });
  assert.equal(verdictOf('Senator Lin voted against the port expansion bill in 2015.', [campaign]).verdict, 'unverified');
});

test('a reversed vote of someone the claim does not name decides nothing', () => {
  assert.equal(verdictOf('The senator voted against the port expansion bill.', [FOR]).verdict, 'unverified');
  assert.equal(verdictOf('Our party voted against the port expansion bill.', [fact('labour', { statement: 'The Labour party voted for the port expansion bill.' })]).verdict, 'unverified');
});
