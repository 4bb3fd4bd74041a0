import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEvidenceCommandLine } from '../../src/cli/evidence-options.ts';
import { parseCommandLine } from '../../src/cli/options.ts';

const analyzeProgress = (argv: string[], tty: boolean): boolean => {
  const options = parseCommandLine(argv, tty);
  assert.equal(options.command, 'analyze');
  return (options as { progress: boolean }).progress;
};

test('progress is on by default only when stderr is a terminal, and --no-progress turns it off there', () => {
  const docs = ['analyze', '--input', 'docs', 'posts.jsonl'];
  assert.equal(analyzeProgress(docs, true), true);
  assert.equal(analyzeProgress(docs, false), false);
  assert.equal(analyzeProgress([...docs, '--progress'], false), true);
  assert.equal(analyzeProgress([...docs, '--no-progress'], true), false);
  // The last of the two wins, so an alias that adds one can be overridden by the other.
  assert.equal(analyzeProgress([...docs, '--progress', '--no-progress'], false), false);
  assert.equal(analyzeProgress([...docs, '--no-progress', '--progress'], true), true);
});

test('index and match take --no-progress too', () => {
  const progressOf = (argv: string[]): boolean => {
    const options = parseEvidenceCommandLine(argv, true);
    assert.ok(options.command === 'index' || options.command === 'match', `parsed as ${options.command}`);
    return options.progress;
  };
  assert.equal(progressOf(['index', 'checks.jsonl', '--db', 'checks.db', '--no-progress']), false);
  assert.equal(progressOf(['match', '--claims', 'checks.db', '--input', 'q.jsonl', '--no-progress']), false);
  assert.equal(progressOf(['match', '--claims', 'checks.db', '--input', 'q.jsonl']), true);
});

test('after "--" an argument spelt like the flag is a file name and changes nothing', () => {
  assert.equal(analyzeProgress(['analyze', '--input', 'docs', '--', '--no-progress'], true), true);
});
