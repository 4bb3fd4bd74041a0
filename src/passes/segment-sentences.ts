/**
 * Paragraphs and sentences. Paragraphs are the parser's blocks; sentences are wink-nlp's, cut
 * again at block edges so no sentence runs across a paragraph, list item or transcript turn.
 * Pre-segmented units (`units` input) are one sentence each and never re-split.
 */
import type { Sentence, Span } from '../model/analysis-schema.ts';
import { tokenize } from '../nlp/tokenize.ts';
import type { AnalysisContext, TokenRange } from '../pipeline/context.ts';
import type { Block } from '../parse/source-document.ts';
import type { Pass } from '../pipeline/pipeline.ts';

/** First token index at or after `offset` (tokens are sorted by start). */
export function firstTokenAtOrAfter(tokens: readonly { start: number }[], offset: number, from = 0): number {
  let low = from;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function segment(context: AnalysisContext): void {
  const { source } = context;
  const tokenized = tokenize(source.plain);
  const tokens = tokenized.tokens;
  context.tokens = tokens;
  context.tokenSentiment = tokenized.sentiment;
  const paragraphs: Span[] = [];
  const paragraphBlocks: Block[] = [];
  const sentences: Sentence[] = [];
  const sentenceTokens: TokenRange[] = [];
  let cursor = 0;
  for (const block of source.blocks) {
    const first = firstTokenAtOrAfter(tokens, block.contentStart, cursor);
    let end = first;
    while (end < tokens.length && (tokens[end]?.start ?? Infinity) < block.end) end += 1;
    cursor = end;
    // A pre-segmented unit stays a unit even with no tokens ("…" alone), so units map 1:1 to input.
    if (end === first && block.kind !== 'unit') continue;
    const paragraph = `p${paragraphs.length + 1}`;
    paragraphs.push({ id: paragraph, start: block.start, end: block.end });
    paragraphBlocks.push(block);
    if (block.kind === 'unit') {
      // A pre-segmented unit is exactly one sentence, whatever wink would say about it.
      sentences.push({ id: `s${sentences.length + 1}`, start: block.contentStart, end: block.end, paragraph });
      sentenceTokens.push({ first, end });
      continue;
    }
    let sentenceFirst = first;
    for (let i = first + 1; i <= end; i += 1) {
      const boundary = i === end || tokenized.sentenceStart[i] === true;
      if (!boundary) continue;
      const start = tokens[sentenceFirst]?.start ?? block.contentStart;
      const stop = tokens[i - 1]?.end ?? block.end;
      sentences.push({ id: `s${sentences.length + 1}`, start, end: stop, paragraph });
      sentenceTokens.push({ first: sentenceFirst, end: i });
      sentenceFirst = i;
    }
  }
  context.paragraphs = paragraphs;
  context.paragraphBlocks = paragraphBlocks;
  context.sentences = sentences;
  context.sentenceTokens = sentenceTokens;
}

/** Tokenizes the plain text and finds paragraphs and sentences. */
export const sentencesPass: Pass = { name: 'sentences', requires: [], provides: ['sentences'], run: segment };
