/**
 * Reading one input document from a file or stdin, refusing what cannot be text before it costs
 * memory: directories, files over the size limit, binary data, bytes that are not UTF-8.
 */
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { fileProblem } from './check-readable.ts';
import { CliError } from './cli-error.ts';

/** How a size limit is written on the command line: "5MB", "512kB", "1048576". */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(text.trim());
  if (match === null) return null;
  const factor = { b: 1, kb: 1e3, k: 1e3, mb: 1e6, m: 1e6, gb: 1e9, g: 1e9 }[(match[2] ?? 'b').toLowerCase()] ?? 1;
  return Math.floor(Number(match[1]) * factor);
}

/** "7.2 MB" for messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** Why the first bytes of a file show it is no UTF-8 text: UTF-16 (its byte-order mark) or binary (NUL bytes); null if they do not. */
export function notTextKind(bytes: Uint8Array): 'utf-16' | 'binary' | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'utf-16';
  return bytes.includes(0) ? 'binary' : null;
}

/** Decodes bytes as UTF-8 text, or explains in one line why they are not text. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const kind = notTextKind(bytes);
  if (kind === 'utf-16') throw new CliError(`${name} is UTF-16 text; convert it to UTF-8 first, e.g. iconv -f utf-16 -t utf-8 ${name} > fixed.txt`);
  if (kind === 'binary') throw new CliError(`${name} looks like a binary file (it contains NUL bytes); give a UTF-8 text file`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    throw new CliError(`${name} is not valid UTF-8; convert it first, e.g. iconv -f windows-1252 -t utf-8 ${name} > fixed.txt`);
  }
}

async function readStream(stream: Readable, limit: number, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) {
      throw new CliError(`${name} is over the ${formatSize(limit)} limit; pass --max-size with a larger limit or split the text`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads `path` ("-" for stdin) as UTF-8 text within `limit` bytes. */
export async function readInput(path: string, limit: number, stdin: Readable): Promise<{ name: string; text: string }> {
  if (path === '-') {
    const text = decodeText(await readStream(stdin, limit, 'standard input'), 'standard input');
    return { name: 'standard input', text };
  }
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${path}: ${fileProblem(error)}; check the path`);
  });
  if (info.isDirectory()) throw new CliError(`${path} is a directory; give a text file (or - for standard input)`);
  if (info.size > limit) {
    throw new CliError(`${path} is ${formatSize(info.size)}, over the ${formatSize(limit)} limit; pass --max-size ${formatSize(info.size * 2).replace(' ', '')} or split the text`);
  }
  const handle = await open(path, 'r');
  try {
    return { name: path, text: decodeText(await handle.readFile(), path) };
  } finally {
    await handle.close();
  }
}
