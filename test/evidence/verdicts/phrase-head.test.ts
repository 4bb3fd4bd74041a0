import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseHead } from '../../../src/evidence/verdicts/phrase-head.ts';
import { tokenize } from '../../../src/nlp/tokenize.ts';

const head = (phrase: string): string | null => phraseHead(tokenize(phrase).tokens)?.value ?? null;

test('the head of a subject is the last noun of its first noun group', () => {
  assert.equal(head('low-income pensioners getting the heating subsidy'), 'pensioners');
  assert.equal(head('people outside the labour force who want a job'), 'people');
  assert.equal(head('Syrian refugees living in Jordan'), 'refugees');
  assert.equal(head('of 12 and under'), null);
});
