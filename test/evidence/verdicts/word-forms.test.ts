import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedTerms, stem, textTerms } from '../../../src/evidence/verdicts/text-terms.ts';
import { isContraction, verdictLemma } from '../../../src/evidence/verdicts/word-forms.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

const termsOf = (text: string): string[] => [...textTerms(text).terms].sort();

/** wink's lemma and the verdict lemma of `word` in `text`. */
const lemmas = (text: string, word: string): [string, string] => {
  const token = tokenize(text).tokens.find((t) => t.normal === word);
  assert.ok(token !== undefined, word);
  return [token.lemma, verdictLemma(token)];
};

test('a one-syllable verb that does not double its last consonant is the "-e" verb, where wink strips only "-ed" or "-ing"', () => {
  assert.deepEqual(
    [lemmas('He was fined.', 'fined'), lemmas('They stared at it.', 'stared'), lemmas('It was coded by hand.', 'coded'), lemmas('They are taping it.', 'taping')],
    [['fin', 'fine'], ['star', 'stare'], ['cod', 'code'], ['tap', 'tape']],
  );
  assert.deepEqual(termsOf('The board fined the mayor.'), ['board', 'fine', 'mayor']);
});

test('a verb that doubles its consonant keeps its own lemma, and a doubled consonant wink leaves is undone', () => {
  assert.deepEqual(termsOf('The singer rapped and the aide tapped the phone.'), ['aide', 'phone', 'rap', 'singer', 'tap']);
  assert.deepEqual(lemmas('She slimmed the budget.', 'slimmed'), ['slimmed', 'slim']);
  // A word that ends doubled is not undone: "passed" is "pass", not "pas".
  assert.deepEqual(lemmas('The bill passed.', 'passed'), ['pass', 'pass']);
});

test('a plural in "-oes" drops "es" only where that leaves a word: Vetoes is veto, shoes is shoe', () => {
  assert.deepEqual(['Vetoes', 'heroes', 'Tomatoes', 'shoes', 'toes', 'canoes', 'foes'].map(stem), ['veto', 'hero', 'tomato', 'shoe', 'toe', 'canoe', 'foe']);
  assert.deepEqual(termsOf('Vetoes were issued.'), ['issue', 'veto']);
});

test('"I’m" and "here’s", kept whole by wink, are no content words, with either apostrophe', () => {
  assert.deepEqual(['I’m', "I'm", 'i’m', 'here’s', 'we’re', 'O’Rourke', "rock'n'roll"].map(isContraction), [true, true, true, true, true, false, false]);
  assert.deepEqual(termsOf('I’m sure here’s the plan.'), ['plan', 'sure']);
  assert.deepEqual(termsOf("I'm sure here's the plan."), ['plan', 'sure']);
  assert.deepEqual(termsOf('Where and how did it happen, and when and why?'), ['happen']);
});

test('a name with a typographic apostrophe meets the same name with a plain one', () => {
  assert.deepEqual(sharedTerms(textTerms('O’Rourke voted against it.').terms, textTerms("O'Rourke voted against it.").terms), ["o'rourke", 'vote']);
  const vote = fact('vote', { statement: "In 2019 O'Rourke voted against the port expansion bill.", time: { from: '2019', to: '2019' } });
  assert.equal(verdictOf('O’Rourke voted against the port expansion bill.', [vote]).verdict, 'supported');
});

test('an institution and its members stay apart: the Senate is not its senators, Congress not a congressman', () => {
  assert.deepEqual(sharedTerms(textTerms('The Senate passed the bill.').terms, textTerms('Senators passed the bill.').terms), ['bill', 'pass']);
  assert.deepEqual(sharedTerms(textTerms('Congress funded the wall.').terms, textTerms('A congressman funded the wall.').terms), ['fund', 'wall']);
});

test('a capitalised plural in "-oes" meets the same noun in a fact', () => {
  const imports = fact('imports', {
    statement: 'US imports of tomatoes from Mexico rose 30 percent in 2018.', subject: 'change in US imports of tomatoes from Mexico',
    value: 30, unit: 'percent', time: { from: '2018', to: '2018' },
  });
  assert.deepEqual(
    ['Tomatoes imported from Mexico rose 60 percent in 2018.', 'Potatoes imported from Canada rose 60 percent in 2018.'].map((claim) => verdictOf(claim, [imports]).verdict),
    ['contradicted', 'unverified'],
  );
});
