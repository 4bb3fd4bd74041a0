import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.ts';
import { judge } from '../../../src/evidence/verdicts/judge.ts';
import { speakerNames } from '../../../src/evidence/verdicts/person-reference.ts';
import type { Fact } from '../../../src/model/evidence-schema.ts';
import { fact, verdictOf } from './judge-one.ts';

const VETO = fact('veto', { statement: 'Governor Alma Reyes vetoed the port expansion bill.' });
const DATED = fact('dated', { statement: 'Governor Alma Reyes vetoed the port expansion bill in March 2015.', time: { from: '2015-03', to: '2015-03' } });

/** The verdict on one sentence said by `speaker`. */
function spokenBy(text: string, speaker: string | null, facts: readonly Fact[]): string {
  const analysis = analyze(text);
  const units = analysis.units.map((u) => ({ ...u, kind: 'fact' as const, checkworthy: true, speaker }));
  return judge({ units }, facts).verdicts[0]?.verdict ?? 'none';
}

test('"I" or "you" is not the person a fact names when nothing says who is meant', () => {
  assert.equal(verdictOf('I vetoed the port expansion bill.', [VETO]).verdict, 'unverified');
  assert.equal(verdictOf('You vetoed the port expansion bill.', [VETO]).verdict, 'unverified');
  assert.equal(verdictOf('You never vetoed the port expansion bill.', [VETO]).verdict, 'unverified');
  // The dated path too: "in 2015" does not say whose veto.
  assert.equal(verdictOf('I vetoed the port expansion bill in 2015.', [DATED]).verdict, 'unverified');
});

test('"I" is the speaker: a fact naming the speaker restates the claim, one naming someone else does not', () => {
  assert.equal(spokenBy('I vetoed the port expansion bill.', 'GOV. REYES', [VETO]), 'supported');
  assert.equal(spokenBy('I never vetoed the port expansion bill.', 'REYES', [VETO]), 'contradicted');
  assert.equal(spokenBy('I vetoed the port expansion bill.', 'SENATOR LIN', [VETO]), 'unverified');
  assert.equal(spokenBy('I vetoed the port expansion bill.', null, [VETO]), 'unverified');
  // "You" is not resolved by the speaker.
  assert.equal(spokenBy('You vetoed the port expansion bill.', 'LIN', [VETO]), 'unverified');
});

test('"I" is resolved by the names of the clauses that restate the claim, not by others the fact names', () => {
  const denial = fact('denial', { statement: 'The dockworkers union did not sue Okafor; it filed a brief supporting Lin and Reyes.' });
  assert.equal(spokenBy('The dockworkers union sued me.', 'OKAFOR', [denial]), 'contradicted');
  assert.equal(spokenBy('The dockworkers union sued me.', 'LIN', [denial]), 'unverified');
  assert.equal(spokenBy('The dockworkers union sued me.', null, [denial]), 'unverified');
});

test('"you" with the addressee named in the claim is resolved by that name', () => {
  const lin = fact('lin', { statement: 'Mary Lin voted for the port expansion bill.' });
  assert.equal(verdictOf('Lin, you voted for the port expansion bill.', [lin]).verdict, 'supported');
  assert.equal(verdictOf('Okafor, you voted for the port expansion bill.', [lin]).verdict, 'unverified');
});

test('a speaker label gives its name words without titles', () => {
  assert.deepEqual([...speakerNames('MR. ROMNEY')], ['romney']);
  assert.deepEqual([...speakerNames('PRESIDENT OBAMA')], ['obama']);
  assert.equal(speakerNames(null).size, 0);
});

test('"I" is not resolved by a fact that names someone else of the same surname, a first name alone, or a title alone', () => {
  assert.equal(spokenBy('I vetoed the port expansion bill.', 'JOHN REYES', [VETO]), 'unverified');
  assert.equal(spokenBy('I vetoed the port expansion bill.', 'ALMA', [VETO]), 'unverified');
  assert.equal(spokenBy('I vetoed the port expansion bill.', 'ALMA REYES', [VETO]), 'supported');
  assert.equal(spokenBy('I vetoed the port expansion bill.', 'REYES SUPPORTER', [VETO]), 'unverified');
  const titled = fact('titled', { statement: 'The Governor vetoed the port expansion bill.' });
  assert.equal(spokenBy('I vetoed the port expansion bill.', 'LIN', [titled]), 'unverified');
  assert.equal(spokenBy('I vetoed the port expansion bill.', null, [titled]), 'unverified');
  assert.equal(spokenBy('You vetoed the port expansion bill.', null, [titled]), 'unverified');
  assert.equal(spokenBy('The union sued me.', 'LIN', [fact('senator', { statement: 'The union sued the Senator.' })]), 'unverified');
});

test('"I" or "you" beside a name the fact gives is a part the fact does not state', () => {
  const lin = fact('lin', { statement: 'Senator Lin opposed the port expansion bill.' });
  assert.equal(spokenBy('Senator Lin and I opposed the port expansion bill.', 'OKAFOR', [lin]), 'unverified');
  assert.equal(spokenBy('You and Senator Lin opposed the port expansion bill.', null, [lin]), 'unverified');
  assert.equal(spokenBy('Reyes and I vetoed the port expansion bill.', 'LIN', [VETO]), 'unverified');
  // "My" and "your" are the speaker's and the addressee's too.
  assert.equal(spokenBy('Governor Reyes vetoed my port expansion bill.', 'OKAFOR', [VETO]), 'unverified');
  assert.equal(spokenBy('Governor Reyes vetoed your port expansion bill.', null, [VETO]), 'unverified');
  const owned = fact('owned', { statement: "Governor Alma Reyes vetoed Senator Lin's port expansion bill." });
  assert.equal(spokenBy('Governor Reyes vetoed my port expansion bill.', 'LIN', [owned]), 'supported');
});
