import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEncoder } from '../../src/encoder/load-encoder.ts';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import { runCli } from '../cli/run-cli.ts';
import { makeTinyEncoder } from './tiny-encoder.ts';
import { trainTinyVariants } from './trained-encoder.ts';

const TEXT = 'Traffic deaths rose by 14 percent in 2023. I believe commuters deserve better.\n';
const folders: string[] = [];
let trained: string;

function tiny(): string {
  const dir = makeTinyEncoder();
  folders.push(dir);
  return dir;
}

function encoderCues(analysis: Analysis): string[] {
  return analysis.units.map((u) => u.cues.checkworthiness[0]?.text ?? '');
}

before(async () => {
  trained = tiny();
  const encoder = await loadEncoder(trained);
  await trainTinyVariants(encoder);
  await encoder.dispose();
});

after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

test('analyze --encoder DIR scores check-worthiness with the encoder', async () => {
  const result = await runCli(['analyze', '-', '--encoder', trained], TEXT);
  assert.equal(result.stderr, '');
  assert.equal(result.code, 0);
  const cues = encoderCues(JSON.parse(result.stdout) as Analysis);
  assert.equal(cues.length, 2);
  for (const cue of cues) assert.match(cue, /^check-worthiness model with encoder: \d+%$/);
});

test('analyze --input units --encoder DIR analyses the units with the encoder', async () => {
  const lines = `${JSON.stringify({ text: 'Taxes rose by 12 percent.' })}\n${JSON.stringify({ text: 'What a mess.' })}\n`;
  const result = await runCli(['analyze', '-', '--input', 'units', '--encoder', trained], lines);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(encoderCues(JSON.parse(result.stdout) as Analysis).filter((c) => c.includes('with encoder')).length, 2);
});

test('analyze --input docs --encoder DIR analyses every good line with the encoder and reports the bad one', async () => {
  const lines = [JSON.stringify({ id: 1, text: TEXT }), 'not json', JSON.stringify({ id: 'b', text: 'We spent 6 trillion dollars.' })].join('\n');
  const result = await runCli(['analyze', '-', '--input', 'docs', '--encoder', trained], lines);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^argscope: standard input line 2: /);
  const analyses = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Analysis);
  assert.deepEqual(analyses.map((a) => a.id), ['1', 'b']);
  for (const analysis of analyses) for (const cue of encoderCues(analysis)) assert.match(cue, /with encoder/);
});

test('a missing encoder folder is a one-line error with exit code 2', async () => {
  const result = await runCli(['analyze', '-', '--encoder', '/no/such/encoder'], TEXT);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /^argscope: encoder folder \/no\/such\/encoder does not exist; [^\n]+\n$/);
  assert.equal(result.stdout, '');
});

test('an encoder without trained models says which command trains them', async () => {
  const untrained = tiny();
  const result = await runCli(['analyze', '-', '--encoder', untrained], TEXT);
  assert.equal(result.code, 2);
  assert.equal(result.stderr, `argscope: encoder folder ${untrained} has no argscope models for it (argscope/checkworthiness.json); run npm run train -- --encoder ${untrained} checkworthiness first\n`);
});

test('--encoder needs a folder, and --help documents it', async () => {
  assert.equal((await runCli(['analyze', '-', '--encoder', ''], TEXT)).code, 2);
  assert.match((await runCli(['--help'])).stdout, /--encoder DIR +add the embeddings of a local sentence encoder/);
});

test('a plain run never loads transformers.js or onnxruntime', () => {
  const input = join(folders[0] ?? '', 'post.txt');
  writeFileSync(input, TEXT);
  const guard = new URL('forbid-transformers.mjs', import.meta.url).pathname;
  const plain = spawnSync(process.execPath, ['--import', guard, new URL('../../bin/argscope.mjs', import.meta.url).pathname, 'analyze', input], { encoding: 'utf8' });
  assert.equal(plain.stderr, '');
  assert.equal(plain.status, 0);
  // The control: the same guard does catch an import of transformers.js.
  const control = spawnSync(process.execPath, ['--import', guard, '--input-type=module', '-e', "await import('@huggingface/transformers')"], { encoding: 'utf8' });
  assert.notEqual(control.status, 0);
  assert.match(control.stderr, /forbidden import of @huggingface\/transformers/);
});

test('without the optional transformers.js package, --encoder says how to install it, in one line', () => {
  const input = join(trained, 'post.txt');
  writeFileSync(input, TEXT);
  const hook = new URL('without-transformers.mjs', import.meta.url).pathname;
  const result = spawnSync(process.execPath, ['--import', hook, new URL('../../bin/argscope.mjs', import.meta.url).pathname, 'analyze', input, '--encoder', trained], { encoding: 'utf8' });
  assert.equal(result.status, 2);
  assert.equal(result.stderr, 'argscope: --encoder needs the optional package @huggingface/transformers: install it with npm install @huggingface/transformers@4.3.1\n');
});
