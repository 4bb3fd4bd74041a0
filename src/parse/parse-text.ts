/**
 * Plain text into blocks: blank lines end paragraphs; a line that opens with a list marker
 * ("1)", "2.", "-", "*", "•", "(a)") starts a list item; a short unpunctuated line followed by
 * text is a heading ("Background", "Pros:").
 */
import type { Block, SourceDocument } from './source-document.ts';
import { trimSpan } from './source-document.ts';

/** A list marker at the start of a line, with the spaces after it. */
export const LIST_MARKER = /^[ \t]*((?:\d{1,3}|[a-zA-Z])[.)]|\(\d{1,3}\)|\([a-z]\)|[-*•–●▪])[ \t]+(?=\S)/;

const HEADING_MAX_LENGTH = 60;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

function splitLines(plain: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= plain.length) {
    let end = plain.indexOf('\n', start);
    if (end < 0) end = plain.length;
    lines.push({ start, end, content: plain.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

function looksLikeHeading(line: string, next: string | undefined): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > HEADING_MAX_LENGTH || next === undefined || next.trim() === '') {
    return false;
  }
  // A next line that opens in lower case continues a hard-wrapped sentence ("A 2019 report\nfound …").
  if (/^\s*\p{Ll}/u.test(next)) return false;
  if (trimmed.endsWith(':')) return true;
  return !/[.!?,;"”'’)\]]$/.test(trimmed) && /^[\p{Lu}\d]/u.test(trimmed) && trimmed.split(/\s+/).length <= 8;
}

/** Finds paragraph, list-item and heading blocks in `plain` (which may be the whole text). */
export function findBlocks(plain: string, from = 0, to = plain.length): Block[] {
  const blocks: Block[] = [];
  let open: { start: number; contentStart: number; end: number; kind: Block['kind']; listMarker: string | null } | null =
    null;
  const close = (): void => {
    if (open === null) return;
    const [contentStart, end] = trimSpan(plain, open.contentStart, open.end);
    if (end > contentStart) {
      blocks.push({ ...open, contentStart, end, speaker: null });
    }
    open = null;
  };
  const lines = splitLines(plain.slice(0, to)).filter((line) => line.end > from);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    const start = Math.max(line.start, from);
    const content = plain.slice(start, line.end);
    if (content.trim() === '') {
      close();
      continue;
    }
    const marker = LIST_MARKER.exec(content);
    const heading = marker === null && looksLikeHeading(content, lines[i + 1]?.content);
    if (marker !== null || heading || open === null) {
      close();
      const leading = content.length - content.trimStart().length;
      open = {
        start: start + leading,
        contentStart: start + (marker?.[0].length ?? leading),
        end: line.end,
        kind: marker !== null ? 'list_item' : heading ? 'heading' : 'paragraph',
        listMarker: marker?.[1] ?? null,
      };
      if (heading) close();
      continue;
    }
    open.end = line.end;
  }
  close();
  return blocks;
}

/** Parses plain text: `plain` is the text itself. */
export function parseText(text: string): SourceDocument {
  return { format: 'text', text, plain: text, blocks: findBlocks(text) };
}
