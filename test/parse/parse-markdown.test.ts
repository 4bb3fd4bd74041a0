import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdown } from '../../src/parse/parse-markdown.ts';
import type { Block } from '../../src/parse/source-document.ts';
import { FILLER } from '../../src/parse/source-document.ts';

/** Each block with the original text it covers and its prose (fillers dropped). */
function blocks(text: string): (Pick<Block, 'kind' | 'listMarker'> & { text: string; prose: string })[] {
  const doc = parseMarkdown(text);
  return doc.blocks.map((b) => ({
    kind: b.kind,
    listMarker: b.listMarker,
    text: text.slice(b.start, b.end),
    prose: doc.plain.slice(b.contentStart, b.end).split(FILLER).join(''),
  }));
}

const POST = [
  '# Trams now',
  '',
  'Cities **need** [trams](https://example.com/trams) and `rails`.',
  '',
  '- Clean air',
  '- Quiet *streets*',
  '',
  '```js',
  'const fares = 0;',
  '```',
  '',
  '1. First reason.',
  '2. Second reason.',
  '',
  '![A chart](chart.png)',
  '',
  '> Quoted text here.',
].join('\n');

test('gives a plain text of the same length as the text, with newlines where the text has them', () => {
  const doc = parseMarkdown(POST);
  assert.equal(doc.format, 'markdown');
  assert.equal(doc.text, POST);
  assert.equal(doc.plain.length, POST.length);
  for (let i = 0; i < POST.length; i += 1) assert.equal(doc.plain[i] === '\n', POST[i] === '\n', `at ${i}`);
});

test('blanks emphasis, link targets and backticks but keeps link text and inline code', () => {
  const doc = parseMarkdown('Cities **need** [trams](https://example.com/trams) and `rails`.');
  assert.equal(doc.plain, 'Cities   need    trams                             and  rails .');
});

test('finds headings, paragraphs, list items and block quotes, and skips code blocks and images', () => {
  assert.deepEqual(blocks(POST), [
    { kind: 'heading', listMarker: null, text: 'Trams now', prose: 'Trams now' },
    {
      kind: 'paragraph',
      listMarker: null,
      text: 'Cities **need** [trams](https://example.com/trams) and `rails`.',
      prose: 'Cities   need    trams                             and  rails .',
    },
    { kind: 'list_item', listMarker: '-', text: '- Clean air', prose: 'Clean air' },
    { kind: 'list_item', listMarker: '-', text: '- Quiet *streets', prose: 'Quiet  streets' },
    { kind: 'list_item', listMarker: '1.', text: '1. First reason.', prose: 'First reason.' },
    { kind: 'list_item', listMarker: '2.', text: '2. Second reason.', prose: 'Second reason.' },
    { kind: 'paragraph', listMarker: null, text: 'Quoted text here.', prose: 'Quoted text here.' },
  ]);
});

test('never copies code into the plain text', () => {
  const doc = parseMarkdown('Intro text.\n\n```\nrm -rf / # never prose\n```\n\n    indented code too\n\nOutro text.');
  assert.ok(!doc.plain.includes('never'));
  assert.ok(!doc.plain.includes('indented'));
  assert.deepEqual(
    doc.blocks.map((b) => doc.text.slice(b.start, b.end)),
    ['Intro text.', 'Outro text.'],
  );
});

test('reads a setext heading as a heading', () => {
  assert.deepEqual(blocks('Why trams\n=========\n\nThey are clean.'), [
    { kind: 'heading', listMarker: null, text: 'Why trams', prose: 'Why trams' },
    { kind: 'paragraph', listMarker: null, text: 'They are clean.', prose: 'They are clean.' },
  ]);
});

test('marks only the first paragraph of a list item with the marker, nested lists with their own', () => {
  assert.deepEqual(blocks('1) One reason\n   - a nested *point*\n2) Two'), [
    { kind: 'list_item', listMarker: '1)', text: '1) One reason', prose: 'One reason' },
    { kind: 'list_item', listMarker: '-', text: '- a nested *point', prose: 'a nested  point' },
    { kind: 'list_item', listMarker: '2)', text: '2) Two', prose: 'Two' },
  ]);
});

test('blanks inline HTML tags but keeps the text between them', () => {
  assert.deepEqual(blocks('See <b>this</b> here.'), [
    { kind: 'paragraph', listMarker: null, text: 'See <b>this</b> here.', prose: 'See    this     here.' },
  ]);
});

test('drops backslashes of escapes and decodes character references in place', () => {
  const text = 'Fish \\*and\\* chips &amp; peas &#8217;';
  const doc = parseMarkdown(text);
  assert.equal(doc.plain.length, text.length);
  assert.equal(doc.plain.split(FILLER).join(''), 'Fish *and* chips & peas ’');
  assert.deepEqual(blocks(text), [{ kind: 'paragraph', listMarker: null, text, prose: 'Fish *and* chips & peas ’' }]);
});

test('handles CRLF line ends', () => {
  const text = '# Title\r\n\r\nFirst para.\r\n\r\n- item one\r\n';
  const doc = parseMarkdown(text);
  assert.equal(doc.plain.length, text.length);
  assert.deepEqual(
    doc.blocks.map((b) => [b.kind, text.slice(b.start, b.end)]),
    [
      ['heading', 'Title'],
      ['paragraph', 'First para.'],
      ['list_item', '- item one'],
    ],
  );
});

test('finds no blocks in an empty list item or a document of markup only', () => {
  assert.deepEqual(parseMarkdown('- \n\n---\n\n![x](y.png)').blocks, []);
});
