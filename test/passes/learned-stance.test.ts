import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import type { Stance } from '../../src/model/analysis-schema.ts';
import { mentionsTarget, stanceTarget } from '../../src/learn/stance-features.ts';
import { parseUnits } from '../../src/parse/parse-units.ts';
import { LEARNED_PASSES } from '../../src/pipeline/presets.ts';
import { RULE_PIPELINE } from '../../src/pipeline/rule-presets.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';

function stanceOf(text: string, targets: readonly string[]): Stance[] {
  return analyze(text, { targets }).stances;
}

test('runs as a learned pass after the rules', () => {
  assert.ok(LEARNED_PASSES.some((pass) => pass.name === 'learned-stance'));
});

test('reads a text that argues for its target as in favour of it, citing the units that mention it', () => {
  const [stance] = stanceOf(
    'Vaccines save millions of lives every year. Vaccines are safe and effective. Skipping them puts children at risk.',
    ['vaccines'],
  );
  assert.equal(stance?.stance, 'favor');
  assert.ok((stance?.score ?? 0) > 0.1);
  assert.deepEqual(stance?.units, ['u1', 'u2']);
  assert.equal(stance?.given, true);
});

test('reads a text that argues against its target as against it', () => {
  const [stance] = stanceOf('Casinos ruin communities. Casinos cause addiction, crime and debt. The city should ban casinos before they do more harm.', [
    'casinos',
  ]);
  assert.equal(stance?.stance, 'against');
  assert.ok((stance?.score ?? 0) < -0.1);
  assert.deepEqual(stance?.units, ['u1', 'u2', 'u3']);
});

test('hears "should be abolished" after the target as against it', () => {
  const [stance] = stanceOf('School uniforms should be abolished. Uniforms stifle self-expression and cost families money.', ['school uniforms']);
  assert.equal(stance?.stance, 'against');
});

test('gives an unrelated target no stance, no score and no units', () => {
  assert.deepEqual(stanceOf('Casinos ruin communities. The city should ban casinos.', ['the moon landing']), [
    { target: 'the moon landing', stance: 'none', score: 0, units: [], given: true },
  ]);
});

test('counts a unit that names most of a long target as a mention ("climate change" for the full target)', () => {
  const [stance] = stanceOf('Climate change is destroying our coasts. We must act now.', ['Climate Change is a Real Concern']);
  assert.deepEqual(stance?.units, ['u1']);
});

test('still reports the most mentioned entities when no target is given', () => {
  const stances = stanceOf(
    'The European Union has failed its farmers. Brussels keeps adding rules, and the European Union ignores the damage. ' +
      'Leaving the European Union would be better for farmers.',
    [],
  );
  assert.deepEqual(
    stances.map((s) => [s.target, s.given, s.units.length]),
    [['European Union', false, 3]],
  );
  assert.ok(['favor', 'against', 'none'].includes(stances[0]?.stance ?? ''));
});

test('takes "atheist" and "#atheism" as mentions of the target Atheism, but not "government" for "governor"', () => {
  const units = [{ text: 'Proud to be an atheist.' }, { text: 'Ask me anything #atheism' }, { text: 'The government acted.' }];
  const context = runPipeline(parseUnits(units), null, RULE_PIPELINE);
  assert.deepEqual(
    [0, 1, 2].map((i) => mentionsTarget(context, i, stanceTarget(i < 2 ? 'Atheism' : 'governor'))),
    [true, true, false],
  );
});
