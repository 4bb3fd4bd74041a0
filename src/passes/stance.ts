/**
 * Stance toward targets: for each target, the units that mention it (as an entity or hashtag, or
 * by at least half of its content words) vote with the polarity of their wording, flipped by
 * negation and by the unit's place in the argument (a concession speaks for the other side),
 * weighted by role. Without given targets, the most mentioned entities become targets.
 */
import type { Stance, Unit } from '../model/analysis-schema.ts';
import type { Token } from '../nlp/tokenize.ts';
import { mentionsTarget, stanceTarget } from '../learn/stance-features.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';

const FAVOR_WORDS = new Set([
  'support', 'favor', 'favour', 'protect', 'defend', 'deserve', 'praise', 'love', 'like', 'admire', 'trust',
  'recommend', 'welcome', 'benefit', 'help', 'improve', 'strengthen', 'expand', 'fund', 'keep', 'choose', 'back',
  'good', 'great', 'right', 'fair', 'better', 'best', 'win', 'success', 'successful', 'worth',
]);
const AGAINST_WORDS = new Set([
  'oppose', 'ban', 'end', 'stop', 'abolish', 'blame', 'reject', 'destroy', 'kill', 'attack', 'hate',
  'eliminate', 'cut', 'remove', 'fight', 'tear', 'condemn', 'criticise', 'criticize', 'fear', 'threaten', 'harm',
  'hurt', 'fail', 'failure', 'bad', 'wrong', 'worse', 'worst', 'corrupt', 'dangerous', 'false', 'against',
  'drop', 'replace',
]);
/** How much a unit's lean counts toward the document's stance, by its role in the argument. */
export const ROLE_WEIGHT: Readonly<Record<Unit['role'], number>> = { major_claim: 2, claim: 1.5, premise: 1, none: 0.5 };
/** The document score beyond which a lean is a stance. */
export const STANCE_THRESHOLD = 0.1;

/** Polarity of one unit's wording: lexicon hits, flipped where wink marks negation, plus sentence sentiment. */
function polarity(tokens: readonly Token[], sentiment: number): number {
  let score = sentiment;
  for (const token of tokens) {
    const sign = FAVOR_WORDS.has(token.lemma) ? 1 : AGAINST_WORDS.has(token.lemma) ? -1 : 0;
    score += token.negated ? -0.5 * sign : 0.5 * sign;
  }
  return Math.max(-1, Math.min(1, score));
}

/** The stance of the analysed units toward one target. */
export function stanceToward(context: AnalysisContext, target: string, given: boolean): Stance {
  const prepared = stanceTarget(target);
  let total = 0;
  let weight = 0;
  const units: string[] = [];
  context.units.forEach((unit, index) => {
    const range = context.unitTokens[index];
    if (range === undefined) return;
    if (!mentionsTarget(context, index, prepared)) return;
    const tokens = context.tokens.slice(range.first, range.end);
    units.push(unit.id);
    const sign = unit.concession ? -1 : 1;
    const w = ROLE_WEIGHT[unit.role];
    total += sign * w * polarity(tokens, context.tokenSentiment[range.first] ?? 0);
    weight += w;
  });
  const score = weight === 0 ? 0 : Math.round((total / weight) * 1000) / 1000;
  const stance = score > STANCE_THRESHOLD ? 'favor' : score < -STANCE_THRESHOLD ? 'against' : 'none';
  return { target, stance, score, units, given };
}

/** An entity named once is rarely what a text takes a stance on. */
const MIN_SALIENT_MENTIONS = 2;

/** The most mentioned entity names (at least twice), by mention count then first appearance. */
export function salientEntities(units: readonly Unit[], count: number): string[] {
  const tally = new Map<string, number>();
  for (const unit of units) for (const entity of unit.entities) tally.set(entity.name, (tally.get(entity.name) ?? 0) + 1);
  return [...tally.entries()]
    .filter(([, mentions]) => mentions >= MIN_SALIENT_MENTIONS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name]) => name);
}

function annotate(context: AnalysisContext): void {
  const given = context.options.targets.length > 0;
  const targets = given ? context.options.targets : salientEntities(context.units, context.options.salientTargets);
  context.stances = targets.map((target) => stanceToward(context, target, given));
}

/** Reports stance toward the given targets, or toward the most salient entities. */
export const stancePass: Pass = { name: 'stance', requires: ['structure', 'entities'], provides: ['stance'], run: annotate };
