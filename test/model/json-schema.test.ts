import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analysisJsonSchema } from '../../src/model/json-schema.ts';

test('the committed JSON Schema is the one the zod schema generates (run npm run schema after a change)', () => {
  const committed = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, analysisJsonSchema());
});
