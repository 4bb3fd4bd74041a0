import { test } from 'node:test';
import assert from 'node:assert/strict';
import { subjectCountedNoun } from '../../../src/evidence/verdicts/subject-counted-noun.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';
import { fact, verdictOf } from './judge-one.ts';

/** The counted noun read for the first number of `text`. */
function countedOf(text: string): string | null {
  const { tokens } = tokenize(text);
  return subjectCountedNoun(tokens, tokens.findIndex((t) => t.pos === 'NUM' && !/^(19|20)\d\d$/.test(t.value)));
}

test('a bare figure after a verb of level counts the head of the verb\'s subject', () => {
  assert.equal(countedOf('Reported burglaries in Leeds fell to 4,210 in 2021.'), 'burglaries');
  assert.equal(countedOf('In 2016, the number of asylum seekers in Austria reached 88,000.'), 'seekers');
  assert.equal(countedOf('Flood deaths stood at 57.'), 'deaths');
  assert.equal(countedOf('Last year road closures climbed sharply to 140.'), 'closures');
  assert.equal(countedOf('Evictions in Lisbon reached a record 140.'), 'Evictions');
});

test('no counted noun without such a verb, or when the subject names no countable thing', () => {
  assert.equal(countedOf('Reported burglaries in Leeds were about 4,210.'), null);
  assert.equal(countedOf('The jobless rate rose to 9.'), null);
  assert.equal(countedOf('It reached 4,210.'), null);
  // A number is no verb: "Burglaries were 300, 4,210 …" has none to take a subject from.
  assert.equal(countedOf('Burglaries, 4,210 of them, were reported.'), null);
});

const BURGLARIES = fact('burglaries', {
  statement: 'Police in Leeds recorded 4,210 burglaries in 2021.', subject: 'recorded burglaries in Leeds', value: 4210, unit: 'burglaries',
  time: { from: '2021', to: '2021' }, place: 'Leeds',
});

test('supports "X rose to N" against a fact counting X, where a bare N was unverified before', () => {
  const v = verdictOf('Recorded burglaries in Leeds fell to 4,200 in 2021.', [BURGLARIES]);
  assert.equal(v.verdict, 'supported');
  assert.deepEqual(v.facts, ['burglaries']);
  assert.match(v.explanation, /"4,200 burglaries"/);
});

test('contradicts "X rose to N" when the fact counting X gives another number', () => {
  assert.equal(verdictOf('Recorded burglaries in Leeds rose to 6,000 in 2021.', [BURGLARIES]).verdict, 'contradicted');
});
