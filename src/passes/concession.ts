/**
 * Concessions: where the author grants the other side a point before answering it. Either the
 * unit opens with a concession marker ("Admittedly", "That's not to say", "Though"), or it is a
 * hedged clause the next unit of the same sentence answers with "but" ("X may be true, but Y").
 */
import type { Cue } from '../model/analysis-schema.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';
import { openingMarkerOf } from './opening-marker.ts';

const GRANTING_WORDS = new Set(['may', 'might', 'could', 'sure', 'true', 'admittedly', 'granted', 'course', 'fair']);

function annotate(context: AnalysisContext): void {
  const { tokens, units, unitTokens } = context;
  units.forEach((unit, index) => {
    const range = unitTokens[index];
    if (range === undefined) return;
    const cues: Cue[] = [];
    const marker = openingMarkerOf(tokens, range, ['concession']);
    if (marker !== null) {
      cues.push({ source: 'marker', text: `opens with "${marker.text}"`, weight: 1 });
    }
    const next = units[index + 1];
    const nextRange = unitTokens[index + 1];
    if (cues.length === 0 && next !== undefined && nextRange !== undefined && next.sentence === unit.sentence) {
      const answer = openingMarkerOf(tokens, nextRange, ['contrast']);
      const granting = tokens.slice(range.first, range.end).find((t) => GRANTING_WORDS.has(t.normal));
      if (answer !== null && granting !== undefined) {
        cues.push({ source: 'pattern', text: `"${granting.value}" … answered by "${answer.text}"`, weight: 0.8 });
      }
    }
    unit.concession = cues.length > 0;
    unit.cues.concession = cues;
  });
}

/** Marks the units in which the author concedes a point. */
export const concessionPass: Pass = { name: 'concession', requires: ['units'], provides: ['concession'], run: annotate };
