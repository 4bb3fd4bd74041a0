import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import { escapeArgdown, toArgdown } from '../../src/serialize/to-argdown.ts';
import { noArgumentAnalysis, rel, sampleAnalysis, singleUnitAnalysis } from './sample-analysis.ts';


test('writes the major claim as the root statement with supports, attacks and the undercut nested under it', () => {
  assert.equal(
    toArgdown(sampleAnalysis()),
    [
      '===',
      'title: "Argument report"',
      '===',
      '',
      '// argscope analysis of sample-post: 8 units, 6 relations',
      '',
      '[u1]: Cities should ban cars from their centres. #major-claim #recommendation',
      '    + <u2>: In 2019, Oslo removed 700 parking spaces and pedestrian traffic rose by 10%. #premise #fact #checkworthy',
      '        <_ [u3]: Of course, Oslo is hardly a typical city. #premise #opinion #checkworthy',
      '    + [u4]: Clean air always improves public health, cutting asthma cases by 5 to 15 percent. #premise #fact #checkworthy',
      '    - [u5]: Critics whine that shops will lose customers. #claim #prediction',
      '    - [u6]: Admittedly, the change might take years to pay off. #claim #prediction #possible #concession',
      '    + [u7]: By 2030, most European capitals will probably follow. #claim #prediction #probable',
      '',
      '// Not part of the argument',
      '',
      '[u8]: Thanks for reading! #other',
      '',
      '// Evidence',
      '// u2 supported: The claim says 700 parking spaces were removed in Oslo in 2019; f1 (Oslo city council) gives 700 for Oslo in 2019. [f1]',
      '// u2 checked before: "Oslo removed 700 parking spaces in 2019." rated "True" (score 0.81) https://factcheck.example/oslo-parking',
      '// u4 unverified: No fact in the fact base speaks to asthma cases.',
      '// f1: Oslo removed about 700 street parking spaces from its centre in 2019. Source: Oslo city council: Car-free livability programme <2019> https://oslo.example/car-free',
      '',
    ].join('\n'),
  );
});

test('keeps evidence text that spans lines inside its one-line comment', () => {
  const analysis = sampleAnalysis();
  const verdict = analysis.verdicts[0];
  assert.ok(verdict !== undefined);
  analysis.verdicts = [{ ...verdict, explanation: 'first line\n[u9]: injected statement\n+ <u1>' }];
  const argdown = toArgdown(analysis);
  assert.ok(argdown.includes('// u2 supported: first line [u9]: injected statement + <u1> [f1]\n'));
  assert.ok(!argdown.includes('\n[u9]'));
});

test('titles statements with the id and first words when asked for slugs', () => {
  const argdown = toArgdown(sampleAnalysis(), { titles: 'slug', title: 'Car bans' });
  assert.ok(argdown.startsWith('===\ntitle: "Car bans"\n===\n'));
  assert.ok(argdown.includes('\n[u1 Cities should ban cars from their]: Cities should ban cars from their centres.'));
  assert.ok(argdown.includes('\n    + <u2 In 2019 Oslo removed 700 parking>: In 2019,'));
});

test('writes plain statements and a comment when the text argues nothing', () => {
  assert.equal(
    toArgdown(noArgumentAnalysis()),
    [
      '===',
      'title: "Argument report"',
      '===',
      '',
      '// argscope analysis: 2 units, 0 relations',
      '',
      '// No argument found: the text has no major claim.',
      '',
      '// Statements',
      '',
      '[u1]: Good morning everyone. #other',
      '',
      '[u2]: The weather is nice. #opinion',
      '',
    ].join('\n'),
  );
});

test('refers back to a unit already written instead of defining it twice', () => {
  const analysis: Analysis = {
    ...sampleAnalysis(),
    relations: [rel('a', 'u2', 'u1', 'support'), rel('b', 'u4', 'u1', 'support'), rel('c', 'u2', 'u4', 'support')],
  };
  const lines = toArgdown(analysis).split('\n');
  assert.deepEqual(lines.filter((line) => line.startsWith('    ')), [
    '    + [u2]: In 2019, Oslo removed 700 parking spaces and pedestrian traffic rose by 10%. #premise #fact #checkworthy',
    '    + [u4]: Clean air always improves public health, cutting asthma cases by 5 to 15 percent. #premise #fact #checkworthy',
    '        + [u2]',
  ]);
});

test('writes an undercut of a unit with no outgoing link as an attack, saying why', () => {
  const analysis: Analysis = { ...sampleAnalysis(), relations: [rel('a', 'u3', 'u1', 'undercut')] };
  assert.ok(
    toArgdown(analysis).includes(
      '\n    - [u3]: Of course, Oslo is hardly a typical city. #premise #opinion #checkworthy // undercut written as attack: u1 has no inference here\n',
    ),
  );
});

test('keeps related units that miss the thesis as their own tree after it', () => {
  const analysis: Analysis = { ...sampleAnalysis(), relations: [rel('a', 'u2', 'u1', 'support'), rel('b', 'u4', 'u5', 'attack')] };
  const argdown = toArgdown(analysis);
  assert.ok(
    argdown.includes(
      '// Related units not connected to the thesis\n\n[u5]: Critics whine that shops will lose customers. #claim #prediction\n    - [u4]:',
    ),
  );
});

test('escapes Argdown syntax inside unit text so it stays one literal statement', () => {
  assert.equal(
    escapeArgdown('See [x]: <y> #tag *b* _i_ // not /* a */ comment {a: 1} @[z]\n\nnext \\ N.A.T.O. :up:'),
    'See \\[x\\]: \\<y\\> \\#tag \\*b\\* \\_i\\_ \\/\\/ not \\/\\* a \\*\\/ comment \\{a: 1\\} \\@\\[z\\] next \\\\ N\\.A\\.T\\.O. \\:up:',
  );
  const argdown = toArgdown(singleUnitAnalysis('Line one\n\n#two'));
  assert.ok(argdown.includes('\n[u1]: Line one \\#two #major-claim #opinion\n'));
});

test('keeps the front matter parseable whatever the title', () => {
  assert.ok(toArgdown(sampleAnalysis(), { title: 'A = "b"\n===' }).startsWith('===\ntitle: "A \\"b\\""\n===\n'));
});
