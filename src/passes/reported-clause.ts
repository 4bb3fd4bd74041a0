/**
 * Whether a reporting verb reports a clause at all: "He told the truth", "She wrote a book about
 * the war", "Everyone wants a bigger garden" name a thing said, written or wished for, and no words
 * after them are anyone else's; "He told us to leave", "She said the plan failed", "They want the
 * ferry to stop" report a clause that can hold someone else's "should" or "will"
 * (reported-speech.ts decides whose words those are).
 */
import type { Token } from '../nlp/tokenize.ts';

/** At most this many words of the object of "want" before the "to" of its clause ("want the people of Kabul to decide"). */
const WISHED_OBJECT_MAX = 6;
/** Words that can make up a noun phrase after a verb: "the new ferry", "us", "the people of Kabul", "his candidacy". */
const OBJECT_WORD = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const NOUN_LIKE = new Set(['NOUN', 'PROPN', 'PRON']);
/** Words that open a clause after a noun, whatever the tagger calls them ("that" is PRON, SCONJ or DET to wink). */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'what', 'why', 'how', 'whether', 'if', 'when', 'where']);

/** Possessive endings the tokenizer splits off ("Governor Romney's pledge"): still inside the noun phrase. */
const POSSESSIVE = new Set(["'s", '’s']);
/** Words that can follow an adverb inside a noun phrase ("the only way", "a very large cut"). */
const MODIFIED = new Set(['ADJ', 'NOUN', 'NUM']);
/**
 * Words that can start the second half of a coordinated noun phrase ("the court system and the
 * federal judge", "he and his son"); a pronoun only after a pronoun, as after a noun it starts a new
 * clause ("He told the truth and we must…").
 */
const CONJOINED = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);

/**
 * Where the noun phrase starting at token `from` ends (`from` itself when none starts there),
 * scanning at most `max` tokens. A pronoun after a noun or pronoun starts a relative clause ("want
 * everything they promised", "wrote a book he loved") or the addressee's clause ("told the crowd
 * they must act"), and "that", "what", … a clause of some kind: neither is more of the phrase.
 * Inside it: "of", a possessive "'s", an adverb before a modifier or noun ("the only way"), a
 * symbol after a number ("a 2% rate"), a hyphen within a word, and "and"/"or" before another noun phrase.
 */
function nounPhraseEnd(tokens: readonly Token[], from: number, end: number, max = Number.MAX_SAFE_INTEGER): number {
  let k = from;
  while (k < end && k - from < max) {
    const token = tokens[k] as Token;
    if (k > from) {
      const before = tokens[k - 1] as Token;
      const after = k + 1 < end ? tokens[k + 1] : undefined;
      if (CLAUSE_WORDS.has(token.normal)) break;
      if (token.pos === 'PRON' && NOUN_LIKE.has(before.pos)) break;
      const inside =
        token.normal === 'of' ||
        // "'s" before a determiner is "is" ("says Arkansas's a poor state").
        (POSSESSIVE.has(token.normal) && after?.pos !== 'DET') ||
        (token.pos === 'ADV' && (before.pos === 'DET' || before.pos === 'ADJ') && MODIFIED.has(after?.pos ?? '')) ||
        (token.pos === 'SYM' && before.pos === 'NUM') ||
        // A hyphen inside a word ("a five-year plan"), touching the words on both sides.
        (token.value === '-' && before.end === token.start && after !== undefined && after.start === token.end) ||
        (token.pos === 'CCONJ' && after !== undefined && (CONJOINED.has(after.pos) || POSSESSIVES.has(after.normal) || (after.pos === 'PRON' && before.pos === 'PRON')));
      if (inside) {
        k += 1;
        continue;
      }
    }
    // A hashtag stands for its words ("autopsies of #coronavirus victims"), whatever wink tags it.
    if (!OBJECT_WORD.has(token.pos) && token.type !== 'hashtag') break;
    k += 1;
  }
  return k;
}

/** True when token `at` is "to" with a verb after it: an infinitive ("told us to leave"), not a place or a recipient ("money to the schools"). */
function infinitiveAt(tokens: readonly Token[], at: number, end: number): boolean {
  const verb = tokens[at + 1];
  return tokens[at]?.normal === 'to' && verb !== undefined && at + 1 < end && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/**
 * True when the "want" just before token `from` takes a clause: an object and an infinitive ("she
 * wants us to leave", "they want the ferry to stop") or an object and a participle ("they want it
 * done"). Those words are the subject's wish, a report like "they say…". A plain object ("Everyone
 * wants a bigger garden", "You'll want the S9 if…") wishes for a thing: no clause follows it that
 * could hold someone else's "should" or "will", so the verb opens no report.
 */
function wishedClauseAfter(tokens: readonly Token[], from: number, end: number): boolean {
  const k = nounPhraseEnd(tokens, from, end, WISHED_OBJECT_MAX);
  // No object at all ("what they want is…", "…, because they want.") is no clause either.
  if (k === from || k >= end) return false;
  const next = tokens[k] as Token;
  if (next.normal === 'to') return infinitiveAt(tokens, k, end);
  // A past participle ("want it done", "want them gone"): a verb whose form is neither its lemma nor its -ing or -s form.
  return next.pos === 'VERB' && next.normal !== next.lemma && !next.normal.endsWith('ing') && !next.normal.endsWith('s');
}

/**
 * Verbs whose object can be the person spoken to, with what is said after it ("told the crowd
 * (that) the council needs to act", "warned voters taxes would rise", "promised us he would…").
 */
const ADDRESSEE_VERBS = new Set(['tell', 'warn', 'promise']);
/**
 * Pronouns that, as the object (or its last word: "tell you this"), stand for what was said, told
 * or thought rather than naming a thing: "said so", "said this", "believe it", "said no"; and,
 * after "tell", "warn" and "promise", a person told ("because the owners told us"). The words are
 * reported, only not here.
 */
const STANDS_FOR_CLAUSE = new Set(['this', 'that', 'it', 'so', 'yes', 'no']);
const PERSON_OBJECTS = new Set(['me', 'us', 'you', 'him', 'her', 'them']);
/** Marks that open a quotation after an object ('told reporters "we must…"'). */
const QUOTE_MARKS = new Set(['"', '“', '”']);
/** Dashes: in transcripts a speaker's restart ("thinks the government -- the surplus is…"), which may go on with the clause. */
const DASHES = new Set(['-', '--', '—', '–']);
/** Heads of noun phrases of time, adverbials rather than objects: "said the other day that…", "say this evening he'll…". */
const TIME_NOUNS = new Set([
  'day', 'week', 'month', 'year', 'decade', 'time', 'while', 'moment', 'morning', 'afternoon', 'evening', 'night', 'weekend',
  'today', 'tonight', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** A pronoun the tokenizer left joined to its verb ("I'm", "he's", "they'll"): a subject and verb in one. */
const WITH_VERB = /^[a-z]+['’](?:m|s|re|ve|ll|d)$/;

/** Subject forms of pronouns: never an object, so the start of a clause ("said he would…", "think they…"). */
const SUBJECT_CASE = new Set(['i', 'he', 'she', 'we', 'they']);

/** "there", "here": adverbs of place, though wink tags them pronouns ("they said there, ideology doesn't matter"). */
const PLACE_ADVERBS = new Set(['there', 'here']);

/** Where the adverbs, "there", and noun phrases of time from token `from` end ("yesterday", "the other day", "a while back"). */
function adverbialsEnd(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k < end) {
    const token = tokens[k] as Token;
    if (token.pos === 'ADV' || token.normal === 'not' || PLACE_ADVERBS.has(token.normal)) {
      k += 1;
      continue;
    }
    const phrase = nounPhraseEnd(tokens, k, end);
    if (phrase === k || !TIME_NOUNS.has((tokens[phrase - 1] as Token).lemma)) break;
    k = phrase;
  }
  return k;
}

/**
 * True when token `at`, just after a noun, is the head of a compound that wink tagged as a verb
 * ("a tax cut", "the tax break for…"): a bare form right after a singular noun with nothing of its
 * own after it. A verb with that noun as its subject would take an -s or an object.
 */
function compoundHeadAt(tokens: readonly Token[], at: number, end: number): boolean {
  const verb = tokens[at];
  const before = tokens[at - 1] as Token;
  const after = tokens[at + 1];
  if (verb === undefined || at >= end || verb.pos !== 'VERB' || verb.normal !== verb.lemma || before.pos !== 'NOUN' || before.normal !== before.lemma) return false;
  return at + 1 >= end || after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.pos === 'ADP';
}

/** Relative pronouns after a noun ("a law that will…", "the only thing that endures…"). */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * True when the relative clause at `at` is followed by the verb of a clause that has the noun and
 * its relative as its subject: a form of "be" right after a main verb or "do" ("said the only
 * thing that endures is character", "said the dumbest thing I did was…"). Within a relative's own
 * verb "be" follows an auxiliary or the relative itself ("a book that was banned", "has been").
 */
function subjectWithRelative(tokens: readonly Token[], at: number, end: number): boolean {
  for (let i = at + 1; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ') return false;
    const before = tokens[i - 1] as Token;
    if (token.lemma === 'be' && (before.pos === 'VERB' || before.lemma === 'do')) return true;
  }
  return false;
}

/**
 * True when the reporting verb at `verb` is followed by something it reports, past adverbs and
 * phrases of time ("said the other day that…"): the words right after it when they are no noun
 * phrase ("said that…", "said: …", "said in a statement…", "…, he said.") or start with a subject
 * pronoun ("said he would…"); pronouns that stand for them (see {@link STANDS_FOR_CLAUSE});
 * or a noun phrase followed by a clause it is the subject of ("said the council must act", "said
 * the only thing that endures is character"), by an infinitive ("told us to leave"), by a colon,
 * quote or dash ("told reporters: …") or, after "tell", "warn" and "promise", by the clause told to
 * that person ("told the crowd that…", "warned voters taxes would rise").
 *
 * A plain noun-phrase object ("He told the truth", "They proposed a law", "She wrote a book about
 * the war", "She promised a tax cut") names a thing said, written or asked for: no clause follows
 * that could hold someone else's "should" or "will", so the verb opens no report. A noun phrase
 * followed by "that" or by a pronoun and verb is such an object with a relative clause ("proposed
 * a law that will ban cars", "wrote a book he loved"), except after the verbs of the person told.
 * "want" has its own frames (see {@link wishedClauseAfter}).
 */
export function reportedClauseAfter(tokens: readonly Token[], verb: number, end: number): boolean {
  const lemma = (tokens[verb] as Token).lemma;
  if (lemma === 'want') return wishedClauseAfter(tokens, verb + 1, end);
  const from = adverbialsEnd(tokens, verb + 1, end);
  if (from >= end) return true;
  const first = tokens[from] as Token;
  // "said that…", "said he…", "saying I'm…", "feel like everything is…" (wink: a noun): a clause opens right here; "he", "they" are never objects.
  if (CLAUSE_WORDS.has(first.normal) || first.normal === 'like' || SUBJECT_CASE.has(first.normal) || WITH_VERB.test(first.normal)) return true;
  let k = nounPhraseEnd(tokens, from, end);
  if (k === from) return true;
  // An adjective alone is no object: a manner ("say loud and clear to…") keeps the report; "feel" with one ("feel secure") links, it reports no thought.
  if (!tokens.slice(from, k).some((t) => t.pos !== 'ADJ' && t.pos !== 'CCONJ' && t.pos !== 'ADV')) return lemma !== 'feel';
  // A determiner with no noun after it ("says the **rate…", markup between) is no object to read: keep the report.
  if ((tokens[k - 1] as Token).pos === 'DET') return true;
  const addressee = ADDRESSEE_VERBS.has(lemma);
  // Pronouns alone: "said so", "believe it", "told us", "tell you this".
  const object = tokens.slice(from, k);
  if (object.every((t) => t.pos === 'PRON')) {
    const last = (object[object.length - 1] as Token).normal;
    if (STANDS_FOR_CLAUSE.has(last) || (addressee && object.every((t) => PERSON_OBJECTS.has(t.normal)))) return true;
  }
  // Past adverbs, phrases of time, compound heads and prepositional phrases ("told reporters on Monday (that)…", "said the tax break for oil companies is…").
  for (;;) {
    k = adverbialsEnd(tokens, k, end);
    const token = tokens[k];
    if (compoundHeadAt(tokens, k, end)) k += 1;
    else if (token === undefined || k >= end || token.pos !== 'ADP' || CLAUSE_WORDS.has(token.normal) || infinitiveAt(tokens, k, end)) break;
    else k = nounPhraseEnd(tokens, k + 1, end);
  }
  if (k >= end) return false;
  const next = tokens[k] as Token;
  if (next.normal === 'to') return infinitiveAt(tokens, k, end);
  if (next.value === ':' || QUOTE_MARKS.has(next.value) || DASHES.has(next.value)) return true;
  // "'s" that the noun phrase left out is "is" ("says Arkansas's a poor state").
  if (POSSESSIVE.has(next.normal)) return true;
  // A verb after the noun phrase: the clause the phrase is subject of ("said the plan failed"), unless an -ing form modifying it ("a law banning cars").
  if (next.pos === 'AUX' || next.pos === 'VERB') return next.pos === 'AUX' || !next.normal.endsWith('ing');
  // "told the crowd that…", "told them what he wanted", "told the crowd they must act".
  if (addressee) return CLAUSE_WORDS.has(next.normal) || next.pos === 'SCONJ' || OBJECT_WORD.has(next.pos);
  // A relative clause, by its pronoun or by a pronoun subject ("the dumbest thing I did was…"), on the object or on the subject of a clause.
  return (RELATIVE_OPENERS.has(next.normal) || next.pos === 'PRON') && subjectWithRelative(tokens, k, end);
}
