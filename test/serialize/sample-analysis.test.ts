import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisSchema } from '../../src/model/analysis-schema.ts';
import { noArgumentAnalysis, sampleAnalysis, singleUnitAnalysis } from './sample-analysis.ts';

test('the sample analysis is valid under AnalysisSchema', () => {
  const analysis = sampleAnalysis();
  assert.deepEqual(AnalysisSchema.parse(analysis), analysis);
});

test('the no-argument and single-unit analyses are valid under AnalysisSchema', () => {
  for (const analysis of [noArgumentAnalysis(), singleUnitAnalysis('One <b>bold</b> claim & more.')]) {
    assert.deepEqual(AnalysisSchema.parse(analysis), analysis);
  }
});

test('every span in the sample points at its own text', () => {
  const analysis = sampleAnalysis();
  for (const unit of analysis.units) {
    assert.equal(analysis.text.slice(unit.start, unit.end), unit.text, unit.id);
    for (const span of [...unit.quantities, ...unit.times, ...unit.entities, ...unit.flags]) {
      assert.equal(analysis.text.slice(span.start, span.end), span.text, `${unit.id}: ${span.text}`);
      assert.ok(span.start >= unit.start && span.end <= unit.end, `${span.text} lies inside ${unit.id}`);
    }
  }
});

test('the sample covers every relation type, a concession, a none unit and a hedge', () => {
  const analysis = sampleAnalysis();
  assert.deepEqual(new Set(analysis.relations.map((r) => r.type)), new Set(['support', 'attack', 'undercut']));
  assert.ok(analysis.units.some((u) => u.concession));
  assert.ok(analysis.units.some((u) => u.role === 'none'));
  assert.ok(analysis.units.some((u) => u.certainty.level !== 'certain'));
  assert.equal(noArgumentAnalysis().majorClaim, null);
  assert.deepEqual(noArgumentAnalysis().relations, []);
});
