/**
 * Entities: places, organisations, groups and people, from the gazetteer (with containment for
 * places), from acronyms the text defines ("Tehrik-i-Taliban Pakistan (TTP)"), and from
 * patterns: a capitalised name ending in an organisation or place word ("Harrow Software
 * Collective", "Marlow County"), and a title before a name ("Senator Hale").
 */
import type { Entity, EntityType } from '../../model/analysis-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import { startsWithCapital } from '../../nlp/letter-case.ts';
import type { AnalysisContext } from '../../pipeline/context.ts';
import type { Pass } from '../../pipeline/pipeline.ts';
import type { GazetteerHit } from './gazetteer-index.ts';
import { lookupGazetteer } from './gazetteer-index.ts';

const ORGANISATION_WORDS = new Set([
  'inc', 'inc.', 'ltd', 'ltd.', 'corp', 'corp.', 'corporation', 'company', 'co.', 'group', 'university', 'college',
  'institute', 'foundation', 'association', 'party', 'council', 'agency', 'department', 'ministry', 'bank', 'library',
  'collective', 'board', 'committee', 'commission', 'authority', 'army', 'police', 'court', 'office', 'administration',
  'bureau', 'service', 'society', 'union', 'federation', 'alliance', 'network', 'trust', 'fund', 'hospital', 'school',
  'times', 'post', 'news', 'press', 'review', 'journal', 'organisation', 'organization', 'movement', 'front', 'forces',
  'parliament', 'assembly', 'senate', 'congress', 'government', 'centre', 'center', 'laboratory', 'lab', 'club',
]);
const PLACE_WORDS = new Set([
  'city', 'county', 'province', 'state', 'street', 'avenue', 'road', 'river', 'island', 'islands', 'bay', 'valley',
  'district', 'mountains', 'mountain', 'lake', 'sea', 'ocean', 'region', 'village', 'town', 'borough', 'park',
  'square', 'bridge', 'viaduct', 'freeway', 'highway', 'harbour', 'harbor', 'peninsula', 'desert', 'coast', 'canyon',
]);
const TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'president', 'senator',
  'governor', 'mayor', 'minister', 'general', 'gen.', 'judge', 'justice', 'sir', 'dame', 'lord', 'lady', 'king',
  'queen', 'prince', 'princess', 'pope', 'rep.', 'representative', 'sen.', 'gov.', 'chancellor', 'secretary',
  'commissioner', 'director', 'chief', 'colonel', 'captain', 'sheikh', 'imam', 'mullah', 'rabbi', 'father', 'saint',
]);
/** Small words inside names ("Bank of England", "Tehrik-i-Taliban"); not "the", which lets title-case headlines run on. */
const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'de', '-', 'i', 'e']);

function capitalised(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && startsWithCapital(token.value);
}

/** A run of capitalised words (joined by "of", "for", "and"…) starting at `i`: its end index. */
function capitalisedRun(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  let last = i;
  while (j < end) {
    const token = tokens[j] as Token;
    if (capitalised(token) && token.pos !== 'PRON') {
      last = j + 1;
      j += 1;
    } else if (NAME_JOINERS.has(token.normal) && j > i && capitalised(tokens[j + 1]) && j + 1 < end) {
      j += 1;
    } else {
      break;
    }
  }
  return last;
}

/** Initials of a run, splitting hyphenated words: "Tehrik-i-Taliban Pakistan" → "TiTP". */
function initials(tokens: readonly Token[]): string {
  return tokens
    .flatMap((t) => t.value.split(/[-‐]/))
    .filter((w) => w.length > 0 && !NAME_JOINERS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** True when the acronym's letters appear in order among the initials, starting with the first. */
function abbreviates(acronym: string, letters: string): boolean {
  if (acronym[0] !== letters[0]) return false;
  let k = 0;
  for (const letter of letters) if (letter === acronym[k]) k += 1;
  return k === acronym.length;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** What the name in tokens `[start, end)` is: its gazetteer entry if the whole run is one, else an organisation. */
function definedAs(tokens: readonly Token[], start: number, end: number): GazetteerHit {
  const known = lookupGazetteer(tokens, start, end);
  // Only a match of the whole name counts: "United States Golf Association" is not the United States.
  if (known !== null && known.length === end - start) return known.hit;
  return { type: 'organisation', name: tokens.slice(start, end).map((t) => t.value).join(' '), partOf: [] };
}

/** Acronyms the text defines, "Long Name (LN)" or "LN (Long Name)", mapped to the long name's entity. */
export function findAcronymDefinitions(tokens: readonly Token[]): Map<string, GazetteerHit> {
  const defined = new Map<string, GazetteerHit>();
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    if (tokens[i]?.value !== '(') continue;
    const inside = tokens[i + 1] as Token;
    const before = tokens[i - 1] as Token;
    if (tokens[i + 2]?.value === ')' && ACRONYM.test(inside.value) && capitalised(before)) {
      let start = i - 1;
      while (start > 0 && (capitalised(tokens[start - 1]) || NAME_JOINERS.has(tokens[start - 1]?.normal ?? ''))) start -= 1;
      // The name is the longest capitalised run whose initials spell the acronym: words before it
      // ("Yesterday the …") and a sentence-initial "The" are no part of it.
      for (; start < i; start += 1) {
        const first = tokens[start];
        if (capitalised(first) && first?.pos !== 'DET' && abbreviates(inside.value, initials(tokens.slice(start, i)))) break;
      }
      if (start < i) defined.set(inside.value, definedAs(tokens, start, i));
    } else if (ACRONYM.test(before.value)) {
      let close = i + 1;
      while (close < tokens.length && close <= i + 10 && tokens[close]?.value !== ')') close += 1;
      const run = tokens.slice(i + 1, close);
      const isName = capitalised(run[0]) && run.every((t) => capitalised(t) || NAME_JOINERS.has(t.normal));
      if (tokens[close]?.value === ')' && isName && abbreviates(before.value, initials(run))) {
        defined.set(before.value, definedAs(tokens, i + 1, close));
      }
    }
  }
  return defined;
}

function typeOfRun(tokens: readonly Token[], first: number, end: number): EntityType | null {
  const head = tokens[end - 1]?.normal ?? '';
  if (end - first >= 2 && ORGANISATION_WORDS.has(head)) return 'organisation';
  if (end - first >= 2 && PLACE_WORDS.has(head)) return 'place';
  return null;
}

/**
 * The entity over tokens `[a, b)`; not a closure inside findEntities, since under tsx (esbuild's
 * keepNames) every closure made costs a defineProperty call, here once per unit.
 */
function entityOf(tokens: readonly Token[], text: string, a: number, b: number, type: EntityType, name: string, partOf: readonly string[], source: Entity['source']): Entity {
  const start = (tokens[a] as Token).start;
  const stop = (tokens[b - 1] as Token).end;
  return { text: text.slice(start, stop), start, end: stop, type, name, partOf: [...partOf], source };
}

/** The entities in tokens `[first, end)`; `titleCase` for headings, where every word is capitalised. */
export function findEntities(
  tokens: readonly Token[],
  first: number,
  end: number,
  text: string,
  acronyms: ReadonlyMap<string, GazetteerHit>,
  titleCase = false,
): Entity[] {
  const entities: Entity[] = [];
  for (let i = first; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (!capitalised(token)) continue;
    const known = lookupGazetteer(tokens, i, end);
    // "The Harrow Software Collective" at the start of a sentence: the name starts after the article.
    if (known === null && token.pos === 'DET') continue;
    // A name starts with a proper noun; title-case headlines ("Time for Marlow County") start elsewhere.
    let runEnd = token.pos === 'PROPN' ? capitalisedRun(tokens, i, end) : i;
    // In a title-case heading every word is capitalised, so a run across "for"/"of" is not one name.
    if (titleCase && tokens.slice(i, runEnd).some((t) => NAME_JOINERS.has(t.normal))) runEnd = i;
    const runType = typeOfRun(tokens, i, runEnd);
    if (runType !== null && runEnd - i > (known?.length ?? 0)) {
      const name = tokens.slice(i, runEnd).map((t) => t.value).join(' ');
      entities.push(entityOf(tokens, text, i, runEnd, runType, name, [], 'pattern'));
      i = runEnd - 1;
    } else if (known !== null) {
      entities.push(entityOf(tokens, text, i, i + known.length, known.hit.type, known.hit.name, known.hit.partOf, 'gazetteer'));
      i += known.length - 1;
    } else if (acronyms.has(token.value)) {
      const hit = acronyms.get(token.value) as GazetteerHit;
      entities.push(entityOf(tokens, text, i, i + 1, hit.type, hit.name, hit.partOf, 'acronym'));
    } else if (TITLES.has(token.normal) && capitalised(tokens[i + 1]) && i + 1 < end && lookupGazetteer(tokens, i + 1, end) === null) {
      let stop = i + 2;
      while (stop < end && stop < i + 4 && capitalised(tokens[stop]) && tokens[stop]?.pos === 'PROPN') stop += 1;
      entities.push(entityOf(tokens, text, i, stop, 'person', tokens.slice(i + 1, stop).map((t) => t.value).join(' '), [], 'pattern'));
      i = stop - 1;
    }
  }
  return entities;
}

function annotate(context: AnalysisContext): void {
  const acronyms = findAcronymDefinitions(context.tokens);
  const headings = new Set(context.paragraphs.filter((_, i) => context.paragraphBlocks[i]?.kind === 'heading').map((p) => p.id));
  context.units.forEach((unit, index) => {
    const range = context.unitTokens[index];
    if (range === undefined) return;
    const heading = headings.has(unit.paragraph);
    unit.entities = findEntities(context.tokens, range.first, range.end, context.source.text, acronyms, heading);
  });
}

/** Finds the places, organisations, groups and people each unit mentions. */
export const entitiesPass: Pass = { name: 'entities', requires: ['units'], provides: ['entities'], run: annotate };
