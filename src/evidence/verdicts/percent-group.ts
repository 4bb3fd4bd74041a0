/**
 * Percent figures that name a group of people, not a share anything has: "the top 1 percent",
 * "the richest 10 percent of Americans", "the bottom 90%". In "the top 1 percent own 40 percent of
 * the wealth" the claim's figure is the 40 percent; the 1 percent only says whose share it is, as
 * "one fifth of households" does beside a percent (fraction-figures.ts). Read as a figure, the 1
 * percent was compared with the fact's 40 percent and called contradicted.
 */

/**
 * A rank word right before the figure, after "the" or a possessive, or alone ("top 1 percent
 * households"): "the top", "the richest", "the bottom". "A top rate of 39.6 percent" puts "rate
 * of" between, so that figure is still a figure.
 */
const GROUP_BEFORE = /\b(?:top|bottom|richest|poorest|wealthiest|highest[- ]earning|lowest[- ]earning|highest[- ]paid|lowest[- ]paid|highest[- ]income|lowest[- ]income)\s+$/i;

/** True when the percent figure starting at `figureStart` of `text` names a group ("the top 1 percent"). */
export function isPercentGroup(text: string, figureStart: number, unit: string | null): boolean {
  if (unit !== 'percent') return false;
  return GROUP_BEFORE.test(text.slice(Math.max(0, figureStart - 30), figureStart));
}
