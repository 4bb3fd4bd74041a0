import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import { runBin, runCli } from './run-cli.ts';

/**
 * Runs the CLI with a standard input that never ends and remembers being read: a help request that
 * started reading it would hang (and fail by the test's timeout) or be caught by `read`.
 */
async function runWithOpenStdin(args: readonly string[]): Promise<{ code: number; stdout: string; stdinRead: boolean }> {
  let stdinRead = false;
  const stdin = new Readable({
    read() {
      stdinRead = true;
    },
  });
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await main(args, { stdin, stdout, stderr: new PassThrough(), stderrIsTty: false });
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stdinRead };
}

const ASKS = (command: string): (readonly string[])[] => [
  [command, '--help'],
  [command, '-h'],
  ['help', command],
  ['--help', command],
];

test('each command has its own help: usage, options and an example, exit 0, standard input left alone', { timeout: 20_000 }, async () => {
  const own: Record<string, { usage: RegExp; option: RegExp; example: RegExp; foreign: RegExp }> = {
    analyze: { usage: /^Usage:\n {2}argscope analyze FILE\|- \[options\]/m, option: /^ {2}--facts FILE {6}judge factual claims/m, example: /^Examples:\n {2}argscope analyze examples\/op-ed\.txt/m, foreign: /--db FILE/ },
    index: { usage: /^Usage:\n {2}argscope index CLAIMS\.\.\. --db FILE/m, option: /^ {2}--db FILE {9}the index file to create/m, example: /^Example:\n {2}argscope index .* --db checks\.db$/m, foreign: /--facts|--format/ },
    match: { usage: /^Usage:\n {2}argscope match --claims CLAIMS --input QUERIES\.jsonl/m, option: /^ {2}--top K {11}most matches per query \(default 5/m, example: /^Examples:\n {2}argscope match --claims checks\.db/m, foreign: /--db FILE|--facts|--format/ },
  };
  for (const [command, expected] of Object.entries(own)) {
    // "-" and --input - ask for standard input: help must still not read it.
    for (const args of [...ASKS(command), command === 'match' ? ['match', '--input', '-', '--help'] : [command, '-', '--help']]) {
      const result = await runWithOpenStdin(args);
      const name = args.join(' ');
      assert.equal(result.code, 0, name);
      assert.equal(result.stdinRead, false, `${name} read standard input`);
      assert.match(result.stdout, new RegExp(`^argscope ${command}: `), name);
      assert.match(result.stdout, expected.usage, name);
      assert.match(result.stdout, /^Options:$/m, name);
      assert.match(result.stdout, expected.option, name);
      assert.match(result.stdout, expected.example, name);
      assert.doesNotMatch(result.stdout, expected.foreign, `${name} shows another command's options`);
      assert.match(result.stdout, /^Exit codes: 0 ok/m, name);
    }
  }
});

test('the global help is composed of the commands\' helps, each option described once per command', async () => {
  const global = (await runCli(['--help'])).stdout;
  for (const command of ['analyze', 'index', 'match']) {
    const own = (await runCli([command, '--help'])).stdout;
    const options = own.slice(own.indexOf('Options:\n') + 'Options:\n'.length, own.search(/\n\nExamples?:/));
    assert.ok(options.length > 0, command);
    assert.ok(global.includes(`Options of ${command}:\n${options}`), `the global help holds ${command}'s options as its own help gives them`);
  }
  assert.match(global, /^ {2}argscope help COMMAND {2,}the same as argscope COMMAND --help$/m);
  assert.equal((await runCli(['help'])).stdout, global);
});

test('every help fits an 80-column terminal, and no command to copy is broken across lines', async () => {
  for (const args of [['--help'], ...['analyze', 'index', 'schema', 'match'].map((command) => [command, '--help'])]) {
    const { stdout } = await runCli(args);
    const wide = stdout.split('\n').filter((line) => line.length > 80);
    assert.deepEqual(wide, [], args.join(' '));
    assert.doesNotMatch(stdout, /npm run train --\n/, args.join(' '));
  }
  assert.match((await runCli(['match', '--help'])).stdout, /^ {20}npm run train -- --encoder DIR claim-matching$/m);
});

test('help for something that is not a command is a wrong command line', async () => {
  const unknown = await runCli(['help', 'frobnicate']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, 'argscope: there is no command "frobnicate"; the commands are analyze, schema, index and match (see argscope --help)\n');
  const two = await runCli(['help', 'index', 'match']);
  assert.equal(two.code, 2);
  assert.match(two.stderr, /^argscope: help takes one command, not 2 \(index match\); e\.g\. argscope help index\n$/);
});

test('an unknown option points at its command\'s help', async () => {
  assert.equal((await runCli(['index', 'x.jsonl', '--bogus'])).stderr, 'argscope: unknown option --bogus; see argscope index --help\n');
  assert.equal((await runCli(['--bogus'])).stderr, 'argscope: unknown option --bogus; see argscope --help\n');
});

test('the installed command prints a command\'s help as a user would', () => {
  const result = runBin(['index', '--help']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^argscope index: /);
  assert.equal(result.stderr, '');
});

test('--help after a word that is no command says so, as help WORD does, instead of printing every command\'s help', async () => {
  const unknown = await runCli(['frobnicate', '--help']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stdout, '');
  assert.equal(unknown.stderr, 'argscope: unknown command "frobnicate"; the commands are analyze, schema, index and match (see argscope --help)\n');
  assert.equal((await runCli(['help', 'frobnicate', '--help'])).code, 2);
  assert.match((await runCli(['post.txt', '-h'])).stderr, /^argscope: unknown command "post\.txt"; did you mean: argscope analyze post\.txt\n$/);
  assert.equal((await runCli(['help', '--help'])).code, 0);
});

test('schema takes no arguments or options: they are refused, not silently ignored', async () => {
  const format = await runCli(['schema', '--format', 'md']);
  assert.equal(format.code, 2);
  assert.equal(format.stdout, '');
  assert.equal(format.stderr, 'argscope: schema takes no options (got --format); it prints the JSON Schema of the analysis, see argscope schema --help\n');
  const file = await runCli(['schema', 'out.json']);
  assert.equal(file.code, 2);
  assert.equal(file.stderr, 'argscope: schema takes no arguments (got out.json); see argscope schema --help\n');
  assert.equal((await runCli(['schema', '--debug'])).code, 0);
  assert.match((await runCli(['schema', '-h'])).stdout, /^argscope schema: /);
});
