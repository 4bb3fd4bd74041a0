/**
 * The worth of things is not an amount of money. A fact whose value is what something is worth
 * ("the value of contracts whose files were incomplete", "the worth of free media coverage") counts
 * those things in dollars; no dollar of it went anywhere. A claim that gives the same sum without
 * naming the things ("$6 billion was missing", "$6 billion was stolen") speaks of money itself, so
 * the figure fits but is borrowed from another measure (`misleading`), as fact-checkers put it: the
 * $6 billion is the value of contracts with poor paperwork, not missing money. A claim that names
 * what is valued ("$2 billion of free media") is about the same measure and is compared as before.
 *
 * Read from the fact's subject (else its statement): "value of" or "worth of" followed by the
 * valued things (a parenthesis glossing them included), up to a relative clause or a preposition that only places or
 * qualifies them ("received by …", "in 2016"). The things' common words are what the claim must
 * name, one of them at least; their capitalised words are names ("State Department contracts":
 * the contracts are what is valued, the State Department whose they are). "Net worth" is wealth,
 * not the worth of things, and money in money ("the value of the aid") names money itself.
 *
 * The worth of a transaction is money too: the value of sales, exports, remittances, bribes, a
 * settlement or a bailout is the money that changed hands, so "We sold $40 billion in weapons"
 * is what "the value of arms sales" says in other words. A possessive names whose the things
 * are, not the things ("the senator's real estate holdings" values holdings, not the senator). A
 * claim that speaks of worth itself ("worth", "value", "losses", "damage") gives the same
 * measure. And when the valued things went missing or were stolen themselves ("the value of the
 * stolen paintings"), a claim that the sum was stolen says what the fact says.
 */
import type { FigureComparison } from './compare-figure.ts';
import type { ClaimProfile } from './claim-profile.ts';
import { stem } from './text-terms.ts';
import { CURRENCIES } from './unit-key.ts';

/** Words that end the valued things' phrase: a relative clause or a qualifying preposition. */
const PHRASE_END = new Set(['whose', 'which', 'that', 'who', 'where', 'when', 'received', 'given', 'paid', 'by', 'in', 'at', 'for', 'from', 'to', 'under', 'over', 'during', 'between', 'since', 'of', 'on', 'with', 'as', 'per']);
/** Words that carry no thing of their own ("the", "total", "estimated"). */
const LIGHT = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'all', 'total', 'estimated', 'combined', 'overall', 'about', 'some']);
/** Valued "things" that are money already: the value of aid is an amount of money. */
const MONEY_WORDS = new Set(['money', 'cash', 'aid', 'fund', 'funding', 'payment', 'spending', 'budget', 'dollar', 'asset', 'revenue', 'income', 'cost', 'loan', 'grant', 'subsidy', 'tax', 'debt',
  // Transactions: their value is the money that changed hands.
  'sale', 'sold', 'export', 'exported', 'import', 'imported', 'trade', 'traded', 'remittance', 'bribe', 'settlement', 'bailout', 'stimulus',
  'donation', 'contribution', 'investment', 'purchase', 'wage', 'salary', 'pension', 'benefit', 'fine', 'ransom', 'compensation', 'fee', 'earnings', 'profit']);
/** Claim terms that speak of worth itself: the claim gives the same measure as the fact. */
const WORTH_WORDS = new Set(['worth', 'value', 'valued', 'loss', 'damage', 'damaged']);
/** What befalls things or money alike: when the valued things met it, the sum met it too. */
const FATES = new Set(['missing', 'miss', 'stolen', 'steal', 'lost', 'unaccounted', 'looted', 'vanished', 'disappeared', 'embezzled']);

/**
 * The stems of the common words naming what a fact's value is the worth of ("value of State
 * Department contracts whose files …" gives ["contract"]), or null when the label is no such worth.
 */
export function valuedThings(label: string): string[] | null {
  // A parenthesis glosses the things ("earned (free) media"): its words name them too.
  const text = label.replace(/[()]/g, ' ');
  const match = /\b(?:value|worth)\s+of\s+([^,;:]+)/i.exec(text);
  if (match === null || /\bnet\s+worth\b/i.test(text.slice(0, match.index + match[0].length))) return null;
  const words = (match[1] ?? '').split(/\s+/).filter((w) => w !== '');
  const phrase: string[] = [];
  for (const word of words) {
    if (PHRASE_END.has(word.toLowerCase())) break;
    phrase.push(word);
  }
  // A possessive ("the senator's holdings") names the owner, not the valued things.
  const common = phrase.filter((w) => !LIGHT.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w) && /\p{L}/u.test(w) && !/['’]s?$/u.test(w)).map((w) => stem(w.toLowerCase().replace(/[^\p{L}-]/gu, '')));
  if (common.length === 0 || common.some((w) => MONEY_WORDS.has(w))) return null;
  return common;
}

/**
 * The comparisons whose money figure fits a fact that values things the claim does not name,
 * turned into a borrowed figure (`matches_other`, another measure).
 */
export function markValuedThings(claim: ClaimProfile, comparisons: readonly FigureComparison[]): FigureComparison[] {
  return comparisons.map((comparison) => {
    if (comparison.outcome !== 'supports' && comparison.outcome !== 'consistent') return comparison;
    // Only money figures are read so.
    if (!CURRENCIES.has(comparison.figure.unit.dimension)) return comparison;
    const { fact } = comparison.profile;
    const things = valuedThings(fact.subject ?? fact.statement);
    if (things === null || things.some((t) => claim.words.terms.has(t))) return comparison;
    // A claim about worth itself, or things that went missing or were stolen themselves: the same measure.
    if ([...claim.words.terms].some((t) => WORTH_WORDS.has(t)) || things.some((t) => FATES.has(t))) return comparison;
    const dimensions = comparison.dimensions.some((d) => d.dimension === 'measure')
      ? comparison.dimensions.map((d) => (d.dimension === 'measure' ? { ...d, relation: 'other' as const, fact: fact.subject, claim: 'an amount of money' } : d))
      : [...comparison.dimensions, { dimension: 'measure' as const, relation: 'other' as const, fact: fact.subject, claim: 'an amount of money' }];
    return { ...comparison, scope: 'other' as const, dimensions, outcome: 'matches_other' as const };
  });
}
