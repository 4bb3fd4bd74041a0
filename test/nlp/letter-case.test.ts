import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startsWithCapital } from '../../src/nlp/letter-case.ts';

test('a capital first letter is told in any script; digits, marks and lower case are not capitals', () => {
  assert.equal(startsWithCapital('Oslo'), true);
  assert.equal(startsWithCapital('Élysée'), true);
  assert.equal(startsWithCapital('Ωmega'), true);
  assert.equal(startsWithCapital('oslo'), false);
  assert.equal(startsWithCapital('1990s'), false);
  assert.equal(startsWithCapital("'90s"), false);
  assert.equal(startsWithCapital(''), false);
});
