import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { analyze } from '../../src/analyze.ts';
import { toMarkdown } from '../../src/serialize/to-markdown.ts';
import { oneLine, STANCE_CAVEAT } from '../../src/serialize/report-format.ts';
import { noArgumentAnalysis, sampleAnalysis, singleUnitAnalysis } from './sample-analysis.ts';

/** The lines of one `## heading` section, without the heading and surrounding blank lines. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `section "${heading}" is present`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/** Plain text of a parsed Markdown node, as a reader would see it. */
function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => plain(child)).join('');
  return '';
}

/** The text of the thesis as a CommonMark parser reads it back. */
function parsedThesis(markdown: string): string {
  const root = fromMarkdown(markdown);
  const quote = root.children.find((node) => node.type === 'blockquote');
  assert.ok(quote !== undefined, 'the thesis is a block quote');
  return plain(quote);
}

test('starts with the title and puts the major claim under the Thesis heading', () => {
  const markdown = toMarkdown(sampleAnalysis());
  assert.ok(markdown.startsWith('# Argument report\n\n## Thesis\n'));
  assert.equal(section(markdown, 'Thesis'), '> Cities should ban cars from their centres. (u1)');
  assert.ok(toMarkdown(sampleAnalysis(), { title: 'Op-ed, 3 May' }).startsWith('# Op-ed, 3 May\n'));
});

test('draws the argument tree as nested bullets with relation, labels, hedge and id', () => {
  assert.equal(
    section(toMarkdown(sampleAnalysis()), 'Argument'),
    [
      '- [major claim, recommendation] Cities should ban cars from their centres. (u1)',
      '  - **supports** [premise, fact] In 2019, Oslo removed 700 parking spaces and pedestrian traffic rose by 10%. (u2)',
      '    - **undercuts** [premise, opinion] Of course, Oslo is hardly a typical city. (u3)',
      '  - **supports** [premise, fact] Clean air always improves public health, cutting asthma cases by 5 to 15 percent. (u4)',
      '  - **attacks** [claim, prediction] Critics whine that shops will lose customers. (u5)',
      '  - **attacks** [claim, prediction, concession] Admittedly, the change might take years to pay off. _(hedged: possible)_ (u6)',
      '  - **supports** [claim, prediction] By 2030, most European capitals will probably follow. _(hedged: probable)_ (u7)',
      '',
      '### Not part of the argument',
      '',
      '- [none, other] Thanks for reading! (u8)',
    ].join('\n'),
  );
});

test('lists claims to check by checkworthiness with their quantities, times, entities, verdict and earlier fact-checks', () => {
  assert.equal(
    section(toMarkdown(sampleAnalysis()), 'Claims to check'),
    [
      '1. In 2019, Oslo removed 700 parking spaces and pedestrian traffic rose by 10%. (u2; checkworthiness 0.92)',
      '   - Quantities: "700" → 700 (parking spaces); "10%" → 10 percent',
      '   - Times: "2019" → 2019',
      '   - Entities: "Oslo" → Oslo (place, in Norway)',
      '   - Verdict: **supported**: The claim says 700 parking spaces were removed in Oslo in 2019; f1 (Oslo city council) gives 700 for Oslo in 2019. (facts: f1)',
      '   - Checked before: "Oslo removed 700 parking spaces in 2019.", rated "True" (fc-oslo, score 0.81) <https://factcheck.example/oslo-parking>',
      '2. Clean air always improves public health, cutting asthma cases by 5 to 15 percent. (u4; checkworthiness 0.74)',
      '   - Quantities: "5 to 15 percent" → 5–15 percent',
      '   - Verdict: **unverified**: No fact in the fact base speaks to asthma cases.',
      '3. Of course, Oslo is hardly a typical city. (u3; checkworthiness 0.52)',
      '   - Entities: "Oslo" → Oslo (place, in Norway)',
    ].join('\n'),
  );
});

test('lists the cited facts with their linked sources, and how a resolved prediction turned out', () => {
  const analysis = sampleAnalysis();
  analysis.resolutions = [{ unit: 'u7', outcome: 'did_not_come_true', facts: ['f1'], explanation: 'By 2031 only 3 of 27 capitals had followed (f1).' }];
  const markdown = toMarkdown(analysis);
  assert.equal(
    section(markdown, 'Facts cited'),
    '- **f1** Oslo removed about 700 street parking spaces from its centre in 2019. Source: [Oslo city council: Car-free livability programme \\<2019\\>](<https://oslo.example/car-free>)',
  );
  assert.ok(section(markdown, 'Predictions and recommendations').includes(
    '- **prediction** By 2030, most European capitals will probably follow. (u7)\n  - Outcome: **did not come true**: By 2031 only 3 of 27 capitals had followed (f1). (facts: f1)',
  ));
});

test('links only web addresses: a javascript: or data: URL from a fact base stays inert text', () => {
  const analysis = sampleAnalysis();
  analysis.facts = analysis.facts.map((fact) => ({ ...fact, source: { ...fact.source, url: 'javascript:alert(1)' } }));
  analysis.matches = analysis.matches.map((m) => ({ ...m, matches: m.matches.map((match) => ({ ...match, url: 'data:text/html,<script>x</script>' })) }));
  const markdown = toMarkdown(analysis);
  assert.ok(section(markdown, 'Facts cited').endsWith('Source: Oslo city council: Car-free livability programme \\<2019\\> (javascript:alert(1))'));
  assert.ok(section(markdown, 'Claims to check').includes('(fc-oslo, score 0.81) (data:text/html,\\<script\\>x\\</script\\>)'));
  assert.ok(!/\]\(<?javascript:|<data:/u.test(markdown));
});

test('reports predictions, hedges with their cues, flags with quoted text, stance and diagnostics', () => {
  const markdown = toMarkdown(sampleAnalysis());
  assert.equal(
    section(markdown, 'Predictions and recommendations'),
    [
      '- **recommendation** Cities should ban cars from their centres. (u1)',
      '- **prediction** Critics whine that shops will lose customers. (u5)',
      '- **prediction** Admittedly, the change might take years to pay off. (u6)',
      '- **prediction** By 2030, most European capitals will probably follow. (u7)',
    ].join('\n'),
  );
  assert.equal(
    section(markdown, 'Hedges and certainty'),
    [
      '- **possible** Admittedly, the change might take years to pay off. (u6): cues "might"',
      '- **probable** By 2030, most European capitals will probably follow. (u7): cues "probably"',
    ].join('\n'),
  );
  assert.equal(
    section(markdown, 'Flags'),
    [
      '- **absolute** "always" (u4)',
      '- **loaded language** "whine" (u5)',
      '- **generalisation** "most European capitals" (u7)',
    ].join('\n'),
  );
  assert.equal(
    section(markdown, 'Stance'),
    [
      '| Target | Stance | Score | Units | Target from |',
      '| --- | --- | --: | --- | --- |',
      '| car-free city centres | favor | +0.68 | u1, u7 | given |',
      '| Oslo | none | +0.04 | u2, u3 | salient entity |',
      '',
      `_${STANCE_CAVEAT}_`,
    ].join('\n'),
  );
  assert.equal(
    section(markdown, 'Diagnostics'),
    '- **warning** quantity/no-unit: The quantity "700" names no unit. (characters 65–68)',
  );
});

test('says "No argument found" and lists the statements when there is no major claim', () => {
  const markdown = toMarkdown(noArgumentAnalysis());
  assert.equal(section(markdown, 'Thesis'), 'No argument found.');
  assert.equal(
    section(markdown, 'Argument'),
    ['### Statements', '', '- [none, other] Good morning everyone. (u1)', '- [none, opinion] The weather is nice. (u2)'].join('\n'),
  );
  for (const absent of ['Claims to check', 'Flags', 'Stance', 'Diagnostics']) {
    assert.ok(!markdown.includes(`## ${absent}`), `no empty "${absent}" section`);
  }
});

test('escapes user text that would start a heading, a list, emphasis, a link, HTML or a table cell', () => {
  const nasty = '# 1. *Not* a [link](http://x) | <b>bold</b> & &amp; `code` _under_';
  const markdown = toMarkdown(singleUnitAnalysis(nasty));
  assert.equal(
    section(markdown, 'Thesis'),
    '> \\# 1. \\*Not\\* a \\[link\\](http://x) \\| \\<b\\>bold\\</b\\> & \\&amp; \\`code\\` \\_under\\_ (u1)',
  );
  assert.equal(parsedThesis(markdown), `${nasty} (u1)`);
  assert.equal(section(toMarkdown(singleUnitAnalysis('2. Second')), 'Thesis'), '> 2\\. Second (u1)');
  assert.equal(section(toMarkdown(singleUnitAnalysis('- dash\nnext line')), 'Thesis'), '> \\- dash next line (u1)');
});

test('property: a CommonMark parser reads any thesis back literally', () => {
  const fragments = fc.constantFrom('#', '*', '_', '`', '[', ']', '(', ')', '<', '>', '&', ';', '|', '!', '-', '+', '=', '~', '\\', '1.', '2)', 'amp', ' ', 'a', 'é');
  const text = fc.oneof(fc.string({ unit: 'grapheme-ascii', minLength: 1 }), fc.array(fragments, { minLength: 1 }).map((parts) => parts.join('')));
  fc.assert(
    fc.property(
      text.filter((s) => oneLine(s) !== ''),
      (s) => {
        assert.equal(parsedThesis(toMarkdown(singleUnitAnalysis(s))), `${oneLine(s)} (u1)`);
      },
    ),
    { numRuns: 300 },
  );
});

test('lists a phrase a claim repeats once among its entities', () => {
  const text = 'Roughly 1.4 million Afghan refugees crossed into Pakistan in 1990, and Afghan families kept arriving in 1991.';
  const analysis = analyze(text);
  const unit = analysis.units[0];
  assert.ok(unit !== undefined && unit.checkworthy, 'the figure claim should be check-worthy');
  assert.equal(unit.entities.filter((e) => e.text === 'Afghan').length, 2, 'the unit should mention "Afghan" twice');
  const line = toMarkdown(analysis).split('\n').find((l) => l.includes('- Entities:'));
  assert.ok(line !== undefined);
  assert.equal(line.split('"Afghan" → Afghans').length - 1, 1, line);
});

test('lists a hedge\'s cues by their phrase, quoted once, naming a level only where it is not the unit\'s', () => {
  const report = toMarkdown(analyze('It may well rain, and it will almost certainly flood.'));
  assert.ok(report.includes('(u1): cues "may", probable "almost certainly"'), report);
});
