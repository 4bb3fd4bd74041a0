/**
 * How certain the author sounds. Hedges and boosters are looked up by phrase; the weakest one in a
 * unit sets its level ("will almost certainly" is probable, "may" possible, "reportedly"
 * uncertain); a unit with none is stated flatly, so it reads as certain.
 */
import type { CertaintyLevel, Cue } from '../model/analysis-schema.ts';
import { PhraseTable } from '../nlp/phrases.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';

const CUES: Readonly<Record<CertaintyLevel, readonly string[]>> = {
  certain: [
    'certainly', 'definitely', 'clearly', 'obviously', 'undoubtedly', 'without doubt', 'without a doubt', 'no doubt',
    'surely', 'absolutely', 'in fact', 'of course', 'undeniably', 'unquestionably',
    'there is no question', 'it is clear that', "it's clear that", 'everyone knows', 'proven', 'inevitably', 'always',
  ],
  probable: [
    'almost certainly', 'very likely', 'likely', 'probably', 'most likely', 'in all likelihood', 'presumably',
    'is expected to', 'are expected to', 'should be', 'most probably', 'highly likely', 'i believe', 'i think',
    // Vague quantities ("many people", "some experts"): a weak hedge, the commonest weasel cue in
    // Wikipedia prose (CoNLL-2010 counts them as uncertainty).
    'some', 'many', 'several', 'various', 'numerous', 'most',
  ],
  possible: [
    'may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'potentially', 'conceivably', 'suggests', 'suggest',
    'it is possible', "it's possible", 'can be', 'to some extent', 'in some cases', 'somewhat', 'relatively',
    'arguably', 'tends to', 'tend to', 'generally', 'typically', 'usually', 'often', 'sometimes', 'largely',
    'mostly', 'mainly', 'in part', 'partly', 'approximately', 'roughly', 'indicates', 'indicate', 'implies',
    'would', 'unlikely', 'probable', 'plausible', 'presumed', 'suspected', 'believed', 'considered', 'estimated',
  ],
  uncertain: [
    'unclear', 'not sure', 'not certain', 'unsure', 'unknown', 'uncertain', 'doubtful', 'i doubt', 'allegedly',
    'reportedly', 'rumoured', 'rumored', 'supposedly', 'it seems', 'seems', 'seem', 'appears', 'appear', 'apparently',
    'i guess', 'i suppose', 'is thought to', 'are thought to', 'is believed to', 'are believed to', 'questionable',
    'it is not known', 'remains to be seen', 'hard to say', 'who knows', 'is said to', 'are said to',
    // Unattributed sources, the weasel words Wikipedia's style guide names (WP:WEASEL).
    'some people', 'many people', 'some say', 'many say', 'it is said', 'it has been said', 'it has been suggested',
    'it is believed', 'it is thought', 'is considered', 'are considered', 'is widely regarded', 'are widely regarded',
    'is widely believed', 'some argue', 'critics say', 'experts say', 'some believe', 'according to some',
    'it is claimed', 'claimed', 'purportedly', 'is rumored', 'is rumoured', 'unconfirmed',
  ],
};

const LEVELS: readonly CertaintyLevel[] = ['certain', 'probable', 'possible', 'uncertain'];
const TABLE = new PhraseTable<CertaintyLevel>(
  LEVELS.flatMap((level) => CUES[level].map((phrase) => [phrase, level] as const)),
);
/** Single words that hedge only as modal verbs: "may" the auxiliary, not "May" the month. */
const MODALS = new Set(['may', 'might', 'could']);
/**
 * True for "many" after "how": "How many have actually been built?" asks the number and
 * hedges nothing. Superlatives and degree ("the most telling", "so many") stay hedges: CoNLL-2010
 * counts them as uncertainty, and leaving them out took its F1 from 0.746 to 0.724.
 */
function asksHowMany(tokens: readonly Token[], i: number, first: number): boolean {
  return (tokens[i] as Token).normal === 'many' && i > first && tokens[i - 1]?.normal === 'how';
}

const WEIGHT: Readonly<Record<CertaintyLevel, number>> = { certain: 1, probable: 0.6, possible: 0.3, uncertain: -0.5 };

/** The certainty level and its cues for tokens `[first, end)` of `text`. */
export function judgeCertainty(tokens: readonly Token[], first: number, end: number, text: string): { level: CertaintyLevel; cues: Cue[] } {
  const cues: Cue[] = [];
  let weakest = 0;
  for (const match of TABLE.findAll(tokens, first, end)) {
    const token = tokens[match.first] as Token;
    if (match.end - match.first === 1 && MODALS.has(token.normal) && token.pos !== 'AUX') continue;
    if (match.end - match.first === 1 && asksHowMany(tokens, match.first, first)) continue;
    const level = match.value;
    weakest = Math.max(weakest, LEVELS.indexOf(level));
    const last = tokens[match.end - 1] as Token;
    cues.push({ source: 'lexicon', text: `${level}: "${text.slice(token.start, last.end)}"`, weight: WEIGHT[level] });
  }
  if (cues.length === 0) {
    return { level: 'certain', cues: [{ source: 'default', text: 'no hedge: stated flatly', weight: 0 }] };
  }
  return { level: LEVELS[weakest] ?? 'certain', cues };
}

function annotate(context: AnalysisContext): void {
  context.units.forEach((unit, index) => {
    const range = context.unitTokens[index];
    if (range === undefined) return;
    unit.certainty = judgeCertainty(context.tokens, range.first, range.end, context.source.text);
    context.rules.certainty[index] = unit.certainty.level;
  });
}

/** Sets each unit's certainty level with its cues. */
export const certaintyPass: Pass = { name: 'certainty', requires: ['units'], provides: ['certainty'], run: annotate };
