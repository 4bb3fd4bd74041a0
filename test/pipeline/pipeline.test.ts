import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisContext } from '../../src/pipeline/context.ts';
import type { Capability, Pass } from '../../src/pipeline/pipeline.ts';
import { buildPipeline } from '../../src/pipeline/pipeline.ts';
import { DEFAULT_PIPELINE, EVIDENCE_PASSES, LEARNED_PASSES } from '../../src/pipeline/presets.ts';
import { RULE_PIPELINE } from '../../src/pipeline/rule-presets.ts';

/** A pass that records its name when it runs. */
function pass(name: string, requires: Capability[], provides: Capability[], log: string[]): Pass {
  return { name, requires, provides, run: () => void log.push(name) };
}

test('refuses, when built, a pass that runs before what it requires', () => {
  const log: string[] = [];
  assert.throws(
    () => buildPipeline([pass('units', ['sentences'], ['units'], log), pass('sentences', [], ['sentences'], log)]),
    { message: 'pass "units" requires sentences, which no earlier pass provides' },
  );
});

test('names every missing requirement', () => {
  assert.throws(() => buildPipeline([pass('kinds', ['units', 'certainty'], ['kinds'], [])]), {
    message: 'pass "kinds" requires units, certainty, which no earlier pass provides',
  });
});

test('runs the passes in the order given, each once', () => {
  const log: string[] = [];
  const pipeline = buildPipeline([
    pass('sentences', [], ['sentences'], log),
    pass('units', ['sentences'], ['units'], log),
    pass('times', ['units'], ['times'], log),
  ]);
  pipeline.run({} as AnalysisContext);
  assert.deepEqual(log, ['sentences', 'units', 'times']);
  assert.deepEqual(
    pipeline.passes.map((p) => p.name),
    ['sentences', 'units', 'times'],
  );
});

test('accepts an empty pipeline', () => {
  assert.deepEqual(buildPipeline([]).passes, []);
});

test('orders the rule pipeline so that times run before quantities and kinds before structure', () => {
  assert.deepEqual(
    RULE_PIPELINE.passes.map((p) => p.name),
    ['sentences', 'units', 'times', 'quantities', 'entities', 'flags', 'certainty', 'concession', 'kinds', 'checkworthiness', 'structure', 'stance'],
  );
});

test('runs every learned pass after all the rule passes, whose state the models were trained on, and the evidence last', () => {
  assert.deepEqual(
    DEFAULT_PIPELINE.passes.map((p) => p.name),
    [...RULE_PIPELINE.passes, ...LEARNED_PASSES, ...EVIDENCE_PASSES].map((p) => p.name),
  );
  assert.deepEqual(EVIDENCE_PASSES.map((p) => p.name), ['verdicts']);
  assert.ok(LEARNED_PASSES.every((p) => p.name.startsWith('learned-')));
  assert.doesNotThrow(() => buildPipeline(DEFAULT_PIPELINE.passes));
});
