/**
 * The two JSONL input modes' line schemas, and turning a raw line into a record or a one-line
 * problem that names what is wrong.
 */
import { z } from 'zod';
import type { RawLine } from './jsonl-lines.ts';
import { isIsoDatePrefix } from '../model/iso-date.ts';

/** `--input docs`: one document per line. */
export const DocLineSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }),
  text: z.string({ error: 'must be a string' }).refine((t) => t.trim() !== '', 'is empty'),
  targets: z.array(z.string({ error: 'must be a string' }), { error: 'must be a list of strings, such as ["the Taliban"]' }).optional(),
  /** When the document was written (ISO 8601 date or prefix): with --facts, later facts resolve its predictions. */
  date: z
    .string({ error: 'must be a string' })
    .refine(isIsoDatePrefix, 'must be an ISO 8601 date or its start, such as 2021-07')
    .optional(),
});

/** `--input units`: one pre-segmented unit per line, in document order. */
export const UnitLineSchema = z.object({
  text: z.string({ error: 'must be a string' }).refine((t) => t.trim() !== '', 'is empty'),
  speaker: z.string({ error: 'must be a string or null' }).nullable().optional(),
});

export type DocLine = z.infer<typeof DocLineSchema>;
export type UnitLine = z.infer<typeof UnitLineSchema>;

export type LineResult<T> = { readonly number: number; readonly record: T } | { readonly number: number; readonly problem: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes, parses and validates one line; never throws.
 *
 * @param limitHint what raises the length limit, for the message: `argscope match` has a fixed one
 *   and refuses `--max-size`, so pointing its users there sent them to an unknown option
 */
export function parseLine<T>(line: RawLine, schema: z.ZodType<T>, maxBytes: number, limitHint = '--max-size'): LineResult<T> {
  const { number, bytes } = line;
  if (bytes === null) return { number, problem: `longer than the ${maxBytes}-byte limit (${limitHint})` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { number, problem: 'not valid UTF-8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { number, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue === undefined) return { number, problem: 'invalid' };
    if (issue.path.length === 0) return { number, problem: `expected a JSON object, not ${JSON.stringify(value)?.slice(0, 40)}` };
    const field = `"${issue.path.join('.')}"`;
    const present = issue.path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], value);
    // Our own messages read on from the field ("is empty"); zod's own start with a capital ("Invalid input: …").
    const reason = /^[a-z]/.test(issue.message) ? `${field} ${issue.message}` : `${field}: ${issue.message}`;
    return { number, problem: present === undefined ? `${field} is missing` : reason };
  }
  return { number, record: parsed.data };
}
