/**
 * "12 percent lower than in 2014", "20 percent higher than a year ago": a comparative set against
 * an earlier time is a change over time, so "lower" names its way as "fell" would. Without this,
 * "higher"/"lower" beside "than" name no way (change-direction.ts: "20 percent higher than in
 * Ohio" sets two places side by side), and a fact reporting a rise of the same size supported a
 * claim of a fall. The comparison's other end is when the claim was spoken, which the claim does
 * not date: an opposed fact therefore only keeps the figure from being supported, and never
 * contradicts it (compare-figure.ts).
 *
 * When the clause dates its own side with a year earlier than the one "than" compares with ("12
 * percent higher in 2014 than in 2015"), the change runs from the claim's year to the later one,
 * so the comparative names the opposite way: 2014 above 2015 is a fall (`baselineLater`).
 */
import type { Token } from '../../nlp/tokenize.ts';

/** Words that may stand between "than" and the time it compares with: "than in 2014", "than it was in 2014". */
const BRIDGE = new Set(['in', 'at', 'during', 'back', 'the', 'it', 'they', 'there', 'was', 'were', 'had', 'been', 'did', 'of', 'a', 'an', 'one', 'two', 'three', 'few', 'year', 'years', 'decade', 'months']);
/** Words that name an earlier time by themselves: "than a year ago", "than last year", "than before". */
const EARLIER = new Set(['ago', 'last', 'before', 'previously', 'then', 'earlier', 'previous', 'prior']);
/** How many words after "than" the time may stand. */
const REACH = 4;

/** The calendar year a word names ("2014"; a decade, "1990s", as its first year), else null. */
function yearOf(token: Token | undefined): number | null {
  const match = token === undefined ? null : /^(\d{4})s?$/.exec(token.value);
  if (match === null) return null;
  const year = Number(match[1]);
  return year >= 1800 && year <= 2100 ? year : null;
}

/** True when the word is a calendar year or decade: "2014", "the 1990s". */
function isYear(token: Token | undefined): boolean {
  return yearOf(token) !== null;
}

/** True when the "than" at `than` compares with an earlier time: "than in 2014", "than a year ago", "than last year". */
export function thanEarlierTime(tokens: readonly Token[], than: number): boolean {
  for (let i = than + 1; i < tokens.length && i <= than + REACH; i += 1) {
    const token = tokens[i] as Token;
    if (isYear(token) || EARLIER.has(token.normal)) return true;
    if (!BRIDGE.has(token.normal)) return false;
  }
  return false;
}

/** True when some "than" among `tokens[from, to)` compares with an earlier time. */
export function comparesWithEarlierTime(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]?.normal === 'than' && thanEarlierTime(tokens, i)) return true;
  return false;
}

/**
 * True when a "than" among `tokens[from, to)` compares with a year later than one the clause
 * gives its own side before it: "12 percent higher in 2014 than in 2015" sets 2014 against 2015,
 * a change that ran the other way from what "higher" says.
 */
export function baselineLater(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    if (tokens[i]?.normal !== 'than' || !thanEarlierTime(tokens, i)) continue;
    let baseline: number | null = null;
    for (let j = i + 1; j < tokens.length && j <= i + REACH && baseline === null; j += 1) baseline = yearOf(tokens[j]);
    if (baseline === null) continue;
    for (let j = from; j < i; j += 1) {
      const own = yearOf(tokens[j]);
      if (own !== null && own < baseline) return true;
    }
  }
  return false;
}
