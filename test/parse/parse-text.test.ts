import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBlocks, LIST_MARKER, parseText } from '../../src/parse/parse-text.ts';
import type { Block } from '../../src/parse/source-document.ts';

/** Each block with the text it covers and the content after its marker. */
function blocks(text: string): (Pick<Block, 'kind' | 'listMarker'> & { text: string; content: string })[] {
  const doc = parseText(text);
  return doc.blocks.map((b) => ({
    kind: b.kind,
    listMarker: b.listMarker,
    text: text.slice(b.start, b.end),
    content: doc.plain.slice(b.contentStart, b.end),
  }));
}

test('keeps the text as it is: plain is the text itself, and the format is text', () => {
  const text = 'One line.\n\nAnother.';
  const doc = parseText(text);
  assert.equal(doc.format, 'text');
  assert.equal(doc.text, text);
  assert.equal(doc.plain, text);
});

test('ends a paragraph at a blank line and joins the lines of one paragraph', () => {
  assert.deepEqual(parseText('Cities are growing fast.\nThey need transport.\n\n  The end.  ').blocks, [
    { start: 0, contentStart: 0, end: 45, kind: 'paragraph', listMarker: null, speaker: null },
    { start: 49, contentStart: 49, end: 57, kind: 'paragraph', listMarker: null, speaker: null },
  ]);
});

test('starts a list item at each list marker, keeping the marker out of the content', () => {
  assert.deepEqual(blocks('Reasons:\n1) Trams are clean.\n2. They are quiet.\n- They carry many people.\n(a) They last long.\n* And they look good.\n• Last one.'), [
    { kind: 'heading', listMarker: null, text: 'Reasons:', content: 'Reasons:' },
    { kind: 'list_item', listMarker: '1)', text: '1) Trams are clean.', content: 'Trams are clean.' },
    { kind: 'list_item', listMarker: '2.', text: '2. They are quiet.', content: 'They are quiet.' },
    { kind: 'list_item', listMarker: '-', text: '- They carry many people.', content: 'They carry many people.' },
    { kind: 'list_item', listMarker: '(a)', text: '(a) They last long.', content: 'They last long.' },
    { kind: 'list_item', listMarker: '*', text: '* And they look good.', content: 'And they look good.' },
    { kind: 'list_item', listMarker: '•', text: '• Last one.', content: 'Last one.' },
  ]);
});

test('continues a list item on an unmarked line after it', () => {
  assert.deepEqual(blocks('1) Trams are clean\n   and quiet.\n2) They last.'), [
    { kind: 'list_item', listMarker: '1)', text: '1) Trams are clean\n   and quiet.', content: 'Trams are clean\n   and quiet.' },
    { kind: 'list_item', listMarker: '2)', text: '2) They last.', content: 'They last.' },
  ]);
});

test('reads a short unpunctuated line before text as a heading', () => {
  assert.deepEqual(blocks('Why we need trams\nCities are growing fast.'), [
    { kind: 'heading', listMarker: null, text: 'Why we need trams', content: 'Why we need trams' },
    { kind: 'paragraph', listMarker: null, text: 'Cities are growing fast.', content: 'Cities are growing fast.' },
  ]);
});

test('does not read a short first line of a hard-wrapped sentence as a heading', () => {
  assert.deepEqual(blocks('A 2019 report\nfound more.'), [
    { kind: 'paragraph', listMarker: null, text: 'A 2019 report\nfound more.', content: 'A 2019 report\nfound more.' },
  ]);
});

test('does not read a lone short line as a heading when nothing follows it', () => {
  assert.deepEqual(blocks('Short note'), [{ kind: 'paragraph', listMarker: null, text: 'Short note', content: 'Short note' }]);
});

test('handles CRLF line ends: blank CRLF lines end paragraphs and no block ends on a carriage return', () => {
  assert.deepEqual(blocks('First line.\r\nSecond line.\r\n\r\nReasons:\r\n1) One.\r\n2) Two.\r\n'), [
    { kind: 'paragraph', listMarker: null, text: 'First line.\r\nSecond line.', content: 'First line.\r\nSecond line.' },
    { kind: 'heading', listMarker: null, text: 'Reasons:', content: 'Reasons:' },
    { kind: 'list_item', listMarker: '1)', text: '1) One.', content: 'One.' },
    { kind: 'list_item', listMarker: '2)', text: '2) Two.', content: 'Two.' },
  ]);
});

test('finds no blocks in white space', () => {
  assert.deepEqual(parseText(' \n\t\n ').blocks, []);
});

test('finds blocks only inside the range it is given', () => {
  const plain = 'Skip this.\n\nRead this.\n\nNot this.';
  assert.deepEqual(findBlocks(plain, 12, 22), [
    { start: 12, contentStart: 12, end: 22, kind: 'paragraph', listMarker: null, speaker: null },
  ]);
});

test('requires a space after a list marker, so "3.5 percent" and "U.S." open no list', () => {
  assert.equal(LIST_MARKER.exec('3.5 percent of voters'), null);
  assert.equal(LIST_MARKER.exec('U.S. officials said'), null);
  assert.equal(LIST_MARKER.exec('12) Twelve')?.[1], '12)');
});
