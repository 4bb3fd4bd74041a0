/**
 * Checks what a library caller passes to `analyze()` and its siblings, at the public boundary.
 * The types say it all to TypeScript callers, but JavaScript callers (and anyone holding `any` or
 * JSON) got a TypeError from deep inside a pass ("facts.map is not a function") or, worse, a
 * silently wrong analysis (a threshold of 5 marks nothing check-worthy). Here each bad option
 * becomes one line naming the option, what it got and what it accepts.
 *
 * Plain checks, not zod: zod costs a quarter of a second to load and `analyze()` does not load it.
 */
import type { Fact } from '../model/evidence-schema.ts';
import { isIsoDatePrefix } from '../model/iso-date.ts';
import type { TextFormat } from '../parse/parse-input.ts';
import type { AnalyzeOptions } from './options.ts';

/** A check of one option's value: what it should be, when the value is wrong; null when it is fine. */
export type OptionCheck = (value: unknown) => string | null;

// Records keyed by the types, so adding a format, an option or a fact field without listing it
// here fails to compile instead of being refused (or let through) at run time.
const TEXT_FORMATS: Record<TextFormat, true> = { auto: true, text: true, markdown: true, html: true, transcript: true };
const FACT_FIELDS: Record<keyof Fact, true> = {
  id: true,
  statement: true,
  subject: true,
  value: true,
  unit: true,
  time: true,
  place: true,
  source: true,
  quote: true,
};

/** The value, shortly, as the message's "got ...". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Uint8Array) return 'bytes (a Buffer or Uint8Array)';
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  return `an object with keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const wholeAtLeast = (value: unknown, least: number): boolean => typeof value === 'number' && Number.isInteger(value) && value >= least;
// Infinity is the natural "no limit" (training scripts pass MAX_SAFE_INTEGER for the same).
const limit = (value: unknown): boolean => wholeAtLeast(value, 1) || value === Infinity;

/**
 * How many facts of each array passed already: a corpus run passes one fact base with every
 * document, and checking 10,000 facts (1.8 ms) would cost as much as analysing a typical document.
 * Facts pushed later are checked when they come; a checked fact replaced in place is not.
 */
const checkedFacts = new WeakMap<readonly unknown[], number>();

function checkFacts(value: unknown): string | null {
  // The readFactBase/parseFactBase result passed whole: the mistake the README's wording invited.
  if (isObject(value) && Array.isArray(value.facts)) {
    return 'must be an array of facts, got the { facts, problems } result of readFactBase/parseFactBase; pass its .facts';
  }
  if (!Array.isArray(value)) return `must be an array of facts (readFactBase(path).facts), got ${describeValue(value)}`;
  const fields = Object.keys(FACT_FIELDS);
  for (let index = checkedFacts.get(value) ?? 0; index < value.length; index += 1) {
    const fact: unknown = value[index];
    // Fields are checked for presence only: a missing one (null is fine) crashed the verdict pass;
    // FactSchema.parse() checks a fact fully, and readFactBase's facts are already checked.
    const missing = isObject(fact) ? fields.filter((field) => fact[field] === undefined) : fields;
    if (missing.length > 0) {
      const what = isObject(fact) ? `lacks ${missing.join(', ')}` : `is ${describeValue(fact)}`;
      return `must be an array of facts (objects with ${fields.join(', ')}, as readFactBase(path).facts holds), but facts[${index}] ${what}; FactSchema.parse(fact) checks one`;
    }
  }
  checkedFacts.set(value, value.length);
  return null;
}

/** One check per option of `analyze()`, with the CLI's wording where the CLI checks the same value. */
const OPTION_CHECKS: Record<keyof AnalyzeOptions, OptionCheck> = {
  format: (value) =>
    typeof value === 'string' && Object.hasOwn(TEXT_FORMATS, value)
      ? null
      : `must be one of ${Object.keys(TEXT_FORMATS).join(', ')} (how to read the text; output formats are serialize()'s), got ${describeValue(value)}`,
  targets: (value) => {
    if (typeof value === 'string') return `must be an array of strings, got ${describeValue(value)}; for one target write [${JSON.stringify(value)}]`;
    if (!Array.isArray(value)) return `must be an array of strings, e.g. ['the Taliban'], got ${describeValue(value)}`;
    const bad = value.findIndex((target) => typeof target !== 'string');
    return bad === -1 ? null : `must be an array of strings, but targets[${bad}] is ${describeValue(value[bad])}`;
  },
  salientTargets: (value) => (wholeAtLeast(value, 0) ? null : `must be a whole number of 0 or more, got ${describeValue(value)}`),
  checkworthyThreshold: (value) =>
    typeof value === 'number' && value >= 0 && value <= 1 ? null : `must be a number from 0 to 1, got ${describeValue(value)}`,
  id: (value) => (value === null || typeof value === 'string' ? null : `must be a string or null, got ${describeValue(value)}`),
  maxLength: (value) => (limit(value) ? null : `must be a whole number of characters above 0 (or Infinity), got ${describeValue(value)}`),
  maxUnits: (value) => (limit(value) ? null : `must be a whole number above 0 (or Infinity), got ${describeValue(value)}`),
  facts: checkFacts,
  textDate: (value) =>
    value === null || (typeof value === 'string' && isIsoDatePrefix(value))
      ? null
      : `must be an ISO 8601 date or its start, such as 2021, 2021-07 or 2021-07-14, or null, got ${describeValue(value)}`,
};

// A number of the right type but out of range is a RangeError, as in Node's own argument checks.
const NUMERIC = new Set<string>(['salientTargets', 'checkworthyThreshold', 'maxLength', 'maxUnits']);

// What users bring from the command line (--threshold, --date, --target, --max-size, --input).
const CLI_NAMES: Readonly<Record<string, string>> = {
  threshold: 'checkworthyThreshold',
  date: 'textDate',
  target: 'targets',
  maxsize: 'maxLength',
  input: 'format',
};

function unknownOption(caller: string, key: string, known: readonly string[]): TypeError {
  const lower = key.toLowerCase().replace(/[-_]/g, '');
  const meant = known.find((name) => name.toLowerCase() === lower) ?? CLI_NAMES[lower];
  const hint = meant === undefined ? '' : ` (did you mean ${meant}?)`;
  return new TypeError(`${caller}(): unknown option "${key}"${hint}; the options are ${known.join(', ')}`);
}

/**
 * Throws on the first bad option, in one line: a RangeError for a numeric option out of range,
 * else a TypeError. Undefined values count as not given.
 *
 * @param caller the public function's name, for the message
 * @param extra checks of options only this caller takes (the encoder's `encoder`)
 */
export function checkOptions(caller: string, options: unknown, extra: Readonly<Record<string, OptionCheck>> = {}): void {
  if (options === null || options === undefined) return;
  if (!isObject(options)) throw new TypeError(`${caller}(): options must be an object such as { targets: ['the Taliban'] }, got ${describeValue(options)}`);
  const checks: Readonly<Record<string, OptionCheck>> = { ...OPTION_CHECKS, ...extra };
  for (const [key, value] of Object.entries(options)) {
    const check = checks[key];
    if (check === undefined) throw unknownOption(caller, key, Object.keys(checks));
    if (value === undefined) continue;
    const problem = check(value);
    if (problem !== null) throw new (typeof value === 'number' && NUMERIC.has(key) ? RangeError : TypeError)(`${caller}(): options.${key} ${problem}`);
  }
}

/** Throws a TypeError unless `text` is a string; bytes from readFileSync are the usual mistake. */
export function checkText(caller: string, text: unknown): void {
  if (typeof text === 'string') return;
  const fix = text instanceof Uint8Array ? "; decode it first, e.g. readFileSync(path, 'utf8')" : '';
  throw new TypeError(`${caller}(): text must be a string, got ${describeValue(text)}${fix}`);
}

/** Throws a TypeError unless `units` is an array of `{ text, speaker? }` (text a string, speaker a string or null). */
export function checkUnits(caller: string, units: unknown): void {
  if (!Array.isArray(units)) throw new TypeError(`${caller}(): units must be an array of { text, speaker? }, got ${describeValue(units)}`);
  for (const [index, unit] of units.entries()) {
    const problem = !isObject(unit)
      ? `is ${describeValue(unit)}`
      : typeof unit.text !== 'string'
        ? `has text ${describeValue(unit.text)}`
        : unit.speaker !== undefined && unit.speaker !== null && typeof unit.speaker !== 'string'
          ? `has speaker ${describeValue(unit.speaker)}`
          : null;
    if (problem !== null) throw new TypeError(`${caller}(): units must be an array of { text: string, speaker?: string | null }, but units[${index}] ${problem}`);
  }
}
