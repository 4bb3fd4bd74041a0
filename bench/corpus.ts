/**
 * The benchmark corpus: a fixed, deterministic mix of argumentative and debate texts read from the
 * shared data folder (never copied into the repository). Every list of files is sorted and every
 * source is capped in UTF-8 bytes, so the same data folder always gives the same documents.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchDocument {
  /** Which source the document was built from, e.g. `clef2019`. */
  readonly source: string;
  /** Where in the source it came from (file and chunk), for reports. */
  readonly name: string;
  readonly text: string;
}

/** A source's documents, in order, and a note for the report. */
export interface CorpusSource {
  readonly source: string;
  readonly description: string;
  readonly documents: readonly BenchDocument[];
}

/** `ARGSCOPE_DATA` when set (relative to the working directory), else `../shared/data` from the project root. */
export function resolveDataDir(): string {
  const override = process.env['ARGSCOPE_DATA'];
  if (override !== undefined && override !== '') return resolve(override);
  return fileURLToPath(new URL('../../shared/data/', import.meta.url));
}

/** UTF-8 size of a string. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

function sortedFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins paragraphs into documents of at least `target` bytes (the last may be smaller). */
function pack(paragraphs: readonly string[], target: number): string[] {
  const documents: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const paragraph of paragraphs) {
    current.push(paragraph);
    size += utf8Bytes(paragraph) + 2;
    if (size >= target) {
      documents.push(current.join('\n\n'));
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) documents.push(current.join('\n\n'));
  return documents;
}

/** Keeps documents in order until the source's byte budget is spent. */
function capped(documents: readonly BenchDocument[], maxBytes: number): BenchDocument[] {
  const kept: BenchDocument[] = [];
  let total = 0;
  for (const document of documents) {
    const bytes = utf8Bytes(document.text);
    if (total + bytes > maxBytes && kept.length > 0) break;
    kept.push(document);
    total += bytes;
  }
  return kept;
}

/** CheckThat! 2019 debates and speeches as `SPEAKER: turn` transcripts, cut at ~12 kB on sentence edges. */
function clef2019(dataDir: string): BenchDocument[] {
  const documents: BenchDocument[] = [];
  for (const path of sortedFiles(join(dataDir, 'clef2019-checkworthiness', 'training'), '.tsv')) {
    let lines: string[] = [];
    let speaker = '';
    let size = 0;
    let chunk = 0;
    const flush = (): void => {
      if (lines.length === 0) return;
      chunk += 1;
      documents.push({ source: 'clef2019', name: `${baseName(path)}#${chunk}`, text: `${lines.join('\n')}\n` });
      lines = [];
      speaker = '';
      size = 0;
    };
    for (const [, who = '', sentence = ''] of readTsv(path)) {
      if (size >= 12_000) flush();
      if (who !== speaker || lines.length === 0) {
        lines.push(`${who}: ${sentence}`);
        speaker = who;
      } else lines[lines.length - 1] += ` ${sentence}`;
      size += utf8Bytes(sentence) + 1;
    }
    flush();
  }
  return documents;
}

/** ClaimBuster sentences in debate order, 20 to a document, a new paragraph where the speaker changes. */
function claimbuster(dataDir: string): BenchDocument[] {
  const path = join(dataDir, 'claimbuster', 'crowdsourced.csv');
  if (!existsSync(path)) return [];
  const [header = [], ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const column = (name: string): number => header.indexOf(name);
  const [textAt, speakerAt, fileAt, lineAt] = [column('Text'), column('Speaker'), column('File_id'), column('Line_number')];
  const byFile = new Map<string, { line: number; speaker: string; text: string }[]>();
  for (const row of rows) {
    const file = row[fileAt] ?? '';
    const list = byFile.get(file) ?? [];
    list.push({ line: Number(row[lineAt]), speaker: row[speakerAt] ?? '', text: row[textAt] ?? '' });
    byFile.set(file, list);
  }
  const documents: BenchDocument[] = [];
  for (const file of [...byFile.keys()].sort()) {
    const sentences = (byFile.get(file) ?? []).sort((a, b) => a.line - b.line);
    // A short tail (under 10 sentences) joins the chunk before it rather than standing alone.
    for (let first = 0, chunk = 1; first < sentences.length; chunk += 1) {
      const end = sentences.length - (first + 20) < 10 ? sentences.length : first + 20;
      let text = '';
      let speaker: string | null = null;
      for (const sentence of sentences.slice(first, end)) {
        if (speaker !== null) text += sentence.speaker === speaker ? ' ' : '\n\n';
        text += sentence.text;
        speaker = sentence.speaker;
      }
      documents.push({ source: 'claimbuster', name: `${file}#${chunk}`, text });
      first = end;
    }
  }
  return documents;
}

/** AbstRCT (neoplasm) sentences rebuilt from their tokens, 10 to a document. */
function abstrct(dataDir: string): BenchDocument[] {
  const documents: BenchDocument[] = [];
  for (const path of sortedFiles(join(dataDir, 'abstrct-en', 'argument_components'), '.tsv')) {
    const sentences: string[] = [];
    let tokens: string[] = [];
    for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
      const token = line.split('\t')[0] ?? '';
      if (token.trim() !== '') tokens.push(token);
      else if (tokens.length > 0) {
        sentences.push(tokens.join(' '));
        tokens = [];
      }
    }
    if (tokens.length > 0) sentences.push(tokens.join(' '));
    for (let first = 0; first < sentences.length; first += 10) {
      const text = sentences.slice(first, first + 10).join(' ');
      documents.push({ source: 'abstrct', name: `${baseName(path)}#${first / 10 + 1}`, text });
    }
  }
  return documents;
}

/** The English arg-microtexts, one document each. */
function microtexts(dataDir: string): BenchDocument[] {
  return sortedFiles(join(dataDir, 'arg-microtexts', 'en'), '.txt').map((path) => ({
    source: 'microtexts',
    name: baseName(path),
    text: readFileSync(path, 'utf8'),
  }));
}

/** UKPConvArg1 ranked forum arguments (`<br/>` as line breaks), packed per topic into ~1.5 kB threads. */
function ukpconvarg1(dataDir: string): BenchDocument[] {
  const documents: BenchDocument[] = [];
  for (const path of sortedFiles(join(dataDir, 'ukpconvarg1', 'UKPConvArg1-Ranking-CSV'), '.csv')) {
    const posts = readTsv(path)
      .slice(1)
      .map(([, , argument = '']) => argument.replace(/<br\s*\/?>/gi, '\n').trim())
      .filter((post) => post !== '');
    pack(posts, 1500).forEach((text, index) => {
      documents.push({ source: 'ukpconvarg1', name: `${baseName(path)}#${index + 1}`, text });
    });
  }
  return documents;
}

/** IBM ArgKP arguments grouped by topic and stance, packed into ~2 kB documents. */
function ibmArgkp(dataDir: string): BenchDocument[] {
  const groups = new Map<string, string[]>();
  for (const path of sortedFiles(join(dataDir, 'ibm-argkp-2021', 'train_dev'), '.csv')) {
    if (!baseName(path).startsWith('arguments_')) continue;
    const [header = [], ...rows] = parseCsv(readFileSync(path, 'utf8'));
    const [argumentAt, topicAt, stanceAt] = [header.indexOf('argument'), header.indexOf('topic'), header.indexOf('stance')];
    for (const row of rows) {
      const key = `${row[topicAt] ?? ''} (${row[stanceAt] ?? ''})`;
      const list = groups.get(key) ?? [];
      list.push((row[argumentAt] ?? '').trim());
      groups.set(key, list);
    }
  }
  const documents: BenchDocument[] = [];
  for (const key of [...groups.keys()].sort()) {
    pack(groups.get(key) ?? [], 2000).forEach((text, index) => {
      documents.push({ source: 'ibm-argkp', name: `${key}#${index + 1}`, text });
    });
  }
  return documents;
}

/** Builds every source that is present, each capped to its byte budget (about 3 MB in all). */
export function loadSources(dataDir: string): CorpusSource[] {
  const sources: CorpusSource[] = [
    { source: 'clef2019', description: 'CheckThat! 2019 debate transcripts', documents: capped(clef2019(dataDir), 1_200_000) },
    { source: 'claimbuster', description: 'ClaimBuster debate sentences, ~20 a doc', documents: capped(claimbuster(dataDir), 700_000) },
    { source: 'abstrct', description: 'AbstRCT abstracts (10 sentences)', documents: capped(abstrct(dataDir), 450_000) },
    { source: 'microtexts', description: 'arg-microtexts (en)', documents: microtexts(dataDir) },
    { source: 'ukpconvarg1', description: 'UKPConvArg1 forum arguments', documents: capped(ukpconvarg1(dataDir), 300_000) },
    { source: 'ibm-argkp', description: 'IBM ArgKP arguments by topic', documents: capped(ibmArgkp(dataDir), 350_000) },
  ];
  return sources;
}

/**
 * The data folder, its sources and their documents interleaved; or, when the folder is missing or
 * holds none of the sources, one line saying so and exit status 0. A bench over no documents
 * printed NaN figures or analysed megabytes of empty lines; skipping with a message where the data
 * is absent is the project's rule for everything that reads it.
 *
 * @param bench the bench's name, to start the line with
 */
export function benchCorpusOrSkip(bench: string): { dataDir: string; sources: CorpusSource[]; documents: BenchDocument[] } {
  const dataDir = resolveDataDir();
  const found = existsSync(dataDir);
  const sources = found ? loadSources(dataDir) : [];
  const documents = interleave(sources);
  if (documents.length === 0) {
    console.log(`${bench}: ${found ? `no documents found under ${dataDir}` : `${dataDir} not found`}; skipping (set ARGSCOPE_DATA to the shared data folder)`);
    process.exit(0);
  }
  return { dataDir, sources, documents };
}

/** Interleaves the sources round-robin so that any prefix (`--limit N`) is still a mix. */
export function interleave(sources: readonly CorpusSource[]): BenchDocument[] {
  const documents: BenchDocument[] = [];
  const longest = Math.max(0, ...sources.map((source) => source.documents.length));
  for (let i = 0; i < longest; i += 1) {
    for (const source of sources) {
      const document = source.documents[i];
      if (document !== undefined) documents.push(document);
    }
  }
  return documents;
}
