/**
 * The JSONL fact-base format: one fact object per line (see docs/fact-base.md). Blank lines and
 * lines starting with `#` or `//` are skipped so a hand-kept file can carry notes.
 */
import type { FactBaseResult } from './validate-fact.ts';
import { FactCollector } from './validate-fact.ts';

/**
 * Parses a JSONL fact base. Never throws on bad content: each bad line becomes one problem with
 * its line number, and every other line is still read.
 *
 * @param text the file's contents
 * @param file the name to report problems under
 */
export function parseFactsJsonl(text: string, file: string): FactBaseResult {
  const collector = new FactCollector(file);
  const whole = wholeFileJson(text);
  if (whole !== null) {
    const jq = whole === 'one JSON list' ? `jq -c '.[]'` : 'jq -c .';
    collector.problem(1, `the file is ${whole}, not JSONL; write one fact object per line, e.g. ${jq} ${file} > facts.jsonl`);
    return collector.result();
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('//')) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      collector.problem(index + 1, `not valid JSON (${reason}); write one JSON object per line`);
      return;
    }
    collector.add(record, index + 1);
  });
  return collector.result();
}

/**
 * What the file is when it is one JSON value over several lines (a list of facts, or one fact
 * pretty-printed), else null. A ".json" fact base is JSONL, but a list is what people write
 * there, and read line by line it gave one "not valid JSON" per line of the file and no fact.
 */
function wholeFileJson(text: string): string | null {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const multiline = trimmed.includes('\n');
  if (!trimmed.startsWith('[') && !(trimmed.startsWith('{') && multiline)) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (Array.isArray(value)) return 'one JSON list';
  return multiline && typeof value === 'object' && value !== null ? 'one JSON object over several lines' : null;
}
