/**
 * Pre-segmented input: each given unit becomes exactly one unit of the analysis, in order.
 * The units are joined with blank lines into one text so offsets stay meaningful.
 */
import type { Block, SourceDocument } from './source-document.ts';

/** One pre-segmented unit, as a line of `--input units` JSONL carries it. */
export interface InputUnit {
  readonly text: string;
  readonly speaker?: string | null;
}

/** The separator between units in the joined text: a blank line, so no sentence runs across two. */
export const UNIT_SEPARATOR = '\n\n';

/** Joins the units into one document whose blocks are the units themselves. */
export function parseUnits(units: readonly InputUnit[]): SourceDocument {
  const blocks: Block[] = [];
  let text = '';
  for (const unit of units) {
    if (text.length > 0) text += UNIT_SEPARATOR;
    const start = text.length;
    text += unit.text;
    blocks.push({ start, contentStart: start, end: text.length, kind: 'unit', speaker: unit.speaker ?? null, listMarker: null });
  }
  return { format: 'units', text, plain: text, blocks };
}
