/** Chooses the parser for an input format, guessing HTML and transcripts when asked to. */
import type { InputFormat } from '../model/analysis-schema.ts';
import { looksLikeHtml, parseHtml } from './parse-html.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { parseText } from './parse-text.ts';
import { looksLikeTranscript, parseTranscript, transcriptLines } from './parse-transcript.ts';
import type { SourceDocument } from './source-document.ts';

/** A text format `analyze()` reads; `auto` tells HTML and transcripts from plain text. */
export type TextFormat = Exclude<InputFormat, 'units'> | 'auto';

/** Resolves `auto` by looking at the text. */
export function detectFormat(text: string): Exclude<InputFormat, 'units'> {
  if (looksLikeHtml(text)) return 'html';
  if (looksLikeTranscript(text)) return 'transcript';
  return 'text';
}

/** Parses `text` as `format` into a source document. */
export function parseInput(text: string, format: TextFormat): SourceDocument {
  if (format === 'auto') return parseDetected(text);
  switch (format) {
    case 'html':
      return parseHtml(text);
    case 'markdown':
      return parseMarkdown(text);
    case 'transcript':
      return parseTranscript(text);
    case 'text':
      return parseText(text);
  }
}

/** `auto`, as detectFormat decides it, with the lines read once for deciding and parsing a transcript. */
function parseDetected(text: string): SourceDocument {
  if (looksLikeHtml(text)) return parseHtml(text);
  const lines = transcriptLines(text);
  return looksLikeTranscript(text, lines) ? parseTranscript(text, lines) : parseText(text);
}
