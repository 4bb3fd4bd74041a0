import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAZETTEER } from '../../src/passes/entities/gazetteer-data.ts';
import type { GazetteerEntry } from '../../src/passes/entities/gazetteer-data.ts';

function entry(name: string): GazetteerEntry {
  const found = GAZETTEER.filter((e) => e.name === name);
  assert.equal(found.length, 1, `expected exactly one entry named ${name}`);
  const [first] = found;
  assert.ok(first !== undefined);
  return first;
}

test('no surface string (name, alias, demonym) belongs to two entries', () => {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  GAZETTEER.forEach((e, i) => {
    const strings = [e.name, ...e.aliases, ...e.demonyms];
    assert.equal(new Set(strings).size, strings.length, `repeated string within ${e.name}`);
    for (const s of strings) {
      const prev = owner.get(s);
      if (prev !== undefined) clashes.push(`${JSON.stringify(s)}: ${prev} / ${e.name}`);
      owner.set(s, `${e.name}#${i}`);
    }
  });
  assert.deepEqual(clashes, []);
});

test('surface strings are non-empty and trimmed', () => {
  for (const e of GAZETTEER) {
    for (const s of [e.name, ...e.aliases, ...e.demonyms]) {
      assert.ok(s.length > 0 && s.trim() === s, `bad string ${JSON.stringify(s)} in ${e.name}`);
    }
  }
});

test('every partOf name is a place entry', () => {
  const places = new Set(GAZETTEER.filter((e) => e.type === 'place').map((e) => e.name));
  const missing = GAZETTEER.flatMap((e) => e.partOf.filter((p) => !places.has(p)).map((p) => `${e.name} -> ${p}`));
  assert.deepEqual(missing, []);
});

test('only places have partOf and demonyms', () => {
  for (const e of GAZETTEER) {
    if (e.type !== 'place') {
      assert.deepEqual(e.partOf, [], e.name);
      assert.deepEqual(e.demonyms, [], e.name);
    }
  }
});

test('has more than 500 entries', () => {
  assert.ok(GAZETTEER.length > 500, `only ${GAZETTEER.length} entries`);
});

test('spot check: Khyber Pakhtunkhwa', () => {
  assert.deepEqual(entry('Khyber Pakhtunkhwa'), {
    name: 'Khyber Pakhtunkhwa',
    type: 'place',
    aliases: ['KPK', 'KP', 'NWFP', 'North-West Frontier Province', 'North West Frontier Province'],
    partOf: ['Pakistan'],
    demonyms: [],
  });
});

test('spot check: Tehrik-i-Taliban Pakistan', () => {
  assert.deepEqual(entry('Tehrik-i-Taliban Pakistan'), {
    name: 'Tehrik-i-Taliban Pakistan',
    type: 'group',
    aliases: ['TTP', 'Pakistani Taliban', 'Tehreek-e-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan'],
    partOf: [],
    demonyms: [],
  });
});

test('spot check: Afghanistan', () => {
  assert.deepEqual(entry('Afghanistan'), {
    name: 'Afghanistan',
    type: 'place',
    aliases: ['Islamic Republic of Afghanistan', 'Islamic Emirate of Afghanistan'],
    partOf: [],
    demonyms: ['Afghan', 'Afghans', 'Afghani'],
  });
});

test('spot checks: homonyms are kept apart', () => {
  assert.deepEqual(entry('Georgia (U.S. state)').aliases, []);
  assert.deepEqual(entry('Washington (U.S. state)').aliases, ['Washington State']);
  assert.deepEqual(entry('New York City').partOf, ['New York', 'United States']);
  assert.deepEqual(entry('Federally Administered Tribal Areas').partOf, ['Pakistan']);
  assert.deepEqual(entry('Kashmir').partOf, []);
  const surface = new Set(GAZETTEER.flatMap((e) => [e.name, ...e.aliases, ...e.demonyms]));
  for (const banned of ['IS', 'Washington', 'Congo', 'May', 'Georgia (US state)']) {
    assert.ok(!surface.has(banned), `${banned} should not be a surface string`);
  }
});
