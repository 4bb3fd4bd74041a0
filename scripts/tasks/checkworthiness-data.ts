/**
 * Reading the check-worthiness data: CheckThat! 2019 task 1 debates (one TSV per debate) and the
 * ClaimBuster sentences (crowdsourced.csv, 22,501 rows over 33 debates), each debate rebuilt as one
 * document of pre-segmented units in transcript order with its speakers, so the position,
 * speaker-change and neighbour features are made as they will be on a real transcript.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { dataDir } from '../learning/data-dir.ts';

export const CLEF_FOLDER = 'clef2019-checkworthiness';
export const CLAIMBUSTER_FOLDER = 'claimbuster';

export const CLEF_LICENCE = 'CheckThat! 2019 task 1 (apepa/clef2019-factchecking-task1): free for general research use';
export const CLAIMBUSTER_LICENCE = 'ClaimBuster (Arslan et al. 2020, Zenodo 3609356): open access, exact licence unconfirmed';

/** One sentence of a debate, in transcript order. */
export interface DebateSentence {
  readonly text: string;
  readonly speaker: string;
  /** CheckThat!: 1 check-worthy, 0 not. ClaimBuster: the verdict, 1 CFS, 0 UFS, -1 NFS. */
  readonly label: number;
  /** ClaimBuster's Sentence_id (null for CheckThat!). */
  readonly id: number | null;
}

export interface Debate {
  /** The file name: a CheckThat! TSV, or a ClaimBuster File_id. */
  readonly name: string;
  readonly sentences: readonly DebateSentence[];
}

/**
 * CheckThat! debates that are also ClaimBuster debates (the same transcript, found by matching
 * sentences: 833-993 shared each). Cross-validation over both sets holds out a debate's twin too,
 * or the model would be tested on sentences it was trained on.
 */
export const DEBATE_TWINS: Readonly<Record<string, string>> = Object.freeze({
  '20160926_1pres.tsv': '2016-09-26.txt',
  '20161010_2pres.tsv': '2016-10-09.txt',
  '20161019_3pres.tsv': '2016-10-19.txt',
});

/** The 19 CheckThat! 2019 training debates, sorted by file name. */
export function loadClefDebates(): Debate[] {
  const dir = join(dataDir(), CLEF_FOLDER, 'training');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.tsv'))
    .sort()
    .map((file) => {
      const sentences = readFileSync(join(dir, file), 'utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line): DebateSentence => {
          // line_no, speaker, sentence, label; a sentence may itself hold a tab (one line does).
          const fields = line.split('\t');
          const label = Number(fields[fields.length - 1]) === 1 ? 1 : 0;
          return { text: fields.slice(2, -1).join(' ').trim(), speaker: fields[1] ?? '', label, id: null };
        })
        .filter((s) => s.text !== '');
      return { name: file, sentences };
    });
}

interface ClaimBusterRow {
  readonly Sentence_id: string;
  readonly Text: string;
  readonly Speaker: string;
  readonly File_id: string;
  readonly Line_number: string;
  readonly Verdict: string;
}

/** The ClaimBuster debates (crowdsourced.csv), sentences in line order, debates sorted by File_id. */
export function loadClaimBusterDebates(): Debate[] {
  const rows = parse(readFileSync(join(dataDir(), CLAIMBUSTER_FOLDER, 'crowdsourced.csv')), { columns: true, bom: true }) as ClaimBusterRow[];
  const byFile = new Map<string, ClaimBusterRow[]>();
  for (const row of rows) {
    if (row.Text.trim() === '') continue;
    const list = byFile.get(row.File_id) ?? [];
    list.push(row);
    byFile.set(row.File_id, list);
  }
  return [...byFile.keys()].sort().map((name) => ({
    name,
    sentences: (byFile.get(name) ?? [])
      .sort((a, b) => Number(a.Line_number) - Number(b.Line_number) || Number(a.Sentence_id) - Number(b.Sentence_id))
      .map((row) => ({ text: row.Text.trim(), speaker: row.Speaker, label: Number(row.Verdict), id: Number(row.Sentence_id) })),
  }));
}

/**
 * A stricter ClaimBuster subset (`2xNCS`, `2.5xNCS`, `3xNCS`): sentence id → label (1 CFS, 0 not
 * check-worthy). Its sentences are all in crowdsourced.csv, which gives them their debate.
 */
export function loadNcsSubset(name: '2xNCS' | '2.5xNCS' | '3xNCS'): Map<number, number> {
  const entries = JSON.parse(readFileSync(join(dataDir(), CLAIMBUSTER_FOLDER, `${name}.json`), 'utf8')) as { sentence_id: number; label: number }[];
  return new Map(entries.map((e) => [e.sentence_id, e.label === 1 ? 1 : 0]));
}
