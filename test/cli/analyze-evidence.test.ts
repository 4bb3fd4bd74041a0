import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisSchema } from '../../src/model/analysis-schema.ts';
import { BAVARIA_ARRIVALS } from '../evidence/bavaria-arrivals.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-evidence-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const TEXT = 'In 2019, 12,000 refugees arrived in Bavaria. Bavaria should welcome more of them.\n';
const ARRIVALS = { ...BAVARIA_ARRIVALS, id: 'f1' };
const CLAIMS = [
  { id: 'c1', claim: 'About 12,000 refugees arrived in Bavaria in 2019.', verdict: 'True', url: 'https://factcheck.example/c1' },
  { id: 'c2', claim: 'The moon landing was staged in a studio.', verdict: 'False' },
];
const jsonl = (records: readonly object[]): string => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

test('--facts judges the factual claim and cites the fact with its source in every format', async () => {
  const text = write('text.txt', TEXT);
  const facts = write('facts.jsonl', jsonl([ARRIVALS]));
  const json = await runCli(['analyze', text, '--facts', facts]);
  assert.equal(json.code, 0, json.stderr);
  const analysis = AnalysisSchema.parse(JSON.parse(json.stdout));
  assert.deepEqual(analysis.verdicts.map((v) => [v.unit, v.verdict, v.facts]), [['u1', 'supported', ['f1']]]);
  assert.deepEqual(analysis.facts.map((f) => f.source.url), ['https://example.org/arrivals']);
  const markdown = await runCli(['analyze', text, '--facts', facts, '--format', 'md']);
  assert.match(markdown.stdout, /- Verdict: \*\*supported\*\*: .*\(facts: f1\)/u);
  assert.match(markdown.stdout, /## Facts cited\n\n- \*\*f1\*\* About 12,100 refugees arrived in Bavaria in 2019\. Source: \[Test fixture: arrivals\]/u);
  const argdown = await runCli(['analyze', text, '--facts', facts, '--format', 'argdown']);
  assert.match(argdown.stdout, /\/\/ u1 supported: .*\[f1\]/u);
});

test('--facts reports a bad fact line by number, uses the rest, and exits 1', async () => {
  const facts = write('mixed.jsonl', `${JSON.stringify(ARRIVALS)}\n{"id": "f2", "statement": "broken"\n`);
  const result = await runCli(['analyze', write('t2.txt', TEXT), '--facts', facts]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /mixed\.jsonl line 2: /u);
  assert.equal(result.stderr.trim().split('\n').length, 1);
  assert.deepEqual(JSON.parse(result.stdout).verdicts.map((v: { verdict: string }) => v.verdict), ['supported']);
});

test('--facts with a missing file or no usable facts stops with one line', async () => {
  const missing = await runCli(['analyze', write('t3.txt', TEXT), '--facts', join(dir, 'nope.jsonl')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^argscope: cannot read --facts .*nope\.jsonl: no such file; check the path\n$/u);
  const empty = await runCli(['analyze', write('t4.txt', TEXT), '--facts', write('empty.jsonl', '\n')]);
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /has no usable facts/u);
  const dash = await runCli(['analyze', write('t5.txt', TEXT), '--facts', '-']);
  assert.equal(dash.code, 1);
  assert.match(dash.stderr, /^argscope: fact bases \(--facts\) are read from files, not standard input \(-\); save them to a file and name it\n$/u);
});

test('--claims attaches the earlier fact-check of the same claim and leaves unrelated ones out', async () => {
  const result = await runCli(['analyze', write('t5.txt', TEXT), '--claims', write('claims.jsonl', jsonl(CLAIMS))]);
  assert.equal(result.code, 0, result.stderr);
  const analysis = AnalysisSchema.parse(JSON.parse(result.stdout));
  const ids = analysis.matches.flatMap((m) => m.matches.map((match) => `${m.unit}:${match.id}`));
  assert.deepEqual(ids, ['u1:c1']);
  assert.equal(analysis.matches[0]?.matches[0]?.url, 'https://factcheck.example/c1');
});

test('rejects a malformed --date or --top as a command-line error', async () => {
  const text = write('t6.txt', TEXT);
  const date = await runCli(['analyze', text, '--date', 'July 2021']);
  assert.equal(date.code, 2);
  assert.match(date.stderr, /--date must be an ISO 8601 date/u);
  const top = await runCli(['analyze', text, '--top', '0']);
  assert.equal(top.code, 2);
  assert.match(top.stderr, /--top must be a whole number from 1 to 1000/u);
  const huge = await runCli(['analyze', text, '--claims', text, '--top', '5000']);
  assert.equal(huge.code, 2);
  assert.match(huge.stderr, /--top must be a whole number from 1 to 1000, not "5000"/u);
  // parseArgs takes "-1" for a missing value: the message says how to pass one that starts with a dash.
  const negative = await runCli(['analyze', text, '--claims', text, '--top', '-1']);
  assert.equal(negative.code, 2);
  assert.match(negative.stderr, /option --top needs a value; one starting with "-" is written --top=-1/u);
});

test('refuses --top without --claims and --date without --facts instead of ignoring them', async () => {
  const text = write('t7.txt', TEXT);
  const top = await runCli(['analyze', text, '--top', '2']);
  assert.equal(top.code, 2);
  assert.match(top.stderr, /^argscope: --top .* needs --claims FILE\n$/u);
  const date = await runCli(['analyze', text, '--date', '2021-07']);
  assert.equal(date.code, 2);
  assert.match(date.stderr, /^argscope: --date .* needs --facts FILE\n$/u);
});

test('docs mode judges every document against the facts, each resolving predictions by its own date', async () => {
  const later = { ...BAVARIA_ARRIVALS, id: 'f2', statement: 'About 30,000 refugees arrived in Bavaria in 2023.', value: 30000, time: { from: '2023', to: '2023' } };
  const facts = write('docs-facts.jsonl', jsonl([ARRIVALS, later]));
  const prediction = 'Refugee arrivals in Bavaria will rise sharply.';
  const docs = write('docs.jsonl', jsonl([
    { id: 'a', text: TEXT },
    { id: 'b', text: prediction, date: '2020' },
    { id: 'c', text: prediction, date: 'last year' },
    { id: 'd', text: prediction },
  ]));
  const result = await runCli(['analyze', '--input', 'docs', docs, '--facts', facts]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /docs\.jsonl line 3: "date" must be an ISO 8601 date/u);
  const analyses = result.stdout.trim().split('\n').map((line) => AnalysisSchema.parse(JSON.parse(line)));
  assert.deepEqual(analyses.map((a) => a.id), ['a', 'b', 'd']);
  assert.deepEqual(analyses[0]?.verdicts.map((v) => v.verdict), ['supported']);
  assert.equal(analyses[1]?.units[0]?.kind, 'prediction');
  assert.deepEqual(analyses[1]?.resolutions.map((r) => r.facts), [['f2']]);
  assert.deepEqual(analyses[2]?.resolutions, []);
});

test('--out naming the fact base or the fact-check collection is refused before anything is written', async () => {
  const facts = write('keep-facts.jsonl', jsonl([ARRIVALS]));
  const claims = write('keep-claims.jsonl', jsonl(CLAIMS));
  for (const [flag, file] of [['--facts', facts], ['--claims', claims]] as const) {
    const before = readFileSync(file, 'utf8');
    const result = await runCli(['analyze', write('t7.txt', TEXT), flag, file, '--out', file]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^argscope: --out .* is an input file \(.*\); writing it would erase it: choose another file\n$/u);
    assert.equal(readFileSync(file, 'utf8'), before);
  }
});

test('--claims leaves out a fact-check that only shares a name with the claim, however small the collection', async () => {
  const claims = write('names.jsonl', jsonl([{ id: 'n1', claim: 'Bavaria secretly funds a foreign football league with tax money.' }]));
  const result = await runCli(['analyze', write('t8.txt', TEXT), '--claims', claims]);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).matches, []);
});

test('--claims with no usable fact-check stops with one line instead of matching against nothing', async () => {
  const result = await runCli(['analyze', write('t9.txt', TEXT), '--claims', write('nothing.csv', 'name,notes\nx,y\n')]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /--claims .*nothing\.csv holds no usable fact-checks \(1 record\(s\) skipped, see above\)/u);
  assert.equal(result.stdout, '');
});

test('a plain analysis loads neither the fact-check store nor the collection readers', () => {
  const guard = new URL('forbid-store.mjs', import.meta.url).pathname;
  const bin = new URL('../../bin/argscope.mjs', import.meta.url).pathname;
  const plain = spawnSync(process.execPath, ['--import', guard, bin, 'analyze', write('t10.txt', TEXT)], { encoding: 'utf8' });
  assert.equal(plain.stderr, '');
  assert.equal(plain.status, 0);
  // The control: with --claims the same guard stops the run, so it does catch the store.
  const withClaims = spawnSync(process.execPath, ['--import', guard, bin, 'analyze', write('t11.txt', TEXT), '--claims', write('guard.jsonl', jsonl(CLAIMS))], { encoding: 'utf8' });
  assert.notEqual(withClaims.status, 0);
  assert.match(withClaims.stderr, /forbidden import of (kysely|better-sqlite3|csv-parse)/u);
});
