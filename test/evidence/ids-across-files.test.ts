import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeProblem } from '../../src/evidence/fact-checks/fact-check-record.ts';
import { IdsAcrossFiles } from '../../src/evidence/fact-checks/ids-across-files.ts';
import { parseFactChecksCsv } from '../../src/evidence/fact-checks/read-csv.ts';

test('an id an earlier file of the run gave another claim is reported naming both files, and the first is kept', () => {
  const ids = new IdsAcrossFiles();
  const a = ids.keepFirst(parseFactChecksCsv('id,claim\n0,The dam burst in 1999.\n1,Bread costs twice as much.\n', 'a.csv'), 'a.csv');
  assert.deepEqual(a.factChecks.map((f) => f.id), ['0', '1']);
  assert.deepEqual(a.problems, []);
  // b.csv numbers its rows from 0 too: its 0 is another claim, its 1 the same claim as a.csv's 1.
  const b = ids.keepFirst(parseFactChecksCsv('id,claim\n0,The mayor resigned.\n1,Bread costs twice as much.\n2,New claim.\n', 'b.csv'), 'b.csv');
  assert.deepEqual(b.factChecks.map((f) => [f.id, f.claim]), [['1', 'Bread costs twice as much.'], ['2', 'New claim.']]);
  assert.deepEqual(b.places, [{ line: 3, item: null }, { line: 4, item: null }]);
  assert.deepEqual(b.problems.map(describeProblem), [
    `b.csv line 2: id "0" was already used in a.csv line 2 for another claim; give each fact-check its own id, e.g. prefix each file's ids with its name`,
  ]);
});

test('the same file given twice, and a file repeating its own ids, raise no clash between files', () => {
  const ids = new IdsAcrossFiles();
  const text = 'id,claim\n7,One claim.\n7,One claim.\n';
  ids.keepFirst(parseFactChecksCsv(text, 'a.csv'), 'a.csv');
  const again = ids.keepFirst(parseFactChecksCsv(text, 'a.csv'), 'a.csv');
  assert.deepEqual(again.problems, []);
  assert.equal(again.factChecks.length, 2);
});
