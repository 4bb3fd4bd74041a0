/**
 * A length limit on a fact's text fields. A fact is one sentence and its source; a field of tens
 * of thousands of characters is a runaway cell (a pasted page, a base64 blob), and was read as a
 * fact: a 20-million-character statement crashed the run with "internal error" (wink-nlp's stack,
 * now avoided in src/nlp/long-runs.ts) and still makes every claim's comparison read it. Refusing
 * it as a bad line, with the reason, keeps the rest of the fact base usable.
 */

/** The most characters any text field of a fact may hold. */
export const MAX_FACT_FIELD_LENGTH = 10_000;

const FIELDS: readonly (readonly string[])[] = [['id'], ['statement'], ['subject'], ['unit'], ['place'], ['quote'], ['source', 'title'], ['source', 'url']];

/** The message for the first text field of `record` over the limit, or null when none is. */
export function overlongField(record: Readonly<Record<string, unknown>>): string | null {
  for (const path of FIELDS) {
    let value: unknown = record;
    for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string' && value.length > MAX_FACT_FIELD_LENGTH) {
      return `"${path.join('.')}" is ${value.length.toLocaleString('en-US')} characters long; a fact is one sentence and its source: keep each field to at most ${MAX_FACT_FIELD_LENGTH.toLocaleString('en-US')} characters`;
    }
  }
  return null;
}
