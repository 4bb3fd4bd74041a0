/**
 * Verdicts of an analysis's check-worthy factual units against a fact base, and resolutions of
 * its predictions by facts dated after the text. Pure: no I/O, no clock; the same analysis,
 * facts and options always give the same result.
 */
import type { Analysis } from '../../model/analysis-schema.ts';
import type { Fact, Resolution, Verdict } from '../../model/evidence-schema.ts';
import { profileClaim } from './claim-profile.ts';
import { decideVerdict } from './decide-verdict.ts';
import { profileFact } from './fact-profile.ts';
import { resolvePrediction } from './resolve-prediction.ts';
import { retrieveCandidates } from './retrieve-candidates.ts';

/** Options of {@link judge}. */
export interface JudgeOptions {
  /**
   * When the text was written, as an ISO date prefix ("2021-07"). Only with it can predictions be
   * resolved: a fact speaks to a prediction only if it is dated after the text.
   */
  readonly textDate?: string | null;
}

/** What {@link judge} finds. */
export interface Judgement {
  /** One verdict per check-worthy unit of kind `fact`, in unit order. */
  readonly verdicts: Verdict[];
  /** One resolution per prediction that facts dated after `textDate` speak to. */
  readonly resolutions: Resolution[];
}

/**
 * Judges an analysis against a fact base. Every unit with `checkworthy` and kind `fact` gets a
 * verdict (`unverified` when no fact speaks to it); opinions, recommendations and questions get
 * none; predictions get a resolution only when `options.textDate` is given and later facts speak
 * to them.
 */
export function judge(analysis: Pick<Analysis, 'units'>, facts: readonly Fact[], options?: Readonly<JudgeOptions> | null): Judgement {
  const profiles = facts.map(profileFact);
  const verdicts: Verdict[] = [];
  const resolutions: Resolution[] = [];
  const textDate = options?.textDate ?? null;
  for (const unit of analysis.units) {
    if (unit.kind === 'fact' && unit.checkworthy) {
      const claim = profileClaim(unit);
      verdicts.push(decideVerdict(claim, retrieveCandidates(claim, profiles)));
    } else if (unit.kind === 'prediction' && textDate !== null) {
      const claim = profileClaim(unit);
      const resolution = resolvePrediction(claim, retrieveCandidates(claim, profiles), textDate);
      if (resolution !== null) resolutions.push(resolution);
    }
  }
  return { verdicts, resolutions };
}
