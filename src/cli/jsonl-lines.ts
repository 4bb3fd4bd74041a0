/**
 * JSONL, line by line, as bytes: lines are split before decoding so one line that is not UTF-8,
 * not JSON or too long is reported by its number while the others go on, and memory holds one
 * line at a time however large the file.
 */
import type { Readable } from 'node:stream';

export interface RawLine {
  /** 1-based line number in the input. */
  readonly number: number;
  /** The line's bytes without the newline, or null when it was longer than the limit. */
  readonly bytes: Buffer | null;
}

/** Yields each non-empty line of `stream`; lines over `maxBytes` come back with `bytes: null`. */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let oversize = false;
  let number = 0;
  const finish = function* (): Generator<RawLine> {
    number += 1;
    const bytes = Buffer.concat(pending);
    pending = [];
    pendingSize = 0;
    const wasOversize = oversize;
    oversize = false;
    const isBlank = !wasOversize && bytes.toString('latin1').trim() === '';
    if (!isBlank) yield { number, bytes: wasOversize ? null : bytes };
  };
  for await (const chunk of stream) {
    let buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    let newline = buffer.indexOf(0x0a);
    while (newline >= 0) {
      if (!oversize) pending.push(buffer.subarray(0, newline));
      if (pendingSize + newline > maxBytes) oversize = true;
      yield* finish();
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(0x0a);
    }
    if (buffer.length > 0 && !oversize) {
      pendingSize += buffer.length;
      if (pendingSize > maxBytes) {
        oversize = true;
        pending = [];
      } else {
        pending.push(buffer);
      }
    }
  }
  if (pending.length > 0 || oversize) yield* finish();
}
