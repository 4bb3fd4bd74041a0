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
