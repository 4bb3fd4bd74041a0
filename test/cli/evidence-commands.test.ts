import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-evidence-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const PAGE = new URL('../fixtures-evidence/claim-review-page.html', import.meta.url).pathname;

const CLAIMS_JSONL = [
  '{"id": "bridge", "claim": "The Harbor Bridge will close for five years starting in 2025.", "verdict": "False"}',
  '{"id": "moon", "claim": "The Moon landing was filmed in a studio.", "title": "Was the Moon landing staged?", "verdict": "False", "url": "https://checks.example/moon"}',
  '{"id": "broken", "claim": ',
  '{"id": "no-claim"}',
  '{"id": "vaccine", "claim": "Vaccines contain microchips for tracking people.", "verdict": "False"}',
].join('\n');
const CLAIMS_CSV = 'id,claim,verdict\nwater,"Drinking eight glasses of water a day is required by law, officials say",False\nempty,,True\n';
const QUERIES = [
  '{"id": 1, "text": "They say the moon landing was staged in a film studio!!"}',
  '{"id": "q2", "text": "Heads up: Harbor Bridge closing for 5 years from 2025??"}',
  'oops',
  '{"id": "q4"}',
  '{"id": "q5", "text": "nothing in common here whatsoever"}',
].join('\n');

interface Line {
  id: string;
  matches: { id: string; score: number; claim: string; verdict: string | null; url: string | null }[];
}
const lines = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

test('match indexes collections in memory, prints one JSONL line per good query and reports bad lines by number', async () => {
  const claims = write('claims.jsonl', CLAIMS_JSONL);
  const csv = write('claims.csv', CLAIMS_CSV);
  const queries = write('queries.jsonl', QUERIES);
  const result = await runCli(['match', '--claims', claims, '--claims', csv, '--claims', PAGE, '--input', queries, '--top', '2']);
  assert.equal(result.code, 1);
  const out = lines(result.stdout);
  assert.deepEqual(out.map((l) => l.id), ['1', 'q2', 'q5']);
  assert.equal(out[0]?.matches[0]?.id, 'moon');
  assert.deepEqual(Object.keys(out[0]?.matches[0] ?? {}), ['id', 'score', 'claim', 'verdict', 'url']);
  assert.equal(out[1]?.matches[0]?.id, 'bridge');
  assert.ok(out.every((l) => l.matches.length <= 2));
  assert.deepEqual(out[2]?.matches, []);
  assert.deepEqual(result.stderr.trim().split('\n'), [
    `argscope: ${claims} line 3: not JSON (Unexpected end of JSON input); skipped`,
    `argscope: ${claims} line 4: "claim" is missing: every fact-check needs the claim it checked; skipped`,
    `argscope: ${csv} line 3: "claim" is empty; skipped`,
    `argscope: ${PAGE} JSON-LD block 2 item 2: "claimReviewed" is missing: a ClaimReview needs the claim it checked; skipped`,
    `argscope: ${queries} line 3: not JSON (Unexpected token 'o', "oops" is not valid JSON); line skipped`,
    `argscope: ${queries} line 4: "text" is missing; line skipped`,
    'argscope: done: 3 queries matched in ' + /in ([\d.]+ s)/.exec(result.stderr)?.[1] + ', 2 lines skipped (see above)',
  ]);
});

test('index builds an SQLite file that match reads; re-indexing the same files changes nothing', async () => {
  const claims = write('good.jsonl', CLAIMS_JSONL.split('\n').filter((_, i) => i !== 2 && i !== 3).join('\n'));
  const db = join(dir, 'checks.db');
  const first = await runCli(['index', claims, PAGE, '--db', db]);
  assert.equal(first.code, 1, first.stderr);
  assert.match(first.stderr, /JSON-LD block 2 item 2: "claimReviewed" is missing/);
  assert.match(first.stderr, /argscope: indexed 5 fact-checks from 2 files, 1 record skipped \(see above\) in [\d.]+ s; .*checks\.db holds 5 fact-checks\n$/);
  const again = await runCli(['index', claims, '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /^argscope: indexed 3 fact-checks from 1 file, none skipped in [\d.]+ s; .*checks\.db holds 5 fact-checks\n$/);

  const queries = write('q.jsonl', '{"id": "a", "text": "Is the Millbrook dog ban in parks real?"}\n{"id": "b", "text": "moon landing filmed in a studio"}\n');
  const out = join(dir, 'matches.jsonl');
  const matched = await runCli(['match', '--claims', db, '--input', queries, '--out', out, '--top', '1']);
  assert.equal(matched.code, 0, matched.stderr);
  assert.equal(matched.stderr, '');
  assert.deepEqual(
    lines(readFileSync(out, 'utf8')).map((l) => [l.id, l.matches.map((m) => m.id)]),
    [
      ['a', ['https://checks.example/dog-ban']],
      ['b', ['moon']],
    ],
  );
  const stdin = await runCli(['match', '--claims', db, '--input', '-'], '{"id": "s", "text": "Ohio law: 8 glasses of water a day"}\n');
  assert.equal(lines(stdin.stdout)[0]?.matches[0]?.id, 'ec-2023-118');
});

test('bad command lines exit 2 with one line', async () => {
  const claims = write('c2.jsonl', CLAIMS_JSONL);
  const cases: [string[], RegExp][] = [
    [['index', claims], /^argscope: index needs --db FILE/],
    [['index', '--db', join(dir, 'x.db')], /^argscope: index needs at least one file/],
    [['match', '--input', claims], /^argscope: match needs --claims FILE/],
    [['match', '--claims', claims], /^argscope: match needs --input FILE\.jsonl/],
    [['match', '--claims', claims, '--input', claims, '--top', '0'], /^argscope: --top must be a whole number from 1 to 1000, not "0"/],
    [['match', '--claims', claims, '--input', claims, '--top', 'five'], /^argscope: --top must be a whole number/],
    [['match', '--claims', claims, '--input', claims, '--frobnicate'], /^argscope: unknown option --frobnicate; see argscope match --help/],
    [['match', '--claims', claims, '--input', claims, 'extra.txt'], /^argscope: match takes no file arguments/],
    [['index', claims, '--db', claims], /^argscope: --db .* is one of the input files/],
    [['match', '--claims', claims, '--input', claims, '--out', claims], /^argscope: --out .* is an input file/],
  ];
  for (const [args, message] of cases) {
    const result = await runCli(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  }
  assert.equal(readFileSync(claims, 'utf8'), CLAIMS_JSONL);
});

test('unusable inputs exit 1 with one line and never a stack trace', async () => {
  const notDb = write('notes.db', 'plain notes\n'.repeat(20));
  const queries = write('q1.jsonl', '{"id": 1, "text": "hello"}\n');
  const db = join(dir, 'built.db');
  await runCli(['index', write('ok.jsonl', '{"id": "a", "claim": "A claim."}\n'), '--db', db]);
  const cases: [string[], RegExp][] = [
    [['index', join(dir, 'missing.jsonl'), '--db', join(dir, 'new.db')], /^argscope: cannot read .*missing\.jsonl: no such file; check the path\n$/],
    [['index', dir, '--db', join(dir, 'new2.db')], /is a directory/],
    [['index', write('x.jsonl', '{"claim": "a"}\n'), '--db', notDb], /notes\.db is not an SQLite file, so not an argscope index/],
    [['match', '--claims', notDb, '--input', queries], /no fact-checks to match against|holds no usable fact-checks|not an SQLite file/],
    [['match', '--claims', db, '--claims', write('more.jsonl', '{"claim": "b"}\n'), '--input', queries], /is an index file: give it alone/],
    [['match', '--claims', write('bad.jsonl', 'nope\n'), '--input', queries], /holds no usable fact-checks/],
    [['match', '--claims', db, '--input', join(dir, 'nope.jsonl')], /cannot read .*nope\.jsonl: no such file/],
    [['match', '--claims', '-', '--input', queries], /^argscope: fact-check collections are read from files, not standard input \(-\); save them to a file/],
    [['index', '-', '--db', join(dir, 'new3.db')], /^argscope: fact-check collections are read from files, not standard input/],
  ];
  for (const [args, message] of cases) {
    const result = await runCli(args);
    assert.ok(result.code === 1 || result.code === 2, `${args.join(' ')}: ${result.code}`);
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  }
  assert.equal(existsSync(join(dir, 'new.db')), false);
  assert.equal(readFileSync(notDb, 'utf8'), 'plain notes\n'.repeat(20));
});

test('the installed command runs index and match as a user would', () => {
  const claims = write('bin.jsonl', CLAIMS_JSONL.split('\n')[1] ?? '');
  const db = join(dir, 'bin.db');
  const indexed = runBin(['index', claims, '--db', db]);
  assert.equal(indexed.code, 0, indexed.stderr);
  const matched = runBin(['match', '--claims', db, '--input', '-'], '{"id": "x", "text": "the moon landing was fake"}\n');
  assert.equal(matched.code, 0, matched.stderr);
  assert.equal(lines(matched.stdout)[0]?.matches[0]?.id, 'moon');
  assert.match(runBin(['--help']).stdout, /argscope match --claims CLAIMS --input QUERIES\.jsonl/);
});

test('an empty query file is said to be empty, not passed over in silence', async () => {
  const claims = write('claims-for-empty.jsonl', CLAIMS_JSONL);
  const queries = write('no-queries.jsonl', '\n\n');
  const result = await runCli(['match', '--claims', claims, '--input', queries]);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, new RegExp(`argscope: ${queries} holds no queries; nothing was matched\\n$`, 'u'));
});

test('a record with a date that cannot be read is indexed without it, reported, and makes the exit code 1', async () => {
  const claims = write('dated.jsonl', '{"id": "d1", "claim": "The dam burst in spring.", "date": "2022-13-45"}\n{"id": "d2", "claim": "The dam held.", "date": "2022-12-01"}\n');
  const result = await runCli(['index', claims, '--db', join(dir, 'dated.db')]);
  assert.equal(result.code, 1);
  assert.deepEqual(result.stderr.trim().split('\n').slice(0, -1), [
    `argscope: ${claims} line 1: "date" is not a date: "2022-13-45"; write it as 2020-01-31, 2020-01 or 2020; kept without a date`,
  ]);
  assert.match(result.stderr, /indexed 2 fact-checks from 1 file, 1 record kept without a date \(see above\) in [\d.]+ s; .*dated\.db holds 2 fact-checks\n$/);
});

test('index says so, and exits 1, when a collection file holds no fact-checks at all, and still indexes the others', async () => {
  const db = join(dir, 'empty-files.db');
  const headerOnly = write('header-only.csv', 'id,claim\n');
  const result = await runCli(['index', headerOnly, write('one.jsonl', '{"id": "e1", "claim": "One claim."}\n'), '--db', db]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^argscope: .*header-only\.csv holds no fact-checks \(an empty file, or a header with no rows\); check that it is the collection you meant\n/);
  assert.match(result.stderr, /indexed 1 fact-check from 2 files, 1 file with no fact-checks \(see above\).*holds 1 fact-check\n$/);
});
