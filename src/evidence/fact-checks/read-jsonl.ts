/** Fact-checks from JSONL: one `{id?, claim, title?, verdict?, url?, date?, author?}` object a line. */
import type { FactCheckResult } from './fact-check-record.ts';
import { factCheckFromRecord } from './fact-check-record.ts';
import { RepeatedIds } from './repeated-ids.ts';

/** Parses JSONL text; a line that is not JSON or not a fact-check is a problem, the rest is read. */
export function parseFactChecksJsonl(text: string, file: string): FactCheckResult {
  const result: FactCheckResult = { factChecks: [], places: [], problems: [] };
  const ids = new RepeatedIds();
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const number = i + 1;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        result.problems.push({ file, line: number, item: null, message: `not JSON (${error instanceof Error ? error.message : String(error)})` });
        return;
      }
      const checked = factCheckFromRecord(value, file);
      const problem = 'message' in checked ? checked.message : ids.check(checked.factCheck, number);
      if (problem !== null) result.problems.push({ file, line: number, item: null, message: problem });
      else if ('factCheck' in checked) {
        result.factChecks.push(checked.factCheck);
        result.places.push({ line: number, item: null });
        if (checked.warning !== null) result.problems.push({ file, line: number, item: null, message: checked.warning, kept: true });
      }
    });
  return result;
}
