/**
 * Verdicts against a fact base, on our own evaluation sets of debate claims from the PolitiFact
 * claim-matching data, with facts written for them: eval/verdicts/ (used while developing the
 * verdict logic), eval/verdicts-holdout/, eval/verdicts-holdout-2/ and eval/verdicts-holdout-3/
 * (each built as held-out, then developed against once its failures were read, so none is held-out
 * any more), eval/verdicts-holdout-4/ and eval/verdicts-holdout-5/ (built before the verdict code was
 * run on them, their failures not read: the held-out sets; four of holdout-4's facts, not claims,
 * were seen during development, see its README). eval/verdicts-holdout-6/ was built the same way
 * and scored once after the third round of verdict work; its failures were then read, so it is a
 * development set now. eval/verdicts-holdout-7/, built the same way, was first scored after the
 * fifth round of verdict work and its failures were read in the sixth, so it is a development set
 * too. eval/verdicts-holdout-8/, built the same way, was first scored after the sixth round
 * (VERDICT_SETS says which sets are held-out now).
 * Nothing is learned, so `train` writes nothing; `evaluate` reports accuracy overall and per
 * expected class for each set.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeUnits } from '../../src/analyze.ts';
import { readFactBase } from '../../src/evidence/fact-base/read-fact-base.ts';
import { judge } from '../../src/evidence/verdicts/judge.ts';
import type { VerdictLabel } from '../../src/model/evidence-schema.ts';
import type { ModelFile } from '../../src/learn/model-file.ts';
import type { Score, Task } from '../learning/task.ts';

const LABELS: readonly VerdictLabel[] = ['supported', 'contradicted', 'misleading', 'unverified'];

/** One evaluation set: its folder under eval/, the prefix of its score rows, and what it is. */
interface VerdictSet {
  readonly folder: string;
  readonly prefix: string;
  readonly reference: string;
}

/** The sets `evaluate` scores, in the order they were built; each README says how. */
export const VERDICT_SETS: readonly VerdictSet[] = [
  { folder: 'verdicts', prefix: '', reference: 'none published; our own set (eval/verdicts/README.md)' },
  { folder: 'verdicts-holdout', prefix: 'held-out ', reference: 'none published; our own set, built as held-out but no longer so: fixes were made after seeing its failures (eval/verdicts-holdout/README.md)' },
  { folder: 'verdicts-holdout-2', prefix: 'held-out-2 ', reference: 'none published; our own set, built as held-out, but later fixes addressed the failures listed in its README: no longer held-out (eval/verdicts-holdout-2/README.md)' },
  { folder: 'verdicts-holdout-3', prefix: 'held-out-3 ', reference: 'none published; our own set, built as held-out, then developed against after reading its failures: no longer held-out (eval/verdicts-holdout-3/README.md)' },
  { folder: 'verdicts-holdout-4', prefix: 'held-out-4 ', reference: 'none published; our own held-out set, labelled before any run; four of its facts were seen during development (eval/verdicts-holdout-4/README.md)' },
  { folder: 'verdicts-holdout-5', prefix: 'held-out-5 ', reference: 'none published; our own held-out set, labelled before any run (eval/verdicts-holdout-5/README.md)' },
  { folder: 'verdicts-holdout-6', prefix: 'held-out-6 ', reference: 'none published; our own set, labelled before any run and held-out when first scored (0.233), then its failures were read: no longer held-out (eval/verdicts-holdout-6/README.md)' },
  { folder: 'verdicts-holdout-7', prefix: 'held-out-7 ', reference: 'none published; our own set, labelled before any run and held-out when first scored after the fifth round of verdict work (0.233), then its failures were read in the sixth round: no longer held-out (eval/verdicts-holdout-7/README.md)' },
  { folder: 'verdicts-holdout-8', prefix: 'held-out-8 ', reference: 'none published; our own held-out set, labelled before any run, first scored after the sixth round of verdict work, failures not read (eval/verdicts-holdout-8/README.md)' },
];

interface Claim {
  readonly id: string;
  readonly text: string;
  readonly expected: VerdictLabel;
  /** Who said it, as the transcript labels the turn ("MR. ROMNEY"); a note in parentheses is no speaker. */
  readonly speaker?: string | null;
}

/** One judged claim: what was expected, what came out, and whether the models took it as a check-worthy fact. */
export interface VerdictResult {
  readonly id: string;
  readonly expected: VerdictLabel;
  readonly got: VerdictLabel;
  readonly asFact: boolean;
  readonly explanation: string;
}

/** Judges every claim of the set in `eval/<folder>/` (its claims.jsonl against its facts.jsonl); exported for inspection scripts. */
export function judgeVerdictSet(folder: string): VerdictResult[] {
  const dir = fileURLToPath(new URL(`../../eval/${folder}/`, import.meta.url));
  const claims = readFileSync(`${dir}claims.jsonl`, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Claim);
  const { facts, problems } = readFactBase(`${dir}facts.jsonl`);
  for (const p of problems) console.log(`verdicts: ${p.file} line ${p.line}: ${p.message}`);
  return claims.map((claim) => {
    const analysis = analyzeUnits([{ text: claim.text }]);
    const unit = analysis.units[0];
    if (unit === undefined) throw new Error(`claim ${claim.id} gave no unit`);
    const asFact = unit.kind === 'fact' && unit.checkworthy;
    // Judge the claim as the check-worthy factual claim it was chosen as (see eval/verdicts/README.md).
    // The speaker as a transcript would give it, so that "I" can be resolved (person-reference.ts);
    // a note such as "(not given in the dataset; … by content)" is a guess, not a speaker.
    const speaker = claim.speaker === undefined || claim.speaker === null || claim.speaker.startsWith('(') ? null : claim.speaker;
    const forced = { ...analysis, units: [{ ...unit, kind: 'fact' as const, checkworthy: true, speaker }] };
    const verdict = judge(forced, facts).verdicts[0];
    if (verdict === undefined) throw new Error(`claim ${claim.id} got no verdict`);
    return { id: claim.id, expected: claim.expected, got: verdict.verdict, asFact, explanation: verdict.explanation };
  });
}

export const verdictsTask: Task = {
  name: 'verdicts',
  train(): Record<string, ModelFile> {
    console.log('verdicts: nothing to train (rules over the fact base)');
    return {};
  },
  evaluate(): Score[] {
    return VERDICT_SETS.flatMap((set) => scoreRows(judgeVerdictSet(set.folder), set.prefix, `eval/${set.folder}`, set.reference));
  },
};

/** Accuracy overall and per expected class, and how often the models took the claims as check-worthy facts; `prefix` marks a set's rows. */
function scoreRows(results: readonly VerdictResult[], prefix: string, set: string, reference: string): Score[] {
  const correct = results.filter((r) => r.got === r.expected).length;
  // A checker that never commits: the floor any verdict logic must rise above on the same claims.
  const silent = results.filter((r) => r.expected === 'unverified').length;
  const rows: Score[] = [
    { task: 'verdicts', metric: `${prefix}${set} accuracy, all ${results.length} claims`, value: correct / results.length, reference, goal: null },
    { task: 'verdicts', metric: `${prefix}baseline: always "unverified", same claims`, value: silent / results.length, reference, goal: null },
  ];
  for (const label of LABELS) {
    const of = results.filter((r) => r.expected === label);
    if (of.length === 0) continue;
    const right = of.filter((r) => r.got === label).length;
    const confused = LABELS.filter((l) => l !== label)
      .map((l) => [l, of.filter((r) => r.got === l).length] as const)
      .filter(([, n]) => n > 0)
      .map(([l, n]) => `${n} as ${l}`)
      .join(', ');
    rows.push({ task: 'verdicts', metric: `${prefix}accuracy on expected ${label} (${right}/${of.length}${confused === '' ? '' : `; ${confused}`})`, value: right / of.length, reference, goal: null });
  }
  const asFact = results.filter((r) => r.asFact).length;
  rows.push({ task: 'verdicts', metric: `${prefix}share of claims the kind and check-worthiness models take as check-worthy facts (${asFact}/${results.length})`, value: asFact / results.length, reference, goal: null });
  return rows;
}
