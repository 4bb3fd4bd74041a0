/**
 * Places that name a cause, not where a figure was measured. In "the community lost half of its
 * wealth as a result of the Wall Street collapse" the figure is the community's, wherever it
 * lives; "Wall Street" only names what caused the loss. A place right after a phrase of cause
 * ("because of", "as a result of", "due to") belongs to that cause, so it is not the figure's.
 */

/**
 * A phrase of cause and at most three words before the place, none of them ending the phrase with
 * a comma ("as a result of the Wall Street …"): in "Due to trade, Ohio lost jobs" Ohio is where
 * the jobs were lost, after the cause.
 */
const CAUSE_BEFORE = /\b(?:because\s+of|as\s+a\s+result\s+of|due\s+to|thanks\s+to|caused\s+by|owing\s+to|in\s+the\s+wake\s+of)\s+(?:[^\s,;:]+\s+){0,3}$/i;

/**
 * True when the place at `placeStart` (an offset in `text`) stands in a phrase of cause that does
 * not also hold the figure at `figureStart`: then it is not where the figure was measured.
 */
export function isCausePlace(text: string, placeStart: number, figureStart: number): boolean {
  const cause = CAUSE_BEFORE.exec(text.slice(0, placeStart));
  return cause !== null && !(figureStart >= cause.index && figureStart < placeStart);
}
