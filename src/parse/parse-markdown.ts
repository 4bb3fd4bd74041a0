/**
 * Markdown: the prose of paragraphs, headings and list items, with the markup blanked out.
 * Code blocks, HTML and images are not prose and stay blank; link text is kept, link targets are not.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parents } from 'mdast';
import { decodeHTML } from 'entities';
import type { Block, SourceDocument } from './source-document.ts';
import { FILLER, trimSpan } from './source-document.ts';

const ESCAPE_OR_REFERENCE = /\\[!-/:-@[-`{-~]|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function offsets(node: Nodes): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [start, end];
}

/**
 * A text node that wraps onto the next line spans that line's block-quote markers ("\n> "):
 * blank them, so quoted prose reads as prose.
 */
function blankLinePrefixes(text: string, plain: string[], start: number, end: number): void {
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(text.slice(i + 1, end))?.[0].length ?? 0;
    for (let k = i + 1; k < i + 1 + prefix; k += 1) plain[k] = ' ';
  }
}

/** YAML front matter ("---" … "---" at the very start): metadata, not prose. */
function frontMatterEnd(text: string): number {
  const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return match === null ? 0 : match[0].length;
}

/** Copies the text-bearing leaves under `node` from `text` into `plain`. */
function copyProse(node: Nodes, text: string, plain: string[]): void {
  if (node.type === 'text') {
    const span = offsets(node);
    if (span === null) return;
    for (let i = span[0]; i < span[1]; i += 1) plain[i] = text[i] ?? ' ';
    // Backslash escapes and character references are markup too: drop the backslash and decode the
    // reference in place, padded with FILLER (as the HTML parser does) so words stay whole.
    for (const match of text.slice(span[0], span[1]).matchAll(ESCAPE_OR_REFERENCE)) {
      const at = span[0] + (match.index ?? 0);
      const decoded = match[0].startsWith('\\') ? match[0].slice(1) : decodeHTML(match[0]);
      for (let i = 0; i < match[0].length; i += 1) plain[at + i] = decoded[i] ?? FILLER;
    }
    blankLinePrefixes(text, plain, span[0], span[1]);
    return;
  }
  if (node.type === 'inlineCode') {
    const span = offsets(node);
    if (span === null) return;
    const raw = text.slice(span[0], span[1]);
    const ticks = /^`+\s?/.exec(raw)?.[0].length ?? 0;
    const closing = /\s?`+$/.exec(raw)?.[0].length ?? 0;
    for (let i = span[0] + ticks; i < span[1] - closing; i += 1) plain[i] = text[i] ?? ' ';
    return;
  }
  if ('children' in node) for (const child of node.children) copyProse(child as Nodes, text, plain);
}

/** Parses Markdown into blocks over the original text. */
export function parseMarkdown(text: string): SourceDocument {
  // Front matter is blanked (same length, so offsets hold) before parsing, so it is never prose.
  const skip = frontMatterEnd(text);
  const tree = fromMarkdown(skip === 0 ? text : text.slice(0, skip).replace(/[^\n]/g, ' ') + text.slice(skip));
  const plain = text.split('').map((c) => (c === '\n' ? '\n' : ' '));
  const blocks: Block[] = [];
  const visit = (node: Nodes, listItem: { start: number; marker: string } | null): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const span = offsets(node);
      if (span === null) return;
      copyProse(node, text, plain);
      const [contentStart, end] = trimSpan(plain, span[0], span[1]);
      if (end <= contentStart) return;
      const item = listItem !== null && listItem.start < span[0] ? listItem : null;
      blocks.push({
        start: item?.start ?? contentStart,
        contentStart,
        end,
        kind: node.type === 'heading' ? 'heading' : item !== null ? 'list_item' : 'paragraph',
        speaker: null,
        listMarker: item?.marker ?? null,
      });
      return;
    }
    if (node.type === 'code' || node.type === 'html' || !('children' in node)) return;
    let nextListItem = listItem;
    if (node.type === 'listItem') {
      const span = offsets(node);
      const first = node.children[0];
      const firstSpan = first === undefined ? null : offsets(first);
      if (span !== null && firstSpan !== null) {
        nextListItem = { start: span[0], marker: text.slice(span[0], firstSpan[0]).trim() };
      }
    }
    for (const child of (node as Parents).children) {
      visit(child as Nodes, nextListItem);
      if (node.type === 'listItem') nextListItem = null;
    }
  };
  visit(tree, null);
  return { format: 'markdown', text, plain: plain.join(''), blocks };
}
