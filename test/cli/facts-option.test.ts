import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CliError } from '../../src/cli/cli-error.ts';
import { parseCommandLine } from '../../src/cli/options.ts';

test('--facts names one fact base', () => {
  assert.equal(parseCommandLine(['analyze', 'post.txt', '--facts', 'a.jsonl'], false).facts, 'a.jsonl');
  assert.equal(parseCommandLine(['analyze', 'post.txt'], false).facts, null);
});

test('a second --facts is refused (exit 2) instead of silently replacing the first', () => {
  assert.throws(
    () => parseCommandLine(['analyze', 'post.txt', '--facts', 'a.jsonl', '--facts', 'b.csv'], false),
    (error: unknown) => error instanceof CliError && error.exitCode === 2 && /--facts takes one fact base, not 2 \(a\.jsonl, b\.csv\)/u.test(error.message),
  );
});
