/**
 * A figure's unit in comparable form: "years" and "year", "$" and "dollars", "e-mails" and
 * "emails", "Afghans" and "people" are one unit each, so a claim's figure and a fact's value can
 * be set side by side.
 */
import { GAZETTEER } from '../../passes/entities/gazetteer-data.ts';
import { PEOPLE_NOUNS } from '../../passes/quantity-units.ts';
import { joinHyphens, stem } from './text-terms.ts';

/** A figure's unit in comparable form: its dimension, and for counts the thing counted. */
export interface UnitKey {
  /** `count`, `percent`, `year`, a currency code or a physical unit. */
  readonly dimension: string;
  /** For counts: `people` or the counted noun's stem ("attack", "district"); else null. */
  readonly noun: string | null;
}

/** Currencies as unit keys' dimensions. */
export const CURRENCIES: ReadonlySet<string> = new Set(['USD', 'GBP', 'EUR', 'JPY', 'INR', 'PKR', 'rupees']);
const UNIT_ALIASES = new Map<string, string>([
  ['%', 'percent'], ['per cent', 'percent'], ['percentage', 'percent'], ['percent', 'percent'],
  ['dollar', 'USD'], ['dollars', 'USD'], ['us dollars', 'USD'], ['usd', 'USD'], ['$', 'USD'], ['euro', 'EUR'],
  ['euros', 'EUR'], ['eur', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'], ['gbp', 'GBP'], ['year', 'year'], ['years', 'year'],
]);
/**
 * Nouns that count people: the quantities pass's people nouns, and the one-word names of peoples
 * and groups the gazetteer knows ("Afghans", "Latinos", "Democrats"), so "1.4 million Afghans"
 * meets a fact counted in people.
 */
const PEOPLE_STEMS = new Set([
  ...PEOPLE_NOUNS,
  // One word, and not an acronym: "LeT" or "ISI" lower-cased would make "let" and "isi" people.
  ...GAZETTEER.flatMap((entry) => [...entry.demonyms, ...(entry.type === 'group' ? [entry.name, ...entry.aliases] : [])]).filter((w) => !/\s/.test(w) && !/.\p{Lu}/u.test(w)),
].map((w) => countedNounKey(w)));

/** The comparable form of a counted noun: "e-mails" and "emails" are one thing. */
export function countedNounKey(noun: string): string {
  return joinHyphens(stem(noun));
}

function countKey(noun: string | null): UnitKey {
  if (noun === null) return { dimension: 'count', noun: null };
  const s = countedNounKey(noun);
  return { dimension: 'count', noun: s === 'people' || s === 'person' || PEOPLE_STEMS.has(s) ? 'people' : s };
}

/**
 * The unit of a claim's quantity: its `unit`, else the head of the noun it counts. Units go
 * through the same aliases as a fact's, so the quantities pass's "years" meets a fact's "year".
 */
export function claimUnitKey(unit: string | null, counted: string | null): UnitKey {
  if (unit === 'percent' || unit === 'percentage points') return { dimension: 'percent', noun: null };
  if (unit !== null && CURRENCIES.has(unit)) return { dimension: unit, noun: null };
  if (unit === 'people') return { dimension: 'count', noun: 'people' };
  if (unit !== null) return { dimension: UNIT_ALIASES.get(unit.trim().toLowerCase()) ?? unit, noun: null };
  const head = counted?.split(/\s+/).at(-1) ?? null;
  // A currency written as a word ("640 pounds", "20 euros") is money, not a count of pounds; a
  // percent joined by a hyphen ("a 40-percent reduction") is a percent, not a count of percents.
  // ("A 10-year plan" stays a count: the years describe the plan; record-span.ts reads "a
  // five-year low".)
  const alias = head === null ? undefined : UNIT_ALIASES.get(head.toLowerCase());
  if (alias !== undefined && (CURRENCIES.has(alias) || alias === 'percent')) return { dimension: alias, noun: null };
  return countKey(head);
}

/** The unit of a fact as its author wrote it ("people", "percent", "USD", "districts"). */
export function factUnitKey(unit: string | null): UnitKey {
  if (unit === null) return { dimension: 'count', noun: null };
  const alias = UNIT_ALIASES.get(unit.trim().toLowerCase()) ?? unit.trim();
  if (alias === 'percent' || alias === 'year' || CURRENCIES.has(alias)) return { dimension: alias, noun: null };
  return countKey(alias);
}

