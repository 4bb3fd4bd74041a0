/**
 * Words and names of a short text (a unit, a fact's statement and subject), in the forms the
 * verdict modules compare: content-word stems for "do these talk about the same thing", and the
 * entities the project's own gazetteer finds, so a fact and a unit name places the same way.
 */
import type { Entity } from '../../model/analysis-schema.ts';
import type { Token } from '../../nlp/tokenize.ts';
import { isKnownWord, tokenize } from '../../nlp/tokenize.ts';
import { GAZETTEER } from '../../passes/entities/gazetteer-data.ts';
import { findAcronymDefinitions, findEntities } from '../../passes/entities/entities.ts';
import { canonicalTerm, contextualTerm } from './term-synonyms.ts';
import { isContraction, plainApostrophes, verdictLemma } from './word-forms.ts';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);
/**
 * Words too common in claims and facts to say two of them share a topic: light verbs, function
 * words the tagger reads as adverbs ("as large as"), and the words every statistic uses
 * ("number", "year", "percent", "people").
 */
const GENERIC = new Set([
  'be', 'have', 'do', 'get', 'make', 'go', 'say', 'take', 'come', 'want', 'need', 'know', 'think', 'also', 'still',
  'just', 'only', 'even', 'very', 'now', 'then', 'there', 'here', 'so', 'as', 'more', 'most', 'less', 'about', 'some',
  'number', 'year', 'percent', 'people', 'total', 'time', 'day', 'month', 'thing', 'way', 'lot', 'many', 'much',
  'million', 'billion', 'thousand', 'hundred', 'trillion', 'per', 'cent', 'include', 'new', 'other', 'same', 'well',
  'where', 'how', 'when', 'why', "ma'am",
]);

/** True for a term too common to tell two topics apart ("year", "percent", "people"; see GENERIC). */
export function isGenericTerm(term: string): boolean {
  return term.length < 2 || GENERIC.has(term);
}

/** Demonym groups ("Afghans", "Pakistanis"): the people of a place, not an actor that does something. */
const DEMONYMS: ReadonlySet<string> = new Set(GAZETTEER.flatMap((entry) => entry.demonyms.map((d) => d.toLowerCase())));

/**
 * A crude stem: lower case, and a plural "s" dropped, so "deaths"/"death" and "Afghans"/"Afghan"
 * meet even where the tagger read a capitalised plural as a proper noun and left it unlemmatised.
 * A plural in "-oes" drops "es" when only that leaves a word ("Vetoes" → "veto", "heroes" →
 * "hero"; "shoes" → "shoe"); apostrophes are written plain ("O’Rourke" is "o'rourke").
 */
export function stem(word: string): string {
  const lower = plainApostrophes(word.toLowerCase());
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 4 && lower.endsWith('oes') && !isKnownWord(lower.slice(0, -1)) && isKnownWord(lower.slice(0, -2))) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us')) return lower.slice(0, -1);
  return lower;
}

/** Share of upper-case letters above which a text is taken as written in capitals. */
const CAPITALS_SHARE = 0.8;

/**
 * The text in the case the tagger was trained on. Transcripts and headlines written in capitals
 * ("WE CAN SECURE $2 TRILLION") come out as a run of proper nouns with unlemmatised words, so
 * they share no stems with a fact written normally; lower-casing them keeps every offset (it is
 * only done when the length does not change) and lets the tagger read them as words.
 */
export function readableCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length < 8 || upper / letters.length < CAPITALS_SHARE) return text;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/**
 * The comparable form of a content word: its stem, with synonyms of measure words merged
 * ("raise" → "increase"). Hyphenated spellings also get their joined form elsewhere.
 */
export function termOf(word: string): string {
  return canonicalTerm(stem(word));
}

/** "e-mail" → "email": the joined spelling of a hyphenated word, which writers use interchangeably. */
export function joinHyphens(term: string): string {
  return term.replace(/-/g, '');
}

/** A tokenized text with its content stems. */
export interface TextTerms {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Stems of the content words, without generic and numeric words. */
  readonly terms: ReadonlySet<string>;
}

/** Tokenizes `text` and collects its content stems. */
export function textTerms(text: string): TextTerms {
  const readable = readableCase(text);
  // Tokens keep the text's own spelling, so explanations quote words as the speaker wrote them.
  const read = readable === text ? tokenize(text).tokens : tokenize(readable).tokens.map((t) => ({ ...t, value: text.slice(t.start, t.end) }));
  // Verb lemmas wink gets wrong ("raped" → "rap") are put right here, not in the tokenizer, so
  // the learned models' features stay as they were trained (see word-forms.ts).
  const tokens = read.map((t) => {
    const lemma = verdictLemma(t);
    return lemma === t.lemma ? t : { ...t, lemma };
  });
  const terms = new Set<string>();
  for (const [index, token] of tokens.entries()) {
    if (!CONTENT_POS.has(token.pos) || token.type !== 'word' || isContraction(token.normal)) continue;
    // Context first: "pay" as a noun is a wage, the "worth" of "net worth" is wealth.
    const term = contextualTerm(tokens, index) ?? termOf(token.lemma);
    if (term.length < 2 || GENERIC.has(term)) continue;
    terms.add(term);
    if (!term.includes('-')) continue;
    // Hyphenated names ("Tehrik-i-Taliban") also share their parts with a shorter mention, and
    // hyphenated words ("e-mails") their joined spelling ("emails").
    for (const part of term.split('-')) if (part.length > 2) terms.add(termOf(part));
    terms.add(joinHyphens(term));
  }
  return { text, tokens, terms };
}

/** The entities the gazetteer and the acronym rules find in a tokenized text. */
export function textEntities(terms: TextTerms): Entity[] {
  const { tokens, text } = terms;
  return findEntities(tokens, 0, tokens.length, text, findAcronymDefinitions(tokens));
}

/** True for an entity that acts (an organisation, a person, a group that is not a nationality). */
export function isActor(entity: Pick<Entity, 'type' | 'name'>): boolean {
  if (entity.type === 'place') return false;
  return !(entity.type === 'group' && DEMONYMS.has(entity.name.toLowerCase()));
}

/** Shared terms of two sets. */
export function sharedTerms(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((term) => b.has(term)).sort();
}
