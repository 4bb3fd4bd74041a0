import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureOfPhrase } from '../../../src/evidence/verdicts/compare-measure.ts';
import { canonicalTerm, contextualTerm } from '../../../src/evidence/verdicts/term-synonyms.ts';
import { textTerms } from '../../../src/evidence/verdicts/text-terms.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

const termAt = (text: string, word: string): string | null => {
  const { tokens } = tokenize(text);
  return contextualTerm(tokens, tokens.findIndex((t) => t.normal === word));
};

test('wages, salaries and earnings are one measure; "net worth" is wealth', () => {
  assert.equal(canonicalTerm('salary'), 'wage');
  assert.equal(canonicalTerm('earning'), 'wage');
  assert.equal(termAt('Their net worth doubled.', 'worth'), 'wealth');
  assert.equal(termAt('Their net-worth doubled.', 'worth'), 'wealth');
  assert.equal(termAt('It bought $3 million worth of art.', 'worth'), null);
  assert.equal(measureOfPhrase(tokenize('median weekly earnings of bus drivers').tokens).category, 'wages');
  assert.equal(measureOfPhrase(tokenize('net worth of the richest family').tokens).category, 'wealth');
});

test('"pay" is a wage only where it is a noun', () => {
  assert.equal(termAt('Average hourly pay rose in May.', 'pay'), 'wage');
  assert.equal(termAt('Their pay was frozen.', 'pay'), 'wage');
  assert.equal(termAt('We pay 12 percent of the cost.', 'pay'), null);
  assert.equal(termAt('They want to pay for it with loans.', 'pay'), null);
  assert.equal(textTerms('We pay 12 percent of the cost.').terms.has('wage'), false);
});

const EARNINGS = fact('earnings', {
  statement: 'Average weekly earnings of care workers in Scotland were 410 pounds in 2021.', subject: 'average weekly earnings of care workers in Scotland',
  value: 410, unit: 'GBP', time: { from: '2021', to: '2021' }, place: 'Scotland',
});
const WEALTH = fact('wealth', {
  statement: 'The Okafor family had a net worth of $2.1 billion in 2022.', subject: 'net worth of the Okafor family', value: 2.1e9, unit: 'USD', time: { from: '2022', to: '2022' },
});

test('a claim about wages meets a fact about earnings, and a claim about wealth one about net worth', () => {
  // Before, "wages" and "earnings" were different measures and nothing said "£520" was wrong.
  assert.equal(verdictOf('In 2021 care workers in Scotland had wages of £520 a week.', [EARNINGS]).verdict, 'contradicted');
  // Before, "wealth" shared no word with "net worth", so the fact was not even retrieved.
  const v = verdictOf('The wealth of the Okafors reached $2 billion in 2022.', [WEALTH]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['wealth']);
});

test('a trade "deal" is an agreement and "vets" are veterans, as nouns only', () => {
  assert.equal(termAt('The trade deals were signed.', 'deals'), 'agreement');
  assert.equal(termAt('We take care of our vets.', 'vets'), 'veteran');
  assert.ok(textTerms('We take better care of our vets.').terms.has('veteran'));
  // The verbs differ: to vet a candidate, to deal with a problem.
  assert.equal(termAt('We need to vet the refugees.', 'vet'), null);
  assert.equal(termAt('We will deal with it.', 'deal'), null);
});
