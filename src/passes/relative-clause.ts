/**
 * Relative clauses without "that" ("all the ammunition the Taliban need to rally their fighters"):
 * a need inside one is its subject's, a description of the noun, not an obligation the author
 * sets, so the obligation rule (unit-features.ts) passes over it.
 */
import type { Token } from '../nlp/tokenize.ts';
import type { TokenRange } from '../pipeline/context.ts';

/** Words between a determiner and its noun: "the new city council", "all 40 ammunition trucks". */
const MODIFIER = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
/** The verbs of "need to", "has to": obligations made with a verb that can have its own subject inside a relative clause. */
const OBLIGATION_VERBS = new Set(['need', 'have']);
/** Pronouns that can be a relative clause's whole subject: "the weapons they need", "the gear you need". */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);
/** Pronouns that head a noun phrase a relative clause can modify: "everything the council needs to fix". */
const HEAD_PRONOUNS = new Set(['everything', 'something', 'anything', 'nothing']);
/** Words that open a noun phrase: a determiner ("the", "all") or a possessive ("their"). */
const isDeterminer = (token: Token): boolean => token.pos === 'DET' || POSSESSIVES.has(token.normal);
/**
 * Verbs that take a person and then a clause ("I told the crowd the council needs to act"): the
 * noun after them is an indirect object and what follows it a clause of its own, not a relative.
 */
const PERSON_CLAUSE_VERBS = new Set(['tell', 'remind', 'warn', 'assure', 'reassure', 'convince', 'persuade', 'promise', 'show', 'teach', 'inform', 'notify', 'advise']);
/** Breaks before a clause: punctuation between clauses and conjunctions. */
const CLAUSE_OPENERS = new Set(['PUNCT', 'CCONJ']);
/** Words that open an adverbial clause, however the tagger reads them ("after" and "before" are often prepositions). */
const SUBORDINATE_OPENERS = new Set(['if', 'when', 'whenever', 'as', 'because', 'although', 'though', 'while', 'since', 'unless', 'once', 'whereas', 'after', 'before', 'until', 'till']);

/**
 * True when the "need to" or "has to" at token `at` lies in a relative clause without "that"
 * ("all the ammunition the Taliban need to rally their fighters", "the money the council has to
 * spend"): a noun followed straight by a subject that starts with a determiner or is a pronoun.
 * The clause describes the noun; the need is its subject's, a background to what the sentence
 * says, not an obligation the author sets. Kept as the author's:
 * - the author's own need ("the reform we need to pass");
 * - a noun phrase that opens its clause, alone or inside an opening adverbial with no verb of its
 *   own ("This time we need to act", "At the end of the day the council needs to…", "Given the
 *   crisis the council needs to…"): there it is likelier a time or place adverbial than the head
 *   of a relative clause, and a main verb may follow;
 * - a noun after "is" ("That is the reform the country needs to pass") or a pseudo-cleft ("the
 *   first thing the council needs to do is…"): such sentences assert the need;
 * - a noun after "tell", "warn", … ("I told the crowd the council needs to act"): a clause of its own.
 */
export function inContactRelative(tokens: readonly Token[], range: TokenRange, at: number): boolean {
  const verb = tokens[at] as Token;
  if (!OBLIGATION_VERBS.has(verb.lemma)) return false;
  // The subject: a pronoun, or a noun phrase that opens with a determiner ("the Taliban", "their old allies").
  let subject = at - 1;
  if (subject < range.first) return false;
  const last = tokens[subject] as Token;
  if (SUBJECT_PRONOUNS.has(last.normal)) {
    if (last.normal === 'i' || last.normal === 'we') return false;
  } else {
    if (last.pos !== 'NOUN' && last.pos !== 'PROPN') return false;
    while (subject > range.first && MODIFIER.has((tokens[subject - 1] as Token).pos)) subject -= 1;
    subject -= 1;
    // A bare noun after a noun is a compound ("the city council needs to"), not a new subject.
    if (subject < range.first || !isDeterminer(tokens[subject] as Token)) return false;
    while (subject > range.first && (tokens[subject - 1] as Token).pos === 'DET') subject -= 1;
  }
  // The head the clause describes: a noun (or "everything") right before the subject.
  const head = subject - 1;
  if (head < range.first) return false;
  const headToken = tokens[head] as Token;
  if (headToken.pos !== 'NOUN' && !HEAD_PRONOUNS.has(headToken.normal)) return false;
  // "the first thing the council needs to do is fix the roads".
  if (at + 3 < range.end && tokens[at + 1]?.normal === 'to' && tokens[at + 2]?.lemma === 'do' && tokens[at + 3]?.lemma === 'be') return false;
  // Where the head's noun phrase starts: back over its modifiers, then its determiners ("all the ammunition").
  let start = head;
  while (start > range.first && MODIFIER.has((tokens[start - 1] as Token).pos)) start -= 1;
  while (start > range.first && isDeterminer(tokens[start - 1] as Token)) start -= 1;
  // What governs the head: "is", "tell", or nothing before it in its clause but prepositions and adverbs.
  for (let i = start - 1; i >= range.first; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'ADV' || token.normal === 'not') continue;
    if (token.lemma === 'be' || PERSON_CLAUSE_VERBS.has(token.lemma)) return false;
    break;
  }
  // Where the head's clause starts: after a break or a "that" ("She knows that the town lacks the
  // money the council has to spend"); a subordinate clause ("When the storm hits the town the
  // council needs to act") may end at the head without a comma, so that the need begins the main clause.
  let clauseStart = range.first;
  for (let i = start - 1; i >= range.first; i -= 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_OPENERS.has(token.pos) || token.normal === 'that') {
      clauseStart = i + 1;
      break;
    }
    if (token.pos === 'SCONJ' || SUBORDINATE_OPENERS.has(token.normal)) return false;
  }
  if (clauseStart === start) return false;
  // An opening adverbial ("At the end of the day", "To fix the roads", "Given the crisis") is no
  // clause the head could be the object of: its noun starts the main clause's subject.
  const opener = adverbialOpenerLength(tokens, clauseStart, start);
  let governed = false;
  for (let i = clauseStart + opener; i < start; i += 1) {
    const token = tokens[i] as Token;
    if (opener > 0 && (token.pos === 'VERB' || token.pos === 'AUX')) return true;
    if (opener === 0 && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON' || token.pos === 'VERB' || token.pos === 'AUX')) governed = true;
  }
  return governed;
}

/**
 * How many tokens at `from` open an adverbial phrase rather than a clause: a preposition ("At",
 * "In the face of", "With"), "to" and its verb ("To fix"), or a participle ("Given", "Faced with");
 * 0 when the clause opens otherwise. What follows the opener up to `end` then needs a verb of its
 * own to be a clause.
 */
function adverbialOpenerLength(tokens: readonly Token[], from: number, end: number): number {
  const first = tokens[from] as Token;
  if (first.pos === 'ADP') return 1;
  if (first.normal === 'to' && tokens[from + 1]?.pos === 'VERB' && from + 1 < end) return 2;
  if (first.pos === 'VERB' && first.normal !== first.lemma && !first.normal.endsWith('s')) return 1;
  return 0;
}
