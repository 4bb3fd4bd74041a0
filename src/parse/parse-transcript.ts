/**
 * Transcripts: each `NAME: utterance` line opens a turn that keeps its speaker; lines without a
 * label continue the turn before them. The label is blanked out of `plain` so it is never read as
 * part of the utterance.
 */
import type { Block, SourceDocument } from './source-document.ts';
import { trimSpan } from './source-document.ts';

/**
 * "MODERATOR:", "SENATOR HALE:", "Donald Trump:", "Q:", and diarization labels such as
 * "Speaker 1:" and "SPEAKER_00:": a capitalised name of at most six words.
 */
const SPEAKER_LABEL = /^[ \t]*((?:\p{Lu}[\p{L}\p{M}\d_.'’-]*)(?:[ \t]+[\p{Lu}\d(][\p{L}\p{M}\d_.'’()-]*){0,5}):[ \t]+(?=\S)/u;

/** Labels that open lines of reviews and notes, not turns: "Pros: it is fast." */
const NOT_SPEAKERS = new Set(['pros', 'cons', 'edit', 'update', 'note', 'notes', 'source', 'sources', 'tl;dr', 'tldr', 'summary', 'verdict', 'rating', 'ps', 'p.s.', 're', 'warning', 'disclaimer', 'example']);

/** The speaker label a line opens with, or null when it opens with none (or with a non-speaker label). */
function speakerLabel(line: string): RegExpExecArray | null {
  const label = SPEAKER_LABEL.exec(line);
  return label === null || NOT_SPEAKERS.has((label[1] ?? '').toLowerCase()) ? null : label;
}

/** One line of a text (without its newline), and the speaker label it opens with, if any. */
export interface TranscriptLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly blank: boolean;
  readonly label: RegExpExecArray | null;
}

/**
 * The lines of `text` with their speaker labels: read once, then shared by the test for a
 * transcript and the parse (each used to run the label expression over every line again).
 */
export function transcriptLines(text: string): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    // A blank line cannot hold a label (one needs a capital letter and speech after it).
    const blank = line.trim() === '';
    lines.push({ start, end, text: line, blank, label: blank ? null : speakerLabel(line) });
    start = end + 1;
  }
  return lines;
}

/**
 * True when the text reads as turns: at least two labelled lines, with at least two speakers or
 * one speaker several times, and most turn openings (labelled lines, and lines after a blank
 * line) labelled, so turns that wrap onto more lines still count.
 */
export function looksLikeTranscript(text: string, lines: readonly TranscriptLine[] = transcriptLines(text)): boolean {
  let openings = 0;
  let labelled = 0;
  const speakers = new Set<string>();
  let afterBlank = true;
  for (const line of lines) {
    if (line.blank) {
      afterBlank = true;
      continue;
    }
    const speaker = line.label?.[1] ?? null;
    if (afterBlank || speaker !== null) openings += 1;
    if (speaker !== null) {
      labelled += 1;
      speakers.add(speaker);
    }
    afterBlank = false;
  }
  return labelled >= 2 && (speakers.size >= 2 || labelled >= 3) && labelled / openings >= 0.6;
}

/** Parses `NAME: utterance` turns; `lines` are the text's lines when the caller has read them already. */
export function parseTranscript(text: string, lines: readonly TranscriptLine[] = transcriptLines(text)): SourceDocument {
  // The plain text is the text with each label blanked out (a label never spans a newline), built
  // from slices: offsets are UTF-16 code units, and labels never split a surrogate pair.
  const plainParts: string[] = [];
  let copied = 0;
  const blocks: Block[] = [];
  let turn: { start: number; contentStart: number; end: number; speaker: string | null } | null = null;
  const close = (): void => {
    if (turn === null) return;
    const [contentStart, end] = trimSpan(text, turn.contentStart, turn.end);
    if (end > contentStart) blocks.push({ ...turn, contentStart, end, kind: 'turn', listMarker: null });
    turn = null;
  };
  for (const { start, end, text: line, blank, label } of lines) {
    if (label !== null) {
      close();
      const leading = line.length - line.trimStart().length;
      plainParts.push(text.slice(copied, start), ' '.repeat(label[0].length));
      copied = start + label[0].length;
      turn = { start: start + leading, contentStart: start + label[0].length, end, speaker: label[1] ?? null };
    } else if (!blank) {
      if (turn === null) turn = { start, contentStart: start, end, speaker: null };
      else turn.end = end;
    }
  }
  close();
  const plain = copied === 0 ? text : plainParts.join('') + text.slice(copied);
  return { format: 'transcript', text, plain, blocks };
}
