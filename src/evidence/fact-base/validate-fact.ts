/**
 * One fact record, whatever file it came from, checked against `FactSchema` with messages a user
 * can act on: which field, what was wrong, what to write instead. Shared by the JSONL and CSV
 * readers so both formats report the same trouble in the same words.
 */
import { isIsoDatePrefix } from '../../model/iso-date.ts';
import type { Fact } from '../../model/evidence-schema.ts';
import { FactSchema } from '../../model/evidence-schema.ts';
import { overlongField } from './field-length.ts';

/** A bad line of a fact-base file: skipped, the rest of the file is still read. */
export interface FactProblem {
  readonly file: string;
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  readonly message: string;
}

/** What reading a fact base gives: the good facts, in file order, and one problem per bad line. */
export interface FactBaseResult {
  readonly facts: Fact[];
  readonly problems: FactProblem[];
}


/** Fields a fact may leave out: a missing one means "not stated", the same as null. */
const NULLABLE_FIELDS = ['subject', 'value', 'unit', 'time', 'place', 'quote'] as const;

/** How to write each field, for the message when it is wrong. */
const FIELD_HELP: Readonly<Record<string, string>> = {
  id: 'a short unique string such as "f01"',
  statement: 'the fact in one sentence',
  subject: 'what the value counts, e.g. "Afghan refugee arrivals in Pakistan", or null',
  value: 'a plain number such as 1200000 (no commas or words), or null',
  unit: 'e.g. "people", "percent", "USD", or null',
  time: '{"from": "1990", "to": "2004"} with ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), or null',
  'time.from': 'an ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD',
  'time.to': 'an ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD',
  place: 'a place name such as "Khyber Pakhtunkhwa", or null',
  source: '{"title": "...", "url": "..." or null}',
  'source.title': 'the title of the source the fact comes from',
  'source.url': 'the address of the source, or null',
  quote: 'the sentence of the source that states the fact, or null',
};

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.parse reads a number too large for a double (1e999) as Infinity, which JSON.stringify
  // writes as null: the message would say "value is null; write ..., or null".
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value} (too large a number)`;
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

function at(record: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Fills left-out nullable fields with null so a terse record ({id, statement, source}) is valid. */
function withDefaults(record: Record<string, unknown>): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...record };
  for (const field of NULLABLE_FIELDS) if (!(field in filled)) filled[field] = null;
  const source = filled['source'];
  if (source !== null && typeof source === 'object' && !Array.isArray(source) && !('url' in source)) {
    filled['source'] = { ...source, url: null };
  }
  return filled;
}

/** Checks the schema cannot express: non-empty strings, ISO time prefixes in order, finite values. */
function extraChecks(fact: Fact): string | null {
  if (fact.id.trim() === '') return '"id" is empty; give every fact a short unique id such as "f01"';
  if (fact.statement.trim() === '') return '"statement" is empty; write the fact in one sentence';
  if (fact.source.title.trim() === '') return '"source.title" is empty; name the source the fact comes from';
  if (fact.value !== null && !Number.isFinite(fact.value)) return '"value" must be a finite number';
  if (fact.time !== null) {
    for (const side of ['from', 'to'] as const) {
      if (!isIsoDatePrefix(fact.time[side])) {
        return `"time.${side}" is ${describe(fact.time[side])}; write ${FIELD_HELP[`time.${side}`] ?? ''}`;
      }
    }
    // Compare as the earliest day each prefix can mean: "2021" ≤ "2021-06" ≤ "2021-06-30".
    if (fact.time.from.slice(0, fact.time.to.length) > fact.time.to) {
      return `"time" runs backwards (${fact.time.from} to ${fact.time.to}); put the earlier date in "from"`;
    }
  }
  return null;
}

/**
 * Validates one raw record (a parsed JSON object or a CSV row turned into the same shape).
 * Returns the fact, or a message naming the first wrong field and how to write it.
 */
export function validateFact(record: unknown): { fact: Fact } | { message: string } {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { message: `expected a JSON object with "id", "statement" and "source", got ${describe(record)}` };
  }
  const overlong = overlongField(record as Record<string, unknown>);
  if (overlong !== null) return { message: overlong };
  const parsed = FactSchema.safeParse(withDefaults(record as Record<string, unknown>));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue === undefined) return { message: 'not a valid fact' };
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const field = path.join('.');
    const value = at(record, path);
    const help = FIELD_HELP[field] ?? 'see docs/fact-base.md';
    if (value === undefined) return { message: `"${field}" is missing; write ${help}` };
    return { message: `"${field}" is ${describe(value)}; write ${help}` };
  }
  const problem = extraChecks(parsed.data);
  return problem === null ? { fact: parsed.data } : { message: problem };
}

/**
 * Collects validated records into a result, reporting a repeated id as a problem on the later
 * line: verdicts cite facts by id, so two facts with one id would make a citation ambiguous.
 */
export class FactCollector {
  readonly facts: Fact[] = [];
  readonly problems: FactProblem[] = [];
  private readonly firstLine = new Map<string, number>();

  constructor(private readonly file: string) {}

  /** Validates `record` from `line` and keeps it, or records why not. */
  add(record: unknown, line: number): void {
    const result = validateFact(record);
    if ('message' in result) {
      this.problem(line, result.message);
      return;
    }
    const earlier = this.firstLine.get(result.fact.id);
    if (earlier !== undefined) {
      this.problem(line, `id "${result.fact.id}" was already used on line ${earlier}; give each fact its own id`);
      return;
    }
    this.firstLine.set(result.fact.id, line);
    this.facts.push(result.fact);
  }

  /** Records a problem with a line that could not be read at all. */
  problem(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message: `${message}; line skipped` });
  }

  /** The facts and problems so far. */
  result(): FactBaseResult {
    return { facts: this.facts, problems: this.problems };
  }
}
