/**
 * Whose words a phrase is, and when: "should", "will" or "the truth is" commit the author only
 * when the author says them now. Inside reported speech or thought attributed to someone else
 * ("Trump and Pence think we ought to…", "Stalin said you have to…", "Cut taxes, he said") they
 * report that person's position, a factual claim about them; after a past "was" or "were" ("was
 * going to", "were gonna") a future tells of a past plan, not a forecast.
 */
import { surface } from '../nlp/phrases.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { TokenRange } from '../pipeline/context.ts';

/** Lemmas of verbs that introduce someone's speech, thought or wish ("said", "believes", "wants"). */
const REPORTING_VERBS = new Set([
  'say', 'tell', 'think', 'believe', 'want', 'claim', 'argue', 'insist', 'write', 'declare', 'announce', 'warn',
  'promise', 'predict', 'suggest', 'contend', 'assert', 'state', 'propose', 'urge', 'recommend', 'demand', 'hope',
  'feel', 'vow', 'pledge', 'tweet', 'testify', 'explain', 'report', 'reckon',
]);
/** Verbs of saying that close a quotation ('…," he said', '…, she added'): only speech, no thought or wish. */
const CLOSING_VERBS = new Set(['say', 'tell', 'add', 'write', 'explain', 'insist', 'argue', 'claim', 'declare', 'announce', 'warn', 'note', 'tweet', 'reply']);
/** At most this many tokens follow a closing reporting verb ('…," said the health minister on Monday.'). */
const CLOSING_TAIL = 6;
/**
 * The author's own voice. "You" is not in it: what the addressee says or thinks is theirs ("You
 * said we should cut taxes", a debater's "Senator, you said…", "You think we must wait? …"), a
 * position reported, not the author's recommendation.
 */
const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);
/** A contraction the tokenizer left whole ("we've" in some texts, "I'm" before a bracket: see i-am.ts). */
const AUTHOR_CONTRACTION = /^(?:i|we)['’]/;
const isAuthor = (token: Token): boolean => FIRST_PERSON.has(token.normal) || AUTHOR_CONTRACTION.test(token.normal);
/** Quantifiers that stand as a subject ("Some say…", "Many believe…"), whatever the tagger calls them. */
const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'few', 'others', 'all', 'both', 'several']);
/** Past forms of "be" that turn a future into a past one ("was going to", "were gonna"). */
const PAST_BE = new Set(['was', 'were']);
/** Punctuation between clauses (not quotes or colons, which open a quotation: 'He said: "We must…"'). */
const CLAUSE_BREAK = new Set([',', ';', '--', '—', '–']);
/** Conjunctions of contrast, with which the author answers what was reported ("…, but the truth is…"). */
const CONTRAST = new Set(['but', 'yet']);
/** "believe in", "think of", "feel for": a thought about something, not a reported clause. */
const NOT_A_CLAUSE = new Set(['in', 'of', 'about', 'for']);
/** Words that open an adverbial clause ("If the senator says…, he should…", "As Lincoln said, we must…"). */
const SUBORDINATORS = new Set(['if', 'when', 'whenever', 'as', 'because', 'although', 'though', 'while', 'since', 'unless', 'once', 'whereas']);
/** Punctuation that sets off a reporting clause after the words it reports ('…," he said'); not a hyphen, a speaker's pause in transcripts. */
const REPORT_BREAK = new Set([',', '"', '“', '”', '—', '–', '--']);
/** Where a closing reporting clause's subject can start: "he", "the senator", "Smith", "officials". */
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN']);

/**
 * The subject of the verb at `verb`, skipping auxiliaries, negation and adverbs ("has long said",
 * "did not say"): its index and whether it is someone else ('third': a name, a noun, "he", "they",
 * "you", "some") or the author ('author': "I", "we"); null when the verb has none ("to say").
 */
function subjectBefore(tokens: readonly Token[], first: number, verb: number): { at: number; who: 'third' | 'author' } | null {
  for (let i = verb - 1; i >= first; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'AUX' || token.pos === 'ADV' || (token.pos === 'PART' && token.normal === 'not')) continue;
    const who = subjectKind(token, i > first ? tokens[i - 1] : undefined);
    return who === null ? null : { at: i, who };
  }
  return null;
}

/** Relative pronouns: "people who say", "a law that says"; whose words they are depends on what they follow. */
const RELATIVES = new Set(['who', 'that', 'which']);

function subjectKind(token: Token, before?: Token): 'third' | 'author' | null {
  // "we who believe…": a relative stands for the word before it.
  if (RELATIVES.has(token.normal) && before !== undefined && isAuthor(before)) return 'author';
  if (isAuthor(token)) return 'author';
  if (token.pos === 'PRON' || token.pos === 'PROPN' || token.pos === 'NOUN' || QUANTIFIER_SUBJECTS.has(token.normal)) return 'third';
  return null;
}

/** At most this many words of the object of "want" before the "to" of its clause ("want the people of Kabul to decide"). */
const WISHED_OBJECT_MAX = 6;
/** Words that can make up the noun phrase "want" takes before its clause: "the new ferry", "us", "the people of Kabul". */
const OBJECT_WORD = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const NOUN_LIKE = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * True when the "want" just before token `from` takes a clause: an object and an infinitive ("she
 * wants us to leave", "they want the ferry to stop") or an object and a participle ("they want it
 * done"). Those words are the subject's wish, a report like "they say…". A plain object ("Everyone
 * wants a bigger garden", "You'll want the S9 if…") wishes for a thing: no clause follows it that
 * could hold someone else's "should" or "will", so the verb opens no report.
 */
function wishedClauseAfter(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && k - from < WISHED_OBJECT_MAX) {
    const token = tokens[k] as Token;
    if (!(OBJECT_WORD.has(token.pos) || (token.normal === 'of' && k > from))) break;
    // A pronoun after a noun or pronoun starts a relative clause ("want everything they promised"), not more of the object.
    if (token.pos === 'PRON' && k > from && NOUN_LIKE.has((tokens[k - 1] as Token).pos)) break;
    k += 1;
  }
  // No object at all ("what they want is…", "…, because they want.") is no clause either.
  if (k === from || k >= end) return false;
  const next = tokens[k] as Token;
  // "to" with a verb after it: an infinitive ("the ferry to stop"), not a place or a recipient ("money to the schools").
  if (next.normal === 'to') {
    const verb = tokens[k + 1];
    return verb !== undefined && k + 1 < end && (verb.pos === 'VERB' || verb.pos === 'AUX');
  }
  // A past participle ("want it done", "want them gone"): a verb whose form is neither its lemma nor its -ing or -s form,
  // with no object of its own; with one it is a past tense, the verb of the clause the wish sits in ("Residents who want
  // lower taxes elected him, so the council must…").
  const participle = next.pos === 'VERB' && next.normal !== next.lemma && !next.normal.endsWith('ing') && !next.normal.endsWith('s');
  const after = tokens[k + 1];
  return participle && (k + 1 >= end || after === undefined || !OBJECT_WORD.has(after.pos));
}

const isReportingVerb = (token: Token | undefined): boolean => token !== undefined && token.pos === 'VERB' && REPORTING_VERBS.has(token.lemma);
const isClosingVerb = (token: Token | undefined): boolean => token !== undefined && token.pos === 'VERB' && CLOSING_VERBS.has(token.lemma);

/**
 * True where a new clause of the author's begins: a comma, semicolon or conjunction followed by
 * "I", "we" or "let's" ("As Lincoln said, we must…", "He said no, and we must…"), or a "but" not
 * followed by "that", ends any report before it. "that" does not: "Stalin said that we must…" is
 * still Stalin's.
 */
function authorClauseAt(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i] as Token;
  if (!(token.pos === 'CCONJ' || CLAUSE_BREAK.has(token.value))) return false;
  for (let k = i + 1; k < end; k += 1) {
    const next = tokens[k] as Token;
    if (next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'ADV') continue;
    // "Many believe we must tax more, but the truth is…": a contrast answers the report, unless "that" carries it on.
    if (CONTRAST.has(token.normal)) return next.normal !== 'that';
    // "let's" proposes in the author's own voice: "Nobody wants gridlock, so let's pass it".
    return next.normal === 'i' || next.normal === 'we' || next.normal === 'let' || /^(?:i|we)['’]/.test(next.normal);
  }
  return false;
}

/**
 * The reporting clause at token `i`, if one starts a report there: a reporting verb with its
 * subject ("Pence think", "Stalin said") or "according to" with its source. 'author' when the
 * author reports themself ("I think", "according to me"), null when `i` opens no report.
 */
function reportingClauseAt(tokens: readonly Token[], range: TokenRange, i: number): string | 'author' | null {
  const token = tokens[i] as Token;
  if (token.normal === 'according' && tokens[i + 1]?.normal === 'to' && i + 2 < range.end) {
    const source = tokens[i + 2] as Token;
    return isAuthor(source) ? 'author' : surface(tokens, i, i + 2);
  }
  // "wants to attack", "promised to build": an intention, not a reported clause that could hold a "should".
  if (!isReportingVerb(token) || tokens[i + 1]?.normal === 'to') return null;
  if (token.lemma === 'want' && !wishedClauseAfter(tokens, i + 1, range.end)) return null;
  if ((token.lemma === 'believe' || token.lemma === 'think' || token.lemma === 'feel') && NOT_A_CLAUSE.has(tokens[i + 1]?.normal ?? '')) return null;
  const subject = subjectBefore(tokens, range.first, i);
  if (subject === null) return null;
  return subject.who === 'author' ? 'author' : surface(tokens, subject.at, i + 1);
}

/**
 * True when the reporting clause whose verb is at `verb` lies in an adverbial clause ("If the
 * senator wants to…, he should…", "When the mayor says we must wait, she means never"): the
 * report then ends with that clause, at the next break, and the main clause after it is the author's.
 */
function inAdverbialClause(tokens: readonly Token[], range: TokenRange, verb: number): boolean {
  for (let i = verb - 1; i >= range.first; i -= 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_BREAK.has(token.value) || token.pos === 'CCONJ') return false;
    if (SUBORDINATORS.has(token.normal)) return true;
  }
  return false;
}

/**
 * Where an opening "according to …" adjunct ends: the index of the first verb after it, or -1
 * when the unit does not open with one. The adjunct scopes over the clause it introduces
 * ("According to the report, we should expect floods" is the report's), where "As Lincoln said,
 * we must…" makes the words the author's own.
 */
function openingAccordingTo(tokens: readonly Token[], range: TokenRange): number {
  let k = range.first;
  while (k < range.end && ((tokens[k] as Token).pos === 'CCONJ' || (tokens[k] as Token).pos === 'PUNCT')) k += 1;
  if (tokens[k]?.normal !== 'according' || tokens[k + 1]?.normal !== 'to' || reportingClauseAt(tokens, range, k) === 'author') return -1;
  for (let j = k + 2; j < range.end; j += 1) if ((tokens[j] as Token).pos === 'VERB' || (tokens[j] as Token).pos === 'AUX') return j;
  return range.end;
}

/**
 * A reporting clause that closes the unit after the words it reports ('…," he said', "…, the
 * senator said on Monday", "…, says Smith"): the index of the break that opens it, and its words;
 * null when there is none or its subject is the author ("…, I said").
 */
function reporterAfter(tokens: readonly Token[], range: TokenRange): { from: number; text: string } | null {
  let verb = -1;
  for (let i = range.end - 1; i > range.first && i >= range.end - 1 - CLOSING_TAIL; i -= 1) {
    const token = tokens[i] as Token;
    if (isClosingVerb(token)) {
      verb = i;
      break;
    }
    // After the reporting verb only its subject, adverbs and times follow ("said the minister on Monday").
    if (token.pos === 'VERB' || token.pos === 'AUX') return null;
  }
  if (verb === -1) return null;
  // Inverted: '…," said Smith' / "…, says the minister".
  const before = tokens[verb - 1] as Token;
  if (REPORT_BREAK.has(before.value)) {
    const subject = tokens[verb + 1];
    if (subject === undefined || verb + 1 >= range.end || !SUBJECT_START.has(subject.pos) || subjectKind(subject) === 'author') return null;
    return { from: verb - 1, text: surface(tokens, verb, Math.min(verb + 2, range.end)) };
  }
  // '…, he said.', '…, she said on Monday': nothing the verb governs follows it ("…, they told him the truth" is no report).
  const next = tokens[verb + 1];
  if (!(verb + 1 >= range.end || next === undefined || next.pos === 'PUNCT' || next.pos === 'ADV' || next.pos === 'ADP')) return null;
  // '…," he said' / "…, the senator said": a short subject between the break and the verb.
  for (let i = verb - 1; i > range.first && i >= verb - 4; i -= 1) {
    const token = tokens[i] as Token;
    if (REPORT_BREAK.has(token.value)) {
      if (i === verb - 1 || !SUBJECT_START.has((tokens[i + 1] as Token).pos)) return null;
      const subject = subjectBefore(tokens, i + 1, verb);
      return subject?.who === 'third' ? { from: i, text: surface(tokens, subject.at, verb + 1) } : null;
    }
    if (token.pos === 'VERB') return null;
  }
  return null;
}

/** Where a unit's words are someone else's: the reporting clauses before and after. */
export interface Attribution {
  /** The first reporting clause with another subject ("Pence think", "he said"), or null. */
  readonly reporter: string | null;
  /** True when the phrase at token `at` is reported: inside another's speech or thought. */
  reported(at: number): boolean;
}

/**
 * The attribution of the unit at `range`, in one pass from left to right: a reporting clause whose
 * subject is someone else opens a report, and a new clause of the author's ends it (as does the
 * end of the adverbial clause the report lies in); a phrase is reported when it lies in one. The
 * author's own "I think we ought to…" opens none.
 */
export function attribution(tokens: readonly Token[], range: TokenRange): Attribution {
  const after = reporterAfter(tokens, range);
  let reporter: string | null = null;
  for (let i = range.first; i < range.end && reporter === null; i += 1) {
    const clause = reportingClauseAt(tokens, range, i);
    if (clause !== null && clause !== 'author') reporter = clause;
  }
  return new UnitAttribution(tokens, range, after, reporter ?? after?.text ?? null);
}

/**
 * An attribution as a class, not an object holding a `reported` closure: tsx names every closure
 * it makes (a defineProperty call), and that naming, once per unit, was a fifth of the time
 * unitFeatures took over the bench corpus.
 */
class UnitAttribution implements Attribution {
  /** Made on the first question only: most units have no "should", "will" or "I think" to ask about. */
  private reportedAt: Uint8Array | null = null;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly range: TokenRange,
    /** The reporting clause after the unit's words ('…," he said'), which reports everything before it. */
    private readonly after: { readonly from: number } | null,
    readonly reporter: string | null,
  ) {}

  reported(at: number): boolean {
    if (this.after !== null && at < this.after.from) return true;
    this.reportedAt ??= reportedTokens(this.tokens, this.range);
    return this.reportedAt[at - this.range.first] === 1;
  }
}

/** Per token of the unit, 1 where it lies in a report (see {@link attribution}). */
function reportedTokens(tokens: readonly Token[], range: TokenRange): Uint8Array {
  const accordingEnd = openingAccordingTo(tokens, range);
  const reportedAt = new Uint8Array(Math.max(range.end - range.first, 0));
  let reporting = false;
  // Whether the report open now lies in an adverbial clause, so ends at the next break.
  let endsAtBreak = false;
  for (let i = range.first; i < range.end; i += 1) {
    reportedAt[i - range.first] = reporting ? 1 : 0;
    if (authorClauseAt(tokens, i, range.end)) {
      reporting = i < accordingEnd;
      continue;
    }
    if (endsAtBreak && CLAUSE_BREAK.has((tokens[i] as Token).value)) {
      reporting = false;
      endsAtBreak = false;
      continue;
    }
    // A reporting clause of the author's inside a report is still the report's ("Stalin said if
    // you want to bring America down, you have to…"): only a new clause of the author's ends it.
    const clause = reportingClauseAt(tokens, range, i);
    if (clause !== null && clause !== 'author') {
      if (!reporting) endsAtBreak = inAdverbialClause(tokens, range, i);
      reporting = true;
    }
  }
  return reportedAt;
}

/**
 * True when the future phrase starting at token `at` follows a past form of "be" ("was going to",
 * "were not about to", "was always going to"): a plan or expectation in the past, not a forecast.
 */
export function pastFuture(tokens: readonly Token[], range: TokenRange, at: number): boolean {
  for (let i = at - 1; i >= range.first; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'ADV' || (token.pos === 'PART' && token.normal === 'not') || QUANTIFIER_SUBJECTS.has(token.normal)) continue;
    return PAST_BE.has(token.normal);
  }
  return false;
}
