/**
 * HTML: the text of the body, block by block, with tags blanked out and character references
 * decoded in place (padded with spaces, so offsets still point into the original markup).
 * Nothing is executed or fetched; script, style and other non-prose elements are skipped.
 */
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import type { Block, SourceDocument } from './source-document.ts';
import { FILLER, trimSpan } from './source-document.ts';

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'button']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'body', 'caption',
]);
const HEADING = /^h[1-6]$/;
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Writes `raw` (found at `offset`) into `plain`, decoding character references in place. */
function copyDecoded(raw: string, offset: number, plain: string[]): void {
  for (let i = 0; i < raw.length; i += 1) plain[offset + i] = raw[i] === '\n' ? '\n' : (raw[i] ?? ' ');
  for (const match of raw.matchAll(CHARACTER_REFERENCE)) {
    const decoded = decodeHTML(match[0]);
    const at = offset + (match.index ?? 0);
    for (let i = 0; i < match[0].length; i += 1) plain[at + i] = i < decoded.length ? (decoded[i] ?? FILLER) : FILLER;
  }
}

/** Parses an HTML page or fragment into blocks over the original markup. */
export function parseHtml(text: string): SourceDocument {
  const plain = text.split('').map((c) => (c === '\n' ? '\n' : ' '));
  const blocks: Block[] = [];
  const orderedCounters: number[] = [];
  let skipDepth = 0;
  let lastTagWasBr = false;
  let current: { start: number; end: number; kind: Block['kind']; listMarker: string | null } | null = null;
  let pendingKind: Block['kind'] = 'paragraph';
  let pendingMarker: string | null = null;

  const closeBlock = (): void => {
    if (current !== null) {
      const [contentStart, end] = trimSpan(plain, current.start, current.end);
      if (end > contentStart) {
        blocks.push({ start: contentStart, contentStart, end, kind: current.kind, speaker: null, listMarker: current.listMarker });
      }
    }
    current = null;
    pendingKind = 'paragraph';
    pendingMarker = null;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        // One <br> breaks a line inside a paragraph; two in a row are how old pages end one.
        if (name === 'br') {
          if (lastTagWasBr) closeBlock();
          lastTagWasBr = true;
          return;
        }
        lastTagWasBr = false;
        if (SKIPPED.has(name)) skipDepth += 1;
        if (name === 'ol') orderedCounters.push(0);
        if (name === 'ul') orderedCounters.push(-1);
        if (!BLOCK.has(name)) return;
        closeBlock();
        if (HEADING.test(name)) pendingKind = 'heading';
        if (name === 'li') {
          pendingKind = 'list_item';
          const counter = orderedCounters.at(-1) ?? -1;
          if (counter >= 0) orderedCounters[orderedCounters.length - 1] = counter + 1;
          pendingMarker = counter >= 0 ? `${counter + 1}.` : '•';
        }
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'ol' || name === 'ul') orderedCounters.pop();
        if (BLOCK.has(name)) closeBlock();
      },
      ontext(raw) {
        if (skipDepth > 0) return;
        if (raw.trim() !== '') lastTagWasBr = false;
        const start = parser.startIndex;
        copyDecoded(raw, start, plain);
        if (raw.trim() === '') return;
        if (current === null) current = { start, end: start + raw.length, kind: pendingKind, listMarker: pendingMarker };
        else current.end = start + raw.length;
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(text);
  closeBlock();
  return { format: 'html', text, plain: plain.join(''), blocks };
}

/** True when the text starts like an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6])[\s>]/i.test(text);
}
