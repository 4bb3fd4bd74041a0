import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisSchema } from '../../src/model/analysis-schema.ts';
import { runBin, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'argscope-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const OPINION = 'Cities should ban cars from their centres. Traffic causes about 40% of urban air pollution, according to a 2019 study.\n';

test('analyses a text file into JSON that the schema accepts', async () => {
  const result = await runCli(['analyze', write('op.txt', OPINION)]);
  assert.equal(result.code, 0);
  assert.equal(result.stderr, '');
  const analysis = AnalysisSchema.parse(JSON.parse(result.stdout));
  assert.equal(analysis.text, OPINION);
  assert.equal(analysis.units.length, 2);
  assert.equal(analysis.majorClaim, 'u1');
});

test('reads standard input when the file is -', async () => {
  const result = await runCli(['analyze', '-'], OPINION);
  assert.equal(result.code, 0);
  assert.equal(JSON.parse(result.stdout).text, OPINION);
});

test('writes every output format, and --out writes to a file', async () => {
  const input = write('formats.txt', OPINION);
  const md = await runCli(['analyze', input, '--format', 'md']);
  assert.match(md.stdout, /^# Argument report\n/);
  const argdown = await runCli(['analyze', input, '--format', 'argdown']);
  assert.match(argdown.stdout, /\[u1\]: Cities should ban cars/);
  const aif = await runCli(['analyze', input, '--format', 'aif']);
  assert.ok(Array.isArray(JSON.parse(aif.stdout).nodes));
  const out = join(dir, 'report.html');
  const html = await runCli(['analyze', input, '--format', 'html', '--out', out]);
  assert.equal(html.stdout, '');
  assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/i);
});

test('reads Markdown and HTML by their extension, with offsets into the original', async () => {
  const markdown = '# Title\n\nWe **should** act now, because delay costs $5 million a year.\n';
  const analysis = JSON.parse((await runCli(['analyze', write('post.md', markdown)])).stdout);
  assert.equal(analysis.format, 'markdown');
  for (const unit of analysis.units) assert.equal(markdown.slice(unit.start, unit.end), unit.text);
  const html = '<html><body><p>We should act now.</p><script>alert("no")</script></body></html>';
  const page = JSON.parse((await runCli(['analyze', write('page.html', html)])).stdout);
  assert.equal(page.format, 'html');
  assert.deepEqual(page.units.map((u: { text: string }) => u.text), ['We should act now.']);
});

test('passes stance targets through --target', async () => {
  const result = await runCli(['analyze', write('stance.txt', OPINION), '--target', 'cars', '--target', 'pollution']);
  const stances = JSON.parse(result.stdout).stances as { target: string; given: boolean }[];
  assert.deepEqual(stances.map((s) => [s.target, s.given]), [['cars', true], ['pollution', true]]);
});

test('streams docs mode as JSONL with ids, reporting bad lines by number and keeping the rest', async () => {
  const lines = [
    JSON.stringify({ id: 'a', text: OPINION }),
    'not json',
    JSON.stringify({ id: 'b', text: '' }),
    JSON.stringify({ text: 'no id' }),
    Buffer.from([0x7b, 0xff, 0x7d]).toString('latin1'),
    JSON.stringify({ id: 7, text: 'Taxes rose by 3% in 2021.', targets: ['taxes'] }),
  ];
  const input = write('docs.jsonl', Buffer.concat([Buffer.from(lines.slice(0, 4).join('\n') + '\n'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(lines[5] + '\n')]));
  const result = await runCli(['analyze', '--input', 'docs', input]);
  assert.equal(result.code, 1);
  const outputs = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(outputs.map((a) => a.id), ['a', '7']);
  assert.deepEqual(outputs[1].stances.map((s: { target: string }) => s.target), ['taxes']);
  const problems = result.stderr.trim().split('\n');
  assert.deepEqual(problems.slice(0, 4), [
    `argscope: ${input} line 2: not JSON (Unexpected token 'o', "not json" is not valid JSON); line skipped`,
    `argscope: ${input} line 3: "text" is empty; line skipped`,
    `argscope: ${input} line 4: "id" is missing; line skipped`,
    `argscope: ${input} line 5: not valid UTF-8; line skipped`,
  ]);
  assert.match(problems[4] ?? '', /^argscope: done: 2 documents, .*, 4 lines skipped \(see above\)$/);
});

test('docs mode names a field of the wrong type in words of its own, not the schema library\'s', async () => {
  const input = write('types.jsonl', [
    JSON.stringify({ id: 1, text: 5 }),
    JSON.stringify({ id: 2, text: 'Taxes rose.', targets: 'taxes' }),
    JSON.stringify({ id: 3, text: 'Taxes rose.', date: 2021 }),
    JSON.stringify({ id: 4, text: 'Taxes rose.' }),
  ].join('\n') + '\n');
  const result = await runCli(['analyze', '--input', 'docs', input]);
  assert.deepEqual(result.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['4']);
  assert.deepEqual(result.stderr.trim().split('\n').slice(0, 3), [
    `argscope: ${input} line 1: "text" must be a string; line skipped`,
    `argscope: ${input} line 2: "targets" must be a list of strings, such as ["the Taliban"]; line skipped`,
    `argscope: ${input} line 3: "date" must be a string; line skipped`,
  ]);
});

test('docs mode skips a line over the size limit and goes on', async () => {
  const big = JSON.stringify({ id: 'big', text: 'word '.repeat(400) });
  const input = write('big.jsonl', `${big}\n${JSON.stringify({ id: 'small', text: 'Prices rose.' })}\n`);
  const result = await runCli(['analyze', '--input', 'docs', input, '--max-size', '1kB']);
  assert.equal(result.code, 1);
  assert.deepEqual(result.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['small']);
  assert.match(result.stderr, /line 1: longer than the 1000-byte limit \(--max-size\); line skipped/);
});

test('units mode maps each valid line to exactly one unit, keeping speakers', async () => {
  const input = write('units.jsonl', [
    JSON.stringify({ text: 'We must act now. Delay is costly.', speaker: 'HALE' }),
    JSON.stringify({ text: 'That is false.', speaker: 'REYES' }),
    '{broken',
    JSON.stringify({ text: 'Prices rose 14 percent in 2022.' }),
  ].join('\n'));
  const result = await runCli(['analyze', '--input', 'units', input]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /line 3: not JSON/);
  const analysis = JSON.parse(result.stdout);
  assert.deepEqual(
    analysis.units.map((u: { text: string; speaker: string | null }) => [u.text, u.speaker]),
    [['We must act now. Delay is costly.', 'HALE'], ['That is false.', 'REYES'], ['Prices rose 14 percent in 2022.', null]],
  );
});

test('refuses bad input with one line naming the input and the fix', async () => {
  const cases: [string[], string | Buffer, RegExp, number][] = [
    [['analyze', join(dir, 'missing.txt')], '', /^argscope: cannot read .*missing\.txt: no such file; check the path\n$/, 1],
    [['analyze', dir], '', /^argscope: .* is a directory; give a text file \(or - for standard input\)\n$/, 1],
    [['analyze', write('binary.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))], '', /looks like a binary file \(it contains NUL bytes\)/, 1],
    [['analyze', write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))], '', /is not valid UTF-8; convert it first/, 1],
    [['analyze', write('empty.txt', '  \n')], '', /is empty; there is nothing to analyse\n$/, 1],
    [['analyze', write('large.txt', 'a'.repeat(3000)), '--max-size', '2kB'], '', /is 3\.0 kB, over the 2\.0 kB limit; pass --max-size/, 1],
    [['analyze', '-', '--max-size', '10'], 'far more than ten bytes', /standard input is over the 10 bytes limit/, 1],
    [['analyze', 'x.txt', '--bogus'], '', /^argscope: unknown option --bogus; see argscope analyze --help\n$/, 2],
    [['analyze', 'x.txt', '--format', 'pdf'], '', /--format must be one of json, md, argdown, aif, html, not "pdf"/, 2],
    [['analyze', 'x.txt', '--max-size', 'huge'], '', /--max-size must be a size such as 5MB/, 2],
    [['analyze'], '', /analyze needs a file to read, or - for standard input/, 2],
    [['analyse', 'x.txt'], '', /unknown command "analyse"; the commands are analyze, schema, index and match/, 2],
    [['post.txt'], '', /unknown command "post\.txt"; did you mean: argscope analyze post\.txt/, 2],
    [['analyze', write('list.jsonl', '{}\n')], '', /is JSONL: say --input docs .* or --input units/, 2],
    [['analyze', '--input', 'docs', write('d.jsonl', '{}\n'), '--format', 'md'], '', /--input docs writes JSONL/, 2],
    [['analyze', write('out.txt', OPINION), '--out', join(dir, 'no-such-dir', 'x.json')], '', /cannot write .*x\.json: no such file; check the path, permissions and free space/, 1],
    [['analyze', write('out.txt', OPINION), '--out', dir], '', /cannot write .*: it is a directory; check the path/, 1],
    // A full disk fails the last write, after the file opened: still one line, not an internal error.
    ...(existsSync('/dev/full') ? [[['analyze', write('out.txt', OPINION), '--out', '/dev/full'], '', /cannot write \/dev\/full: no space left on the device/, 1] as [string[], string, RegExp, number]] : []),
    [['analyze', write('utf16.txt', Buffer.from([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))], '', /is UTF-16 text; convert it to UTF-8 first, e\.g\. iconv -f utf-16/, 1],
    [['analyze', 'x.txt', '--target', ' '], '', /--target must not be empty/, 2],
    [['--format', 'md'], '', /^argscope: no command given; did you mean: argscope analyze FILE --format md\n$/, 2],
    [['analyze', write('self.txt', OPINION), '--out', join(dir, 'self.txt')], '', /--out .*self\.txt is an input file \(.*self\.txt\); writing it would erase it/, 2],
  ];
  for (const [args, stdin, pattern, code] of cases) {
    const result = await runCli(args, stdin);
    assert.equal(result.code, code, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, pattern, args.join(' '));
    assert.equal(result.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}`);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('prints help, version and the JSON Schema', async () => {
  assert.match((await runCli(['--help'])).stdout, /^argscope: read an argument/);
  assert.match((await runCli(['--version'])).stdout, /^\d+\.\d+\.\d+\n$/);
  const schema = JSON.parse((await runCli(['schema'])).stdout);
  assert.equal(schema.$id, 'https://argscope.dev/schema/analysis-1.0.json');
});

test('the installed command runs end to end and fails cleanly', () => {
  const ok = runBin(['analyze', '-', '--format', 'md'], OPINION);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /## Thesis\n\n> Cities should ban cars from their centres\./);
  const bad = runBin(['analyze', join(dir, 'nope.txt')]);
  assert.equal(bad.code, 1);
  assert.equal(bad.stderr, `argscope: cannot read ${join(dir, 'nope.txt')}: no such file; check the path\n`);
});

test('a document that cannot be analysed is reported by line and the others still come out', async () => {
  const input = write('mixed.jsonl', [
    JSON.stringify({ id: 'first', text: OPINION }),
    JSON.stringify({ id: 'runaway', text: 'Yes. No. '.repeat(10) }),
    JSON.stringify({ id: 'last', text: 'Prices rose 14 percent in 2022.' }),
  ].join('\n'));
  const result = await runCli(['analyze', '--input', 'docs', input, '--max-units', '5']);
  assert.equal(result.code, 1);
  assert.deepEqual(result.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['first', 'last']);
  assert.match(result.stderr, /line 2: input has 20 units, over the limit of 5; split the text or raise maxUnits \(--max-units\); line skipped/);
});

test('--out naming the input of a docs run is refused before anything is written', async () => {
  const input = write('keep.jsonl', `${JSON.stringify({ id: 1, text: OPINION })}\n`);
  const result = await runCli(['analyze', '--input', 'docs', input, '--out', input]);
  assert.equal(result.code, 2);
  assert.equal(readFileSync(input, 'utf8'), `${JSON.stringify({ id: 1, text: OPINION })}\n`);
});

test('a mistyped docs input leaves an existing --out file untouched', async () => {
  const out = write('results.jsonl', 'earlier results\n');
  const result = await runCli(['analyze', '--input', 'docs', join(dir, 'typo.jsonl'), '--out', out]);
  assert.equal(result.code, 1);
  assert.equal(readFileSync(out, 'utf8'), 'earlier results\n');
});

test('--input docs on empty input says so on stderr and writes nothing', async () => {
  const result = await runCli(['analyze', '--input', 'docs', '-'], '');
  assert.equal(result.code, 0);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, 'argscope: standard input holds no documents; nothing was analysed\n');
});

test('a text with no prose still gets its report, and stderr says the report is empty', async () => {
  const result = await runCli(['analyze', write('code.md', '```\nconst x = 1;\n```\n'), '--format', 'md']);
  assert.equal(result.code, 0);
  assert.match(result.stdout, /No argument found/);
  assert.match(result.stderr, /^argscope: .*code\.md has no prose to analyse \(only markup, code or labels\); the report is empty\n$/);
  const prose = await runCli(['analyze', write('prose.md', OPINION)]);
  assert.equal(prose.stderr, '');
});
