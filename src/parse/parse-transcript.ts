/**
 * Transcripts: each `NAME: utterance` line opens a turn that keeps its speaker; lines without a
 * label continue the turn before them. The label is blanked out of `plain` so it is never read as
 * part of the utterance.
 */
import type { Block, SourceDocument } from './source-document.ts';
import { blankOut, trimSpan } from './source-document.ts';

/** "MODERATOR:", "SENATOR HALE:", "Donald Trump:", "Q:" — a capitalised name of at most six words. */
const SPEAKER_LABEL = /^[ \t]*((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:[ \t]+[\p{Lu}(][\p{L}\p{M}.'’()-]*){0,5}):[ \t]+(?=\S)/u;

/** True when most non-empty lines (at least two) open with a speaker label. */
export function looksLikeTranscript(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const labelled = lines.filter((line) => SPEAKER_LABEL.test(line)).length;
  return labelled >= 2 && labelled / lines.length >= 0.6;
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
    const label = SPEAKER_LABEL.exec(line);
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
