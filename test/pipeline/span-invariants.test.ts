import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, analyzeUnits } from '../../src/analyze.ts';
import type { Analysis } from '../../src/model/analysis-schema.ts';
import { AnalysisSchema } from '../../src/model/analysis-schema.ts';
import type { TextFormat } from '../../src/parse/parse-input.ts';

/** Pieces that stress the parsers and passes: markup, references, labels, figures, astral characters, CRLF. */
const PIECES = [
  'The', 'city', 'should', 'ban', 'cars', 'because', 'but', 'Though', 'Admittedly,', ' ', '  ', '\n', '\n\n', '\r\n',
  '\r', '\t', '.', ',', ';', '?', '!', ':', '"', "'", '‘', '’', '(', ')', '(NWA)', 'Northern Water Authority', 'US',
  'us', 'Let', 'Senator Hale', 'Marlow County', 'Karachi', 'Kenyans', '1)', '2.', '- ', '* ', '• ', '(a) ', '# ', '## ',
  '**', '*', '_', '`', '```', '    ', '> ', '[link](http://example.com/x)', '![img](a.png)', '\\*', '<p>', '</p>',
  '<li>', '<ul>', '</ul>', '<ol>', '<br>', '<h1>', '<script>x<y</script>', '<style>p{}</style>', '<!-- c -->', '&amp;',
  '&quot;', '&#8217;', '&#x1F600;', '&nbsp;', '&bogus;', '&#0;', '&#xD800;', '&', '<', '>', 'MODERATOR:', 'HALE:', 'Q:',
  '$', '£', '5', '19k.', '3.5 m', '1,248', '755.8 billion', '1.4-1.8 million', 'tens of thousands of', 'between', 'and',
  'to', 'from', 'more than', 'under', 'half a', 'dozen', 'percent', '%', '2019', '1500 people', "'90s", 'the early 2000s',
  'mid-2021', 'March 3, 2019', '2020-03-03', '2021-22', '19th century', 'most voters', "'experts'", 'never', '😀', '𝒳',
  'é', 'e\u0301', '\u00a0', '\u2028', '\u0000', '\uD800', '\uDC00', '\uFEFF',
];

const arbitraryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), { maxLength: 30 }).map((p) => p.join(' ')),
);

/** Every way an analysis can break its span invariants, as messages; empty when it holds them all. */
function spanProblems(analysis: Analysis): string[] {
  const problems: string[] = [];
  const { text } = analysis;
  const check = (where: string, x: { start: number; end: number; text?: string }): void => {
    if (!(x.start >= 0 && x.start <= x.end && x.end <= text.length)) problems.push(`${where}: [${x.start}, ${x.end}) outside 0..${text.length}`);
    if (x.text !== undefined && text.slice(x.start, x.end) !== x.text) problems.push(`${where}: text ${JSON.stringify(x.text)} is not the slice`);
  };
  for (const p of analysis.paragraphs) check(`paragraph ${p.id}`, p);
  for (const s of analysis.sentences) check(`sentence ${s.id}`, s);
  for (const u of analysis.units) {
    check(`unit ${u.id}`, u);
    for (const q of u.quantities) check(`quantity in ${u.id}`, q);
    for (const t of u.times) check(`time in ${u.id}`, t);
    for (const e of u.entities) check(`entity in ${u.id}`, e);
    for (const f of u.flags) check(`flag in ${u.id}`, f);
  }
  for (const d of analysis.diagnostics) {
    if (d.start !== undefined && d.end !== undefined) check(`diagnostic ${d.rule}`, { start: d.start, end: d.end });
  }
  const ids = new Set(analysis.units.map((u) => u.id));
  for (const r of analysis.relations) {
    if (!ids.has(r.from) || !ids.has(r.to)) problems.push(`relation ${r.id} names a unit that does not exist`);
  }
  if (analysis.majorClaim !== null && !ids.has(analysis.majorClaim)) problems.push('the major claim is not a unit');
  return problems;
}

for (const format of ['text', 'markdown', 'html', 'transcript'] as const satisfies readonly TextFormat[]) {
  test(`for any ${format} input, analyze() never throws, every span slices the text, and the schema accepts the result`, () => {
    fc.assert(
      fc.property(arbitraryText, (input) => {
        const analysis = analyze(input, { format });
        assert.equal(analysis.text, input);
        assert.deepEqual(spanProblems(analysis), []);
        AnalysisSchema.parse(analysis);
      }),
      { numRuns: 100 },
    );
  });
}

test('for any pre-segmented units, analyzeUnits() keeps one unit per input, spans slice the text, and the schema accepts the result', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ text: arbitraryText, speaker: fc.option(fc.constantFrom('HALE', 'OKAFOR')) }), { maxLength: 5 }), (units) => {
      const analysis = analyzeUnits(units);
      assert.deepEqual(spanProblems(analysis), []);
      // Every input unit with a word in it gives exactly one unit, in order, with its text and speaker;
      // blank ones give none.
      const worded = units.filter((u) => /[\p{L}\p{N}]/u.test(u.text));
      const given = analysis.units.map((u) => ({ text: u.text, speaker: u.speaker }));
      let next = 0;
      for (const unit of units) {
        const out = given[next];
        if (out !== undefined && out.text === unit.text && out.speaker === (unit.speaker ?? null)) next += 1;
      }
      assert.equal(next, given.length, 'every unit comes from an input unit, in order');
      assert.ok(given.length >= worded.length, 'every input unit with a word gives a unit');
      AnalysisSchema.parse(analysis);
    }),
    { numRuns: 60 },
  );
});
