import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../src/model/analysis-schema.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { findAcronymDefinitions, findEntities } from '../../src/passes/entities/entities.ts';

/** The entities of a text, with acronyms defined anywhere in it, as the pass finds them. */
function entities(text: string): Entity[] {
  const { tokens } = tokenize(text);
  return findEntities(tokens, 0, tokens.length, text, findAcronymDefinitions(tokens));
}

/** The expected entity covering the `nth` occurrence (0-based) of `surface` in `text`. */
function entity(text: string, surface: string, fields: Omit<Entity, 'text' | 'start' | 'end'>, nth = 0): Entity {
  let start = -1;
  for (let k = 0; k <= nth; k += 1) start = text.indexOf(surface, start + 1);
  assert.ok(start >= 0, `"${surface}" is not in "${text}"`);
  return { text: surface, start, end: start + surface.length, ...fields };
}

test('finds gazetteer places with the places that contain them, innermost first', () => {
  const s = 'Officials in Bavaria met residents of Karachi.';
  assert.deepEqual(entities(s), [
    entity(s, 'Bavaria', { type: 'place', name: 'Bavaria', partOf: ['Germany'], source: 'gazetteer' }),
    entity(s, 'Karachi', { type: 'place', name: 'Karachi', partOf: ['Sindh', 'Pakistan'], source: 'gazetteer' }),
  ]);
});

test('reads demonyms as groups named by their plural', () => {
  const s = 'Many Kenyans and one Nigerian engineer objected.';
  assert.deepEqual(entities(s), [
    entity(s, 'Kenyans', { type: 'group', name: 'Kenyans', partOf: [], source: 'gazetteer' }),
    entity(s, 'Nigerian', { type: 'group', name: 'Nigerians', partOf: [], source: 'gazetteer' }),
  ]);
});

test('resolves an acronym the text defines after the long name, at every later use', () => {
  const s = 'The Northern Water Authority (NWA) raised prices, and the NWA says more rises will come.';
  const nwa = { type: 'organisation', name: 'Northern Water Authority', partOf: [] } satisfies Partial<Entity>;
  assert.deepEqual(entities(s), [
    entity(s, 'Northern Water Authority', { ...nwa, source: 'pattern' }),
    entity(s, 'NWA', { ...nwa, source: 'acronym' }, 0),
    entity(s, 'NWA', { ...nwa, source: 'acronym' }, 1),
  ]);
});

test('leaves words before the long name out of an acronym definition', () => {
  const { tokens } = tokenize('Yesterday the Fenwick Valley Land Trust (FVLT) bought the farm.');
  assert.deepEqual(
    findAcronymDefinitions(tokens),
    new Map([['FVLT', { type: 'organisation', name: 'Fenwick Valley Land Trust', partOf: [] }]]),
  );
});

test('resolves an acronym defined before its long name, "NWA (Northern Water Authority)"', () => {
  const { tokens } = tokenize('The NWA (Northern Water Authority) raised prices.');
  assert.deepEqual(
    findAcronymDefinitions(tokens),
    new Map([['NWA', { type: 'organisation', name: 'Northern Water Authority', partOf: [] }]]),
  );
});

test('does not take a gazetteer name that only starts the long name as the acronym meaning', () => {
  const { tokens } = tokenize('The United States Golf Association (USGA) met in June.');
  assert.deepEqual(
    findAcronymDefinitions(tokens),
    new Map([['USGA', { type: 'organisation', name: 'United States Golf Association', partOf: [] }]]),
  );
});

test('defines nothing from brackets whose content is not an acronym of the words before', () => {
  const { tokens } = tokenize('Prices rose (see TABLE 2) and then fell (NB) sharply.');
  assert.deepEqual(findAcronymDefinitions(tokens), new Map());
});

test('recognises an organisation by the word that ends its capitalised name, without the article', () => {
  const s = 'The Harrow Software Collective sued the city.';
  assert.deepEqual(entities(s), [
    entity(s, 'Harrow Software Collective', { type: 'organisation', name: 'Harrow Software Collective', partOf: [], source: 'pattern' }),
  ]);
});

test('recognises a place by the word that ends its capitalised name', () => {
  const s = 'Flooding closed roads across Marlow County.';
  assert.deepEqual(entities(s), [
    entity(s, 'Marlow County', { type: 'place', name: 'Marlow County', partOf: [], source: 'pattern' }),
  ]);
});

test('recognises a person by a title before a capitalised name', () => {
  const s = 'Senator Hale voted against it, as did Mayor Ruth Okafor.';
  assert.deepEqual(entities(s), [
    entity(s, 'Senator Hale', { type: 'person', name: 'Hale', partOf: [], source: 'pattern' }),
    entity(s, 'Mayor Ruth Okafor', { type: 'person', name: 'Ruth Okafor', partOf: [], source: 'pattern' }),
  ]);
});

test('does not match lower-case words that spell a name or a place word', () => {
  assert.deepEqual(entities('We ate turkey with the county council in the city.'), []);
});

test('matches "US" but not "us"', () => {
  const s = 'The US economy grew, and it helped us.';
  assert.deepEqual(entities(s), [
    entity(s, 'US', { type: 'place', name: 'United States', partOf: [], source: 'gazetteer' }),
  ]);
});

test('does not read "Let" at the start of a sentence as the acronym "LeT"', () => {
  assert.deepEqual(entities('Let us go to the station.'), []);
});
