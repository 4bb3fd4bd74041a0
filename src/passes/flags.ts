/**
 * Rhetorical flags: absolutes ("absolutely no", "zero", "never"), sweeping generalisations
 * ("most Afghans", "all politicians"), loaded and figurative wording, and scare quotes.
 * They mark wording a careful reader should weigh, not errors.
 */
import type { Flag } from '../model/analysis-schema.ts';
import { PhraseTable } from '../nlp/phrases.ts';
import { startsWithCapital } from '../nlp/letter-case.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { AnalysisContext } from '../pipeline/context.ts';
import type { Pass } from '../pipeline/pipeline.ts';
import { PEOPLE_NOUNS } from './quantity-units.ts';

type Wording = 'absolute' | 'loaded' | 'figurative';

const WORDING = new PhraseTable<Wording>([
  ...[
    'absolutely no', 'absolutely nothing', 'absolutely none', 'zero', 'never', 'always', 'nobody',
    'no one', 'nothing', 'everyone', 'everybody', 'everything', 'completely', 'totally', 'entirely', '100%',
    'not a single', 'no way', 'without exception', 'impossible', 'every single', 'none whatsoever',
    'full stop', 'all the time', 'not once', 'under no circumstances', 'nowhere', 'forever',
  ].map((phrase) => [phrase, 'absolute'] as const),
  ...[
    'insane', 'crazy', 'corrupt', 'evil', 'disgrace', 'disgraceful', 'pathetic', 'ridiculous',
    'absurd', 'stupid', 'moronic', 'shameful', 'thugs', 'puppet', 'propaganda', 'traitor', 'traitors',
    'catastrophe', 'catastrophic', 'disaster', 'disastrous',
    'outrageous', 'appalling', 'horrific', 'barbaric', 'savage', 'lunatic', 'idiots', 'fools', 'clown', 'hoax',
    'sham', 'scam', 'rigged', 'woke', 'elites', 'radical', 'extremist', 'fanatics', 'brainwashed', 'sheep',
    'handouts', 'wasteful', 'nonsense', 'garbage', 'joke',
  ].map((phrase) => [phrase, 'loaded'] as const),
  ...[
    'flood of', 'wave of', 'tsunami', 'cancer', 'plague',
    'powder keg', 'drain the swamp', 'house of cards', 'the elephant in the room', 'time bomb',
    'slippery slope', 'tip of the iceberg', 'bleeding',
  ].map((phrase) => [phrase, 'figurative'] as const),
]);

const QUANTIFIERS = new Set(['most', 'all', 'every', 'no', 'many', 'everyone', 'nobody']);
const OPEN_QUOTES = new Set(["'", '"', '‘', '“']);
const CLOSE_QUOTES = new Set(["'", '"', '’', '”']);
const SCARE_QUOTE_MAX_WORDS = 3;

/** A group of people a generalisation can sweep over: a group entity, a people noun, a capitalised plural. */
function isPeople(token: Token, groupStarts: ReadonlySet<number>): boolean {
  return groupStarts.has(token.start) || PEOPLE_NOUNS.has(token.normal) || (startsWithCapital(token.value) && token.value.endsWith('s'));
}

/**
 * The flag over tokens `[a, b)`; not a closure inside findFlags, since under tsx (esbuild's
 * keepNames) every closure made costs a defineProperty call, here once per unit.
 */
function flagOf(tokens: readonly Token[], text: string, type: Flag['type'], a: number, b: number): Flag {
  const start = (tokens[a] as Token).start;
  const stop = (tokens[b - 1] as Token).end;
  return { type, text: text.slice(start, stop), start, end: stop };
}

/** Flags in tokens `[first, end)`; `groupStarts` holds the offsets where group entities begin. */
export function findFlags(tokens: readonly Token[], first: number, end: number, text: string, groupStarts: ReadonlySet<number>): Flag[] {
  const flags: Flag[] = [];
  for (const match of WORDING.findAll(tokens, first, end)) {
    flags.push(flagOf(tokens, text, match.value, match.first, match.end));
  }
  for (let i = first; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (QUANTIFIERS.has(token.normal)) {
      for (let k = i + 1; k < Math.min(end, i + 3); k += 1) {
        const target = tokens[k] as Token;
        if (isPeople(target, groupStarts)) {
          flags.push(flagOf(tokens, text, 'generalisation', i, k + 1));
          break;
        }
        if (target.pos !== 'ADJ' && target.pos !== 'DET') break;
      }
    }
    if (OPEN_QUOTES.has(token.value) && (i === first || (tokens[i - 1] as Token).end < token.start)) {
      for (let k = i + 1; k <= Math.min(end - 1, i + SCARE_QUOTE_MAX_WORDS + 1); k += 1) {
        const closing = tokens[k] as Token;
        if (CLOSE_QUOTES.has(closing.value) && k > i + 1) {
          const inner = tokens.slice(i + 1, k);
          if (inner.every((t) => t.type === 'word')) flags.push(flagOf(tokens, text, 'scare_quotes', i, k + 1));
          break;
        }
      }
    }
  }
  return flags.sort((a, b) => a.start - b.start);
}

function annotate(context: AnalysisContext): void {
  context.units.forEach((unit, index) => {
    const range = context.unitTokens[index];
    if (range === undefined) return;
    const groupStarts = new Set(unit.entities.filter((e) => e.type === 'group').map((e) => e.start));
    unit.flags = findFlags(context.tokens, range.first, range.end, context.source.text, groupStarts);
  });
}

/** Flags absolutes, generalisations, loaded and figurative wording, and scare quotes. */
export const flagsPass: Pass = { name: 'flags', requires: ['units', 'entities'], provides: ['flags'], run: annotate };
