/**
 * wink-nlp tags some present-tense verbs as nouns when a noun comes before them: "Smoking causes
 * lung cancer.", "The law bans smoking in bars.", "Dogs bark.", "Absolutely no one needs a $1,400
 * phone." all came out without a verb, and so short ones were taken for headings or fragments and
 * left out of the argument. Two nouns in a row are also a compound ("health care", "tax policy");
 * what tells a subject and its verb apart from one is agreement: a plural head and a bare form
 * ("people drive", "his positions change"), or a singular head and a form in -s ("law bans"). The
 * second is also a compound's plural ("tax payments", "food stamps", "term limits"), so there the
 * word after must be what a verb takes and a plural rarely does: an object ("bans smoking", "needs
 * a") or "about", "too", "more", "less", not a preposition or a stop. Of the 167 ClaimBuster
 * sentences of 3-9 words in which wink finds no verb, agreement alone found one in 27, 11 of them
 * right (the 16 others plural compounds); with the check on the word after, in 10, all right.
 */
import type { Token } from '../nlp/tokenize.ts';
import type { TokenRange } from '../pipeline/context.ts';

/** Plurals that do not end in -s, and the pronouns a bare verb form agrees with. */
const PLURAL_HEADS = new Set(['people', 'men', 'women', 'children', 'we', 'they', 'i']);
/** Singular nouns in -s ("news release", "physics lecture" are compounds, not "news releases"). */
const SINGULAR_IN_S = new Set(['news', 'physics', 'series', 'species', 'politics', 'economics', 'mathematics', 'ethics', 'athletics', 'measles', 'diabetes']);

/** A plural noun ending: -s but not -ss ("taxes", "dogs"; not "business", "news"). */
function endsAsPlural(word: string): boolean {
  return word.length > 2 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s") && !word.endsWith('’s') && !SINGULAR_IN_S.has(word);
}

/** Sentence punctuation at the end of a unit: a heading, caption or list label has none. */
const SENTENCE_END = new Set(['.', '!', '?']);

/** True when `word` starts with a lower-case letter: a noun written capitalised mid-sentence is a name. */
function startsLowerCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}

/** True when the token at `i` is a verb the tagger read as a noun, by agreement with the head before it. */
function agreesAsVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const head = tokens[i - 1] as Token;
  if (token.pos !== 'NOUN' || !startsLowerCase(token.value)) return false;
  const pluralHead = PLURAL_HEADS.has(head.normal) || (head.pos !== 'PRON' && endsAsPlural(head.normal));
  if (head.pos === 'NOUN' || head.pos === 'PROPN' || (head.pos === 'PRON' && PLURAL_HEADS.has(head.normal))) {
    return pluralHead ? !endsAsPlural(token.normal) : endsAsPlural(token.normal) && takesWhatFollows(tokens[i + 1]);
  }
  // "no one needs", "everyone agrees": a singular head the tagger calls a number or pronoun.
  return SINGULAR_PRONOUNS.has(head.normal) && endsAsPlural(token.normal) && takesWhatFollows(tokens[i + 1]);
}

/** Heads wink tags as a number or pronoun that take a verb in -s. */
const SINGULAR_PRONOUNS = new Set(['one', 'everyone', 'someone', 'nobody', 'everybody', 'somebody']);

/** Part-of-speech tags of a verb's object (or of its start), and the words a verb in -s often has next. */
const OBJECT_TAGS = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'SYM']);
const AFTER_VERB = new Set(['about', 'too', 'more', 'less']);

/** True when `next` is what a verb takes and a compound's plural rarely has after it (see above). */
function takesWhatFollows(next: Token | undefined): boolean {
  return next !== undefined && (OBJECT_TAGS.has(next.pos) || AFTER_VERB.has(next.normal));
}

/**
 * True when tokens `range`, a unit written as a sentence (it ends in ".", "!" or "?"), hold a
 * present-tense verb that wink tagged as a noun (see above). Headings and captions are left
 * alone: "Jobs report for March" and "Farmers market hours" agree as well as "people drive" does.
 */
export function hasMissedVerb(tokens: readonly Token[], range: TokenRange): boolean {
  if (!SENTENCE_END.has(tokens[range.end - 1]?.value ?? '')) return false;
  for (let i = range.first + 1; i < range.end; i += 1) if (agreesAsVerb(tokens, i)) return true;
  return false;
}
