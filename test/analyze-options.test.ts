// The options of the public analyze functions are checked where a library caller passes them:
// each bad one is refused in one line naming it, and good ones analyse as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzeOptions, EncoderAnalyzeOptions, SentenceEncoder } from '../src/index.ts';
import { analyze, analyzeUnits, analyzeWithEncoder, parseFactBase } from '../src/index.ts';
import { BAVARIA_ARRIVALS } from './evidence/bavaria-arrivals.ts';

const TEXT = 'In 2019, 30,000 refugees arrived in Bavaria.';
const FACT_LINE = JSON.stringify(BAVARIA_ARRIVALS);
const factBase = parseFactBase(`${FACT_LINE}\n`, 'facts.jsonl');

/** Passes options as a JavaScript caller (or one holding JSON) would: unchecked by the compiler. */
const untyped = <T = Partial<AnalyzeOptions>>(options: unknown): T => options as T;

const refused: readonly (readonly [string, unknown, string, string])[] = [
  [
    'the readFactBase result passed whole as facts',
    { facts: factBase },
    'TypeError',
    'analyze(): options.facts must be an array of facts, got the { facts, problems } result of readFactBase/parseFactBase; pass its .facts',
  ],
  [
    'facts that are not an array',
    { facts: 'facts.jsonl' },
    'TypeError',
    'analyze(): options.facts must be an array of facts (readFactBase(path).facts), got "facts.jsonl"',
  ],
  [
    'a fact missing fields the verdict pass reads',
    { facts: [{ id: 'a', statement: 'Some 12,100 refugees arrived.' }] },
    'TypeError',
    'analyze(): options.facts must be an array of facts (objects with id, statement, subject, value, unit, time, place, source, quote, as readFactBase(path).facts holds), but facts[0] lacks subject, value, unit, time, place, source, quote; FactSchema.parse(fact) checks one',
  ],
  [
    'an output format as the input format',
    { format: 'pdf' },
    'TypeError',
    'analyze(): options.format must be one of auto, text, markdown, html, transcript (how to read the text; output formats are serialize()\'s), got "pdf"',
  ],
  ['one target as a string', { targets: 'X' }, 'TypeError', 'analyze(): options.targets must be an array of strings, got "X"; for one target write ["X"]'],
  ['a target that is not a string', { targets: ['X', 3] }, 'TypeError', 'analyze(): options.targets must be an array of strings, but targets[1] is 3'],
  [
    'a date that is not ISO 8601',
    { textDate: 'yesterday' },
    'TypeError',
    'analyze(): options.textDate must be an ISO 8601 date or its start, such as 2021, 2021-07 or 2021-07-14, or null, got "yesterday"',
  ],
  [
    'a day the calendar lacks',
    { textDate: '2021-02-30' },
    'TypeError',
    'analyze(): options.textDate must be an ISO 8601 date or its start, such as 2021, 2021-07 or 2021-07-14, or null, got "2021-02-30"',
  ],
  ['a threshold above 1', { checkworthyThreshold: 5 }, 'RangeError', 'analyze(): options.checkworthyThreshold must be a number from 0 to 1, got 5'],
  ['a threshold as a string', { checkworthyThreshold: '0.7' }, 'TypeError', 'analyze(): options.checkworthyThreshold must be a number from 0 to 1, got "0.7"'],
  ['a negative number of salient targets', { salientTargets: -1 }, 'RangeError', 'analyze(): options.salientTargets must be a whole number of 0 or more, got -1'],
  ['a number as id', { id: 42 }, 'TypeError', 'analyze(): options.id must be a string or null, got 42'],
  ['a zero length limit', { maxLength: 0 }, 'RangeError', 'analyze(): options.maxLength must be a whole number of characters above 0 (or Infinity), got 0'],
  ['a fractional unit limit', { maxUnits: 2.5 }, 'RangeError', 'analyze(): options.maxUnits must be a whole number above 0 (or Infinity), got 2.5'],
  [
    'a command-line flag name',
    { threshold: 0.7 },
    'TypeError',
    'analyze(): unknown option "threshold" (did you mean checkworthyThreshold?); the options are format, targets, salientTargets, checkworthyThreshold, id, maxLength, maxUnits, facts, textDate',
  ],
  [
    'a misspelt option',
    { textdate: '2021' },
    'TypeError',
    'analyze(): unknown option "textdate" (did you mean textDate?); the options are format, targets, salientTargets, checkworthyThreshold, id, maxLength, maxUnits, facts, textDate',
  ],
  ['options that are not an object', 'text', 'TypeError', 'analyze(): options must be an object such as { targets: [\'the Taliban\'] }, got "text"'],
];

for (const [what, options, name, message] of refused) {
  test(`refuses ${what} in one line naming the option`, () => {
    assert.throws(() => analyze(TEXT, untyped(options)), { name, message });
  });
}

test('refuses bytes as the text and says how to decode them', () => {
  assert.throws(() => analyze(Buffer.from(TEXT) as unknown as string), {
    name: 'TypeError',
    message: "analyze(): text must be a string, got bytes (a Buffer or Uint8Array); decode it first, e.g. readFileSync(path, 'utf8')",
  });
});

test('checks the options of analyzeUnits as analyze does, under its own name', () => {
  assert.throws(() => analyzeUnits([{ text: TEXT }], untyped({ targets: 'X' })), {
    name: 'TypeError',
    message: 'analyzeUnits(): options.targets must be an array of strings, got "X"; for one target write ["X"]',
  });
});

test('analyzeUnits refuses a unit that is not { text, speaker? } (a speaker of 7 made every report throw)', () => {
  const bad: [unknown, string][] = [
    ['a string', 'units[0] is "a string"'],
    [null, 'units[0] is null'],
    [{ text: 5 }, 'units[0] has text 5'],
    [{ text: 'We must act.', speaker: 7 }, 'units[0] has speaker 7'],
  ];
  for (const [unit, problem] of bad) {
    assert.throws(() => analyzeUnits([unit] as never), { name: 'TypeError', message: `analyzeUnits(): units must be an array of { text: string, speaker?: string | null }, but ${problem}` });
  }
  assert.equal(analyzeUnits([{ text: TEXT, speaker: null }, { text: TEXT }]).units.length, 2);
});

test('a fact added to an array already checked is checked when it comes', () => {
  const facts: unknown[] = [...factBase.facts];
  analyze(TEXT, untyped({ facts }));
  facts.push({ id: 'added' });
  assert.throws(() => analyze(TEXT, untyped({ facts })), { name: 'TypeError', message: /but facts\[1\] lacks statement/ });
});

test('analyzeWithEncoder refuses a missing encoder and bad options before loading any model', async () => {
  await assert.rejects(analyzeWithEncoder(TEXT, untyped<EncoderAnalyzeOptions>({})), {
    name: 'TypeError',
    message: 'analyzeWithEncoder(): options.encoder must be a sentence encoder from loadEncoder(folder), got undefined',
  });
  const encoder = { encode: () => Promise.resolve([]) } as unknown as SentenceEncoder;
  await assert.rejects(analyzeWithEncoder(TEXT, untyped<EncoderAnalyzeOptions>({ encoder, format: 'pdf' })), {
    name: 'TypeError',
    message: 'analyzeWithEncoder(): options.format must be one of auto, text, markdown, html, transcript (how to read the text; output formats are serialize()\'s), got "pdf"',
  });
});

test('judges against the .facts of a fact base read in the library', () => {
  assert.deepEqual(factBase.problems, []);
  const analysis = analyze(TEXT, { facts: factBase.facts, textDate: '2021-07' });
  assert.deepEqual(
    analysis.verdicts.map((v) => [v.verdict, v.facts]),
    [['contradicted', [BAVARIA_ARRIVALS.id]]],
  );
});

test('accepts every option with a good value, and null or undefined where allowed', () => {
  const options: AnalyzeOptions = {
    format: 'text',
    targets: ['Bavaria'],
    salientTargets: 0,
    checkworthyThreshold: 1,
    id: 'doc-1',
    maxLength: Infinity,
    maxUnits: 10,
    facts: factBase.facts,
    textDate: '2021-07-14',
  };
  const analysis = analyze(TEXT, options);
  assert.equal(analysis.id, 'doc-1');
  assert.deepEqual(analysis.stances.map((s) => s.target), ['Bavaria']);
  for (const textDate of ['2021', '2021-07', null]) analyze(TEXT, { textDate });
  assert.equal(analyze(TEXT, { id: null, format: undefined }).id, null);
  assert.equal(analyze(TEXT, null).units.length, 1);
});
