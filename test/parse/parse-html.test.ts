import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { looksLikeHtml, parseHtml } from '../../src/parse/parse-html.ts';
import type { Block } from '../../src/parse/source-document.ts';
import { FILLER } from '../../src/parse/source-document.ts';

/** Each block with the original markup it covers and its decoded prose. */
function blocks(html: string): (Pick<Block, 'kind' | 'listMarker'> & { text: string; prose: string })[] {
  const doc = parseHtml(html);
  return doc.blocks.map((b) => ({
    kind: b.kind,
    listMarker: b.listMarker,
    text: html.slice(b.start, b.end),
    prose: doc.plain.slice(b.contentStart, b.end).split(FILLER).join(''),
  }));
}

const PAGE = [
  '<!doctype html>',
  '<html><head><title>Not prose</title><style>p { color: red }</style></head>',
  '<body>',
  '<h1>Trams &amp; buses</h1>',
  '<script>var s = "<p>never prose</p>";</script>',
  '<p>It&#8217;s &quot;fine&quot; &middot; really.</p>',
  '<ul><li>One</li><li>Two</li></ul>',
  '<ol><li>First</li><li>Second</li></ol>',
  '</body></html>',
].join('\n');

test('gives a plain text of the same length as the markup, with tags blanked', () => {
  const doc = parseHtml(PAGE);
  assert.equal(doc.format, 'html');
  assert.equal(doc.text, PAGE);
  assert.equal(doc.plain.length, PAGE.length);
  assert.ok(!doc.plain.includes('<'));
});

test('skips head, title, style and script, whatever they contain', () => {
  const plain = parseHtml(PAGE).plain;
  for (const hidden of ['Not prose', 'color', 'never prose', 'var s']) assert.ok(!plain.includes(hidden), hidden);
});

test('finds headings, paragraphs and list items, numbering ordered lists and bulleting the rest', () => {
  assert.deepEqual(blocks(PAGE), [
    { kind: 'heading', listMarker: null, text: 'Trams &amp; buses', prose: 'Trams & buses' },
    { kind: 'paragraph', listMarker: null, text: 'It&#8217;s &quot;fine&quot; &middot; really.', prose: 'It’s "fine" · really.' },
    { kind: 'list_item', listMarker: '•', text: 'One', prose: 'One' },
    { kind: 'list_item', listMarker: '•', text: 'Two', prose: 'Two' },
    { kind: 'list_item', listMarker: '1.', text: 'First', prose: 'First' },
    { kind: 'list_item', listMarker: '2.', text: 'Second', prose: 'Second' },
  ]);
});

test('decodes a character reference at the offset where it starts in the original', () => {
  const html = '<p>Fish &amp; chips</p>';
  const doc = parseHtml(html);
  const at = html.indexOf('&amp;');
  assert.equal(doc.plain[at], '&');
  assert.equal(doc.plain.slice(at + 1, at + 5), FILLER.repeat(4));
});

test('keeps escaped markup as text: "&lt;b&gt;" is prose, not a tag', () => {
  assert.deepEqual(blocks('<p>Use &lt;b&gt; tags</p>'), [
    { kind: 'paragraph', listMarker: null, text: 'Use &lt;b&gt; tags', prose: 'Use <b> tags' },
  ]);
});

test('splits blocks at a double br, table cells and unclosed paragraphs, and blanks comments', () => {
  assert.deepEqual(
    blocks('<div>First line<br>same paragraph<br><br>second para</div><p>Unclosed para<p>Next para</p><table><tr><td>Cell one</td><td>Cell two</td></tr></table><p>Text <!-- a comment --> more</p>').map(
      (b) => b.prose,
    ),
    ['First line    same paragraph', 'second para', 'Unclosed para', 'Next para', 'Cell one', 'Cell two', 'Text                    more'],
  );
});

test('reads upper-case tags like lower-case ones', () => {
  assert.deepEqual(blocks('<P CLASS=x>Upper case tags</P><SCRIPT>alert(1)</SCRIPT>'), [
    { kind: 'paragraph', listMarker: null, text: 'Upper case tags', prose: 'Upper case tags' },
  ]);
});

test('keeps a character reference whole at the end of a block and of its last token', () => {
  const html = '<p>They called the plan &quot;fine&quot;</p><p>The fares rose to &pound;5&hellip;</p>';
  const doc = parseHtml(html);
  assert.deepEqual(
    doc.blocks.map((b) => html.slice(b.start, b.end)),
    ['They called the plan &quot;fine&quot;', 'The fares rose to &pound;5&hellip;'],
  );
  assert.deepEqual(
    tokenize(doc.plain).tokens.map((t) => [t.value, html.slice(t.start, t.end)]).slice(-4),
    [
      ['to', 'to'],
      ['£', '&pound;'],
      ['5', '5'],
      ['…', '&hellip;'],
    ],
  );
});

test('trims a trailing non-breaking space reference off a block', () => {
  assert.deepEqual(blocks('<p>Gap&nbsp;</p>'), [{ kind: 'paragraph', listMarker: null, text: 'Gap', prose: 'Gap' }]);
});

test('recognises a page or fragment that opens with a block tag as HTML', () => {
  assert.equal(looksLikeHtml('<!DOCTYPE html><html></html>'), true);
  assert.equal(looksLikeHtml('  <p>Hello</p>'), true);
  assert.equal(looksLikeHtml('<h2>Title</h2>'), true);
  assert.equal(looksLikeHtml('I think 3 < 4 and <b>bold</b>.'), false);
  assert.equal(looksLikeHtml('<product> is not a tag we know'), false);
});
