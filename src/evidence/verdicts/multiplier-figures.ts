/**
 * Verbs that state a figure without a number: "homicides doubled" is a rise of about 100 percent,
 * "tripled" of 200, "halved" a fall of 50. Facts report such changes in percent ("rose 96
 * percent"), so the verb is read as the percent change it names and compared like any other.
 */
import type { Quantity } from '../../model/analysis-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import type { Direction } from './change-direction.ts';

/** Lemma → the percent change it names (falls as positive values, as facts write "fell 50 percent"). */
const MULTIPLIERS: Readonly<Record<string, number>> = { double: 100, triple: 200, quadruple: 300, halve: 50 };

/** The way the verb's change goes: "halved" falls, the others rise. */
export function multiplierDirection(quantity: Pick<Quantity, 'text'>): Direction {
  return /^halv/i.test(quantity.text) ? 'down' : 'up';
}

/** "more than doubled" leaves the top open; "nearly doubled" is already a hedge. */
const OPEN_ABOVE = /\b(more than|over)\s*$/i;

/**
 * The percent changes the verbs of `tokens` name, as quantities at the verbs' offsets in the
 * document (`offset` is where the tokens' text starts). Hedged like "about", since "doubled" is
 * said of anything near twice as much.
 */
export function multiplierQuantities(tokens: readonly Token[], text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  for (const [index, token] of tokens.entries()) {
    const change = MULTIPLIERS[token.lemma.toLowerCase()];
    // "doubled down on" is an idiom of insisting, not a change in anything.
    if (change === undefined || token.pos !== 'VERB' || tokens[index + 1]?.normal === 'down') continue;
    const open = OPEN_ABOVE.test(text.slice(0, token.start));
    found.push({
      text: token.value, start: offset + token.start, end: offset + token.end, value: change,
      min: change, max: open ? null : change, unit: 'percent', counted: null, approximate: true,
    });
  }
  return found;
}
