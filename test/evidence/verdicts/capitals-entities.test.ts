import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.ts';
import { trustedEntities } from '../../../src/evidence/verdicts/capitals-entities.ts';
import { profileClaim } from '../../../src/evidence/verdicts/claim-profile.ts';
import { profileFact } from '../../../src/evidence/verdicts/fact-profile.ts';
import { retrieveCandidates } from '../../../src/evidence/verdicts/retrieve-candidates.ts';
import { fact } from './judge-one.ts';

const unitOf = (text: string) => {
  const unit = analyze(text).units[0];
  assert.ok(unit !== undefined);
  return unit;
};

test('in a transcript written in capitals, a capitalised run is no name', () => {
  const unit = unitOf('THE MAYOR SAID WE DID NOT WANT GUNS TO BE SHOT IN A CITY PARK.');
  // The entity pass guesses a place from the run ending in "PARK"; the verdict logic drops the guess.
  assert.ok(unit.entities.some((e) => e.source === 'pattern'));
  assert.deepEqual(trustedEntities(unit).filter((e) => e.source === 'pattern'), []);
  const claim = profileClaim(unit);
  assert.deepEqual(claim.places, []);
  assert.ok(!claim.names.has('park') && !claim.names.has('gun'));
});

test('so its topic words retrieve a fact written in ordinary case', () => {
  const claim = profileClaim(unitOf('THE MAYOR SAID WE DID NOT WANT GUNS TO BE SHOT IN A CITY PARK.'));
  const parks = profileFact(fact('parks', { statement: 'Two city ordinances prohibit discharging guns in public parks.' }));
  assert.deepEqual(retrieveCandidates(claim, [parks]).map((c) => c.profile.fact.id), ['parks']);
});

test('names the gazetteer knows stay, and text in ordinary case keeps every entity', () => {
  const caps = unitOf('REFUGEES CROSSED FROM AFGHANISTAN INTO PAKISTAN LAST YEAR.');
  assert.deepEqual(trustedEntities(caps).map((e) => e.name), caps.entities.map((e) => e.name));
  const plain = unitOf('The Harrow Software Collective opened an office in Lincoln Park.');
  assert.deepEqual(trustedEntities(plain), plain.entities);
});
