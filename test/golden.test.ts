/**
 * Golden fixtures: each test/fixtures/<case>/input.* is analysed and compared with expected.json.
 * After an intended change, regenerate them with `UPDATE=1 npm test` and review the diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze.ts';
import { AnalysisSchema } from '../src/model/analysis-schema.ts';
import type { TextFormat } from '../src/parse/parse-input.ts';

const root = new URL('./fixtures/', import.meta.url);
const formats: Readonly<Record<string, TextFormat>> = { '.md': 'markdown', '.html': 'html', '.txt': 'auto' };

for (const name of readdirSync(root).sort()) {
  const folder = new URL(`${name}/`, root);
  if (!existsSync(folder) || name.endsWith('.md')) continue;
  const input = readdirSync(folder).find((f) => f.startsWith('input.'));
  if (input === undefined) continue;
  test(`golden: ${name}`, () => {
    const text = readFileSync(new URL(input, folder), 'utf8');
    const analysis = AnalysisSchema.parse(analyze(text, { format: formats[input.slice(input.lastIndexOf('.'))] ?? 'auto' }));
    const expectedPath = new URL('expected.json', folder);
    // Only UPDATE=1 writes: a missing expected.json must fail, or a fixture could never fail CI.
    if (process.env.UPDATE === '1') {
      writeFileSync(expectedPath, `${JSON.stringify(analysis, null, 2)}\n`);
    }
    assert.deepEqual(analysis, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
