import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';

const CLAIMS = '{"id": "moon", "claim": "The Moon landing was filmed in a studio.", "verdict": "False"}\n';

test('match names its fixed query limit without sending the user to --max-size, an option match refuses', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'argscope-query-limit-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const claims = join(dir, 'claims.jsonl');
  writeFileSync(claims, CLAIMS);
  const long = JSON.stringify({ id: 'long', text: 'moon landing '.repeat(80_000) });
  const result = await runCli(['match', '--claims', claims, '--input', '-'], `${long}\n{"id": "ok", "text": "the moon landing was staged"}\n`);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /line 1: longer than the 1000000-byte limit \(a query is a post or a claim, not a document\); line skipped/u);
  assert.doesNotMatch(result.stderr, /--max-size/u);
  assert.equal((JSON.parse(result.stdout.trim()) as { id: string }).id, 'ok');
});
