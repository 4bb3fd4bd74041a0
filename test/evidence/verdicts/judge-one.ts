/** Helpers for the verdict tests: an invented fact, and the verdict on one sentence judged as a check-worthy fact. */
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.ts';
import { judge } from '../../../src/evidence/verdicts/judge.ts';
import type { Analysis } from '../../../src/model/analysis-schema.ts';
import type { Fact, Verdict } from '../../../src/model/evidence-schema.ts';
import { VerdictSchema } from '../../../src/model/evidence-schema.ts';

const source = { title: 'Test fixture', url: null };

/** A fact with every field not given left null. */
export function fact(id: string, fields: Partial<Fact>): Fact {
  return { id, statement: '', subject: null, value: null, unit: null, time: null, place: null, source, quote: null, ...fields };
}

/** The verdict on a one-sentence text, judged as a check-worthy factual claim. */
export function verdictOf(text: string, facts: readonly Fact[]): Verdict {
  const analysis = analyze(text);
  const forced: Analysis = { ...analysis, units: analysis.units.map((u) => ({ ...u, kind: 'fact' as const, checkworthy: true })) };
  const verdict = judge(forced, facts).verdicts[0];
  assert.ok(verdict !== undefined, `no verdict for "${text}"`);
  VerdictSchema.parse(verdict);
  return verdict;
}
