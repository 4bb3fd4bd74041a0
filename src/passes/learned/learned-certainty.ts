/**
 * Learned hedge detection (CoNLL-2010 uncertainty, Wikipedia): decides whether a unit is hedged.
 * When it is, the level comes from the hedge cues found (weakest wins), or `possible` when the
 * model hears a hedge the lexicon does not list; when it is not, the unit is `certain`.
 */
import type { CertaintyLevel } from '../../model/analysis-schema.ts';
import { classifyUnit, unitClassifier } from '../../learn/classifier.ts';
import type { ModelFile } from '../../learn/model-file.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { Pass } from '../../pipeline/pipeline.ts';
import modelFile from '../../../models/certainty.json' with { type: 'json' };
import { CERTAINTY_GROUPS } from './feature-groups.ts';

const classifier = unitClassifier(modelFile as ModelFile, CERTAINTY_GROUPS);

function decide(context: AnalysisContext): void {
  context.units.forEach((unit, index) => {
    const result = classifyUnit(classifier, context, index);
    const hedged = result.label === 'uncertain';
    const ruleLevel: CertaintyLevel = context.rules.certainty[index] ?? 'certain';
    const level: CertaintyLevel = hedged ? (ruleLevel === 'certain' ? 'possible' : ruleLevel) : 'certain';
    const lexiconCues = unit.certainty.cues.filter((cue) => cue.source === 'lexicon');
    unit.certainty = {
      level,
      cues: [
        { source: 'feature', text: `hedge model: ${Math.round((result.probabilities['uncertain'] ?? 0) * 100)}% hedged`, weight: result.probabilities['uncertain'] ?? 0 },
        ...lexiconCues,
        ...result.cues,
      ],
    };
  });
}

/** Replaces the rule certainty with the hedge model's decision. */
export const learnedCertaintyPass: Pass = { name: 'learned-certainty', requires: ['certainty'], provides: [], run: decide };
