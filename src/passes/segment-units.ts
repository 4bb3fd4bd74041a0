/**
 * Argumentative units: a sentence is one unit unless it carries two moves, as in "That's not to
 * say X, but Y", "Though X, Y", "X because Y" or "X; Y", where each side is a clause of its own.
 */
import type { Unit } from '../model/analysis-schema.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { AnalysisContext, TokenRange } from '../pipeline/context.ts';
import type { SourceDocument } from '../parse/source-document.ts';
import { FILLER } from '../parse/source-document.ts';
import { InputRejectedError } from '../pipeline/input-rejected-error.ts';
import type { Pass } from '../pipeline/pipeline.ts';
import { MARKERS } from './discourse-markers.ts';

const MIN_CLAUSE_WORDS = 3;
const SUBORDINATE_CONCESSION = new Set(['though', 'although', 'even though', 'while', 'whilst', 'even if', 'whereas']);
const SPLITTING_CONJUNCTIONS = new Set(['but', 'yet', 'however', 'though', 'although', 'whereas', 'while', 'so', 'therefore', 'which is why', 'because', 'since', 'even though']);
/** Conjunctions that may open a second unit without a comma before them ("X but Y", "X because Y"). */
const BARE_CONJUNCTIONS = new Set(['but', 'yet', 'because', 'even though', 'whereas']);
const DASHES = new Set(['-', '–', '—', '--']);

const SUBJECT_POS = new Set(['NOUN', 'PRON', 'PROPN', 'NUM', 'DET']);

/**
 * A clause here is at least three words with a verb that has something subject-like before it;
 * "but simply to protect their families" has a verb but no subject, so it stays with its sentence.
 */
function isClause(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  let subject = false;
  let verb: boolean | null = null;
  for (let i = first; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (token.type === 'word' || token.type === 'number') words += 1;
    if (verb === null && SUBJECT_POS.has(token.pos)) subject = true;
    if (verb === null && (token.pos === 'VERB' || token.pos === 'AUX')) verb = subject;
    // Decided early: scanning to the end of a long unpunctuated "sentence" at every candidate
    // cut made this quadratic (289 s on 4 MB of speech-to-text).
    if (verb === false) return false;
    if (verb === true && words >= MIN_CLAUSE_WORDS) return true;
  }
  return verb === true && words >= MIN_CLAUSE_WORDS;
}

/** Where, inside a sentence's tokens, a new unit starts; the left side ends at `leftEnd`. */
interface Cut {
  readonly leftEnd: number;
  readonly rightStart: number;
}

function cutAt(tokens: readonly Token[], i: number, sentence: TokenRange): Cut | null {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  if (token.normal === ';') return { leftEnd: i, rightStart: i + 1 };
  if (DASHES.has(token.value) && previous !== undefined && previous.end < token.start && (tokens[i + 1]?.start ?? 0) > token.end) {
    return { leftEnd: i, rightStart: i + 1 };
  }
  const marker = MARKERS.matchAt(tokens, i, sentence.end);
  if (marker === null || !SPLITTING_CONJUNCTIONS.has(marker.phrase)) return null;
  const afterComma = previous?.normal === ',' || previous?.normal === ';';
  if (afterComma) return { leftEnd: i - 1, rightStart: i };
  if (BARE_CONJUNCTIONS.has(marker.phrase)) return { leftEnd: i, rightStart: i };
  return null;
}

/** Splits one sentence's token range into unit token ranges. */
export function splitSentence(tokens: readonly Token[], sentence: TokenRange): TokenRange[] {
  const units: TokenRange[] = [];
  let start = sentence.first;
  const opener = MARKERS.matchAt(tokens, start, sentence.end);
  if (opener !== null && SUBORDINATE_CONCESSION.has(opener.phrase)) {
    for (let i = opener.end + 1; i < sentence.end - 1; i += 1) {
      if (tokens[i]?.normal !== ',') continue;
      if (isClause(tokens, start, i) && isClause(tokens, i + 1, sentence.end)) {
        units.push({ first: start, end: i });
        start = i + 1;
      }
      break;
    }
  }
  for (let i = start + 1; i < sentence.end - 1; i += 1) {
    const cut = cutAt(tokens, i, sentence);
    if (cut === null) continue;
    if (isClause(tokens, start, cut.leftEnd) && isClause(tokens, cut.rightStart, sentence.end)) {
      units.push({ first: start, end: cut.leftEnd });
      start = cut.rightStart;
      i = start;
    }
  }
  units.push({ first: start, end: sentence.end });
  return units;
}

/** What a reader sees of `[start, end)` when markup was blanked out of it, or null when nothing was. */
export function displayText(source: SourceDocument, start: number, end: number): string | null {
  if (source.plain === source.text) return null;
  const raw = source.text.slice(start, end);
  const plain = source.plain.slice(start, end);
  if (plain === raw) return null;
  return plain.split(FILLER).join('').replace(/\s+/g, ' ').trim();
}

/** A unit with neutral values that later passes overwrite. */
export function blankUnit(fields: Pick<Unit, 'id' | 'start' | 'end' | 'text' | 'display' | 'sentence' | 'paragraph' | 'speaker' | 'listMarker'>): Unit {
  // Fields are listed, not spread: V8 in Node 20 takes a slow path for properties after a spread,
  // which made this function 10x slower on long texts (measured with npm run bench).
  return {
    id: fields.id,
    start: fields.start,
    end: fields.end,
    text: fields.text,
    display: fields.display,
    sentence: fields.sentence,
    paragraph: fields.paragraph,
    speaker: fields.speaker,
    listMarker: fields.listMarker,
    role: 'none',
    kind: 'other',
    checkworthiness: 0,
    checkworthy: false,
    concession: false,
    certainty: { level: 'certain', cues: [] },
    quantities: [],
    times: [],
    entities: [],
    flags: [],
    cues: { role: [], kind: [], checkworthiness: [], concession: [] },
  };
}

function segmentUnits(context: AnalysisContext): void {
  const { tokens, source } = context;
  const units: Unit[] = [];
  const unitTokens: TokenRange[] = [];
  const paragraphIndex = new Map(context.paragraphs.map((p, i) => [p.id, i]));
  let previousParagraph = '';
  context.sentences.forEach((sentence, s) => {
    const range = context.sentenceTokens[s] as TokenRange;
    const block = context.paragraphBlocks[paragraphIndex.get(sentence.paragraph) ?? -1];
    const ranges = block?.kind === 'unit' ? [range] : splitSentence(tokens, range);
    for (const unitRange of ranges) {
      const start = block?.kind === 'unit' ? sentence.start : (tokens[unitRange.first] as Token).start;
      const end = block?.kind === 'unit' ? sentence.end : (tokens[unitRange.end - 1] as Token).end;
      const opensBlock = sentence.paragraph !== previousParagraph;
      previousParagraph = sentence.paragraph;
      units.push(
        blankUnit({
          id: `u${units.length + 1}`,
          start,
          end,
          text: source.text.slice(start, end),
          display: displayText(source, start, end),
          sentence: sentence.id,
          paragraph: sentence.paragraph,
          speaker: block?.speaker ?? null,
          listMarker: opensBlock ? (block?.listMarker ?? null) : null,
        }),
      );
      unitTokens.push(unitRange);
    }
  });
  if (units.length > context.options.maxUnits) {
    throw new InputRejectedError(
      `input has ${units.length} units, over the limit of ${context.options.maxUnits}; split the text or raise maxUnits (--max-units)`,
    );
  }
  context.units = units;
  context.unitTokens = unitTokens;
}

/** Splits sentences into argumentative units. */
export const unitsPass: Pass = { name: 'units', requires: ['sentences'], provides: ['units'], run: segmentUnits };
