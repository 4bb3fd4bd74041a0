import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { profileClaim } from '../../src/evidence/verdicts/claim-profile.ts';
import { measureAround } from '../../src/evidence/verdicts/compare-measure.ts';
import { claimUnitKey, factUnitKey } from '../../src/evidence/verdicts/unit-key.ts';
import { fitNumber, roundingTolerance } from '../../src/evidence/verdicts/compare-quantity.ts';
import { sameParty, sharesTopic } from '../../src/evidence/verdicts/compare-subject.ts';
import { profileFact } from '../../src/evidence/verdicts/fact-profile.ts';
import { canonicalTerm } from '../../src/evidence/verdicts/term-synonyms.ts';
import { readableCase, sharedTerms, textTerms } from '../../src/evidence/verdicts/text-terms.ts';
import type { Fact } from '../../src/model/evidence-schema.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';

/** Invented facts and claims: none comes from an evaluation set. */
const source = { title: 'Test fixture', url: null };
const fact = (id: string, fields: Partial<Fact>): Fact => ({
  id, statement: '', subject: null, value: null, unit: null, time: null, place: null, source, quote: null, ...fields,
});
const claimOf = (text: string) => {
  const unit = analyze(text).units[0];
  assert.ok(unit !== undefined);
  return profileClaim(unit);
};

test('terms: text in capitals is read as words, keeping offsets and the speaker\'s spelling', () => {
  const shouted = 'THE CITY COUNCIL WANTS NEW PARKING METERS';
  assert.equal(readableCase(shouted).length, shouted.length);
  assert.equal(readableCase('The city council wants parking meters'), 'The city council wants parking meters');
  const terms = textTerms(shouted);
  assert.deepEqual(sharedTerms(terms.terms, textTerms('Parking meters approved by the city council').terms), ['city', 'council', 'meter', 'parking']);
  assert.equal(terms.tokens[1]?.value, 'CITY');
});

test('terms: hyphenated spellings meet joined ones, and measure synonyms meet', () => {
  assert.ok(textTerms('She sent 40 e-mails').terms.has('email'));
  assert.equal(canonicalTerm('hike'), 'increase');
  assert.equal(canonicalTerm('overturn'), 'reverse');
  assert.equal(canonicalTerm('cut'), 'reduce');
  assert.deepEqual(sharedTerms(textTerms('a fare hike for buses').terms, textTerms('bus fare increase').terms), ['bus', 'fare', 'increase']);
  // A function word the tagger reads as an adverb is no topic word.
  assert.ok(!textTerms('a rise as large as last year').terms.has('as'));
});

test('units: the quantities pass\'s "years" is a fact\'s "year", and "e-mails" counts what "emails" counts', () => {
  assert.deepEqual(claimUnitKey('years', null), factUnitKey('years'));
  assert.deepEqual(claimUnitKey(null, 'e-mails'), factUnitKey('emails'));
});

test('quantities: a hyphenated count ("a 40-page report") counts its noun', () => {
  const [figure] = claimOf('The council published a 40-page report on bus lanes.').figures;
  assert.equal(figure?.surface, '40-page');
  assert.deepEqual(figure?.unit, { dimension: 'count', noun: 'page' });
});

test('quantities: a figure rounded to one significant digit allows the rounding, up to a hedge\'s slack', () => {
  assert.equal(roundingTolerance(3e9), 0.1);
  assert.equal(roundingTolerance(90), 5 / 90);
  assert.equal(roundingTolerance(41_000), 0.05);
  const exact = (v: number) => ({ min: v, max: v, approximate: false });
  assert.equal(fitNumber(exact(3e9), 2.8e9), 'inside');
  assert.equal(fitNumber(exact(3e9), 2.6e9), 'below');
  assert.equal(fitNumber(exact(3.1e9), 2.8e9), 'below');
});

test('change or level: "to X" names the level reached, "by X" the change', () => {
  const around = (text: string, figure: string) => {
    const { tokens } = tokenize(text);
    const first = tokens.findIndex((t) => t.value === figure);
    return measureAround(tokens, first, first + 1);
  };
  assert.equal(around('The board voted to increase the library budget to 900 euros', '900').change, false);
  assert.equal(around('The board voted to increase the library budget by 900 euros', '900').change, true);
  assert.equal(around('The board will lift the library budget by 900 euros', '900').change, true);
  assert.equal(around('The board will raise the library fee by 9 euros', '9').change, true);
});

test('subject: one shared word is no shared topic; a fact naming another party is about that party', () => {
  const claim = claimOf('Alice Moreno spent $4 million on television ads.');
  const figure = claim.figures[0];
  assert.ok(figure !== undefined);
  const hers = profileFact(fact('a', { statement: 'Alice Moreno spent $9 million on television ads.', subject: 'television ad spending by Alice Moreno', value: 9e6, unit: 'USD' }));
  const his = profileFact(fact('b', { statement: 'Bob Lintner spent $9 million on television ads.', subject: 'television ad spending by Bob Lintner', value: 9e6, unit: 'USD' }));
  const licences = profileFact(fact('c', { statement: 'The province took in $9 million from television licences.', subject: 'television licence revenue', value: 9e6, unit: 'USD' }));
  assert.ok(sharesTopic(claim, figure, hers) && sameParty(claim, hers));
  assert.ok(sharesTopic(claim, figure, his) && !sameParty(claim, his));
  assert.ok(!sharesTopic(claim, figure, licences));
});
