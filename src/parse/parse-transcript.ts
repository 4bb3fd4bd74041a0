/**
 * Transcripts: each `NAME: utterance` line opens a turn that keeps its speaker; lines without a
 * label continue the turn before them. The label is blanked out of `plain` so it is never read as
 * part of the utterance.
 */
import type { Block, SourceDocument } from './source-document.ts';
import { blankOut, trimSpan } from './source-document.ts';

/**
 * "MODERATOR:", "SENATOR HALE:", "Donald Trump:", "Q:", and diarization labels such as
 * "Speaker 1:" and "SPEAKER_00:": a capitalised name of at most six words.
 */
const SPEAKER_LABEL = /^[ \t]*((?:\p{Lu}[\p{L}\p{M}\d_.'’-]*)(?:[ \t]+[\p{Lu}\d(][\p{L}\p{M}\d_.'’()-]*){0,5}):[ \t]+(?=\S)/u;

/** Labels that open lines of reviews and notes, not turns: "Pros: it is fast." */
const NOT_SPEAKERS = new Set(['pros', 'cons', 'edit', 'update', 'note', 'notes', 'source', 'sources', 'tl;dr', 'tldr', 'summary', 'verdict', 'rating', 'ps', 'p.s.', 're', 'warning', 'disclaimer', 'example']);

/** The speaker a line opens with, or null when it opens with none (or with a non-speaker label). */
function speakerOf(line: string): string | null {
  const label = SPEAKER_LABEL.exec(line)?.[1];
  return label === undefined || NOT_SPEAKERS.has(label.toLowerCase()) ? null : label;
}

/**
 * True when the text reads as turns: at least two labelled lines, with at least two speakers or
 * one speaker several times, and most turn openings (labelled lines, and lines after a blank
 * line) labelled, so turns that wrap onto more lines still count.
 */
export function looksLikeTranscript(text: string): boolean {
  const lines = text.split('\n');
  let openings = 0;
  let labelled = 0;
  const speakers = new Set<string>();
  let afterBlank = true;
  for (const line of lines) {
    if (line.trim() === '') {
      afterBlank = true;
      continue;
    }
    const speaker = speakerOf(line);
    if (afterBlank || speaker !== null) openings += 1;
    if (speaker !== null) {
      labelled += 1;
      speakers.add(speaker);
    }
    afterBlank = false;
  }
  return labelled >= 2 && (speakers.size >= 2 || labelled >= 3) && labelled / openings >= 0.6;
}

/** Parses `NAME: utterance` turns. */
export function parseTranscript(text: string): SourceDocument {
  // Code units, not code points: offsets are UTF-16 and labels never split a surrogate pair.
  const plainChars = text.split('');
  const blocks: Block[] = [];
  let turn: { start: number; contentStart: number; end: number; speaker: string | null } | null = null;
  const close = (): void => {
    if (turn === null) return;
    const [contentStart, end] = trimSpan(text, turn.contentStart, turn.end);
    if (end > contentStart) blocks.push({ ...turn, contentStart, end, kind: 'turn', listMarker: null });
    turn = null;
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const label = speakerOf(line) === null ? null : SPEAKER_LABEL.exec(line);
    if (label !== null) {
      close();
      const leading = line.length - line.trimStart().length;
      blankOut(plainChars, start, start + label[0].length);
      turn = { start: start + leading, contentStart: start + label[0].length, end, speaker: label[1] ?? null };
    } else if (line.trim() !== '') {
      if (turn === null) turn = { start, contentStart: start, end, speaker: null };
      else turn.end = end;
    }
    start = end + 1;
  }
  close();
  return { format: 'transcript', text, plain: plainChars.join(''), blocks };
}
