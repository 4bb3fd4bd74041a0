/**
 * Gains and losses of a counted thing are two measures, not one measure with two signs: jobs
 * created and jobs lost (or displaced) are separate flows, each counted in its own right (labour
 * statistics publish gross job gains and gross job losses side by side). So "we created 500,000
 * jobs" is neither supported nor bounded by "851,700 jobs displaced"; a claim and a fact whose
 * words name opposite flows of a count are not compared. Words that name both, or neither, leave
 * the figure compared as before.
 */
import type { Token } from '../../nlp/tokenize.ts';

/** Which flow of a counted thing words name. */
export type Flow = 'gain' | 'loss';

/** Lemmas of verbs and nouns that bring a counted thing into being or add it. */
const GAIN = new Set(['create', 'creation', 'add', 'gain', 'hire', 'generate']);
/** Lemmas of verbs and nouns that take a counted thing away, whatever their part of speech. */
const LOSS = new Set(['lose', 'loss', 'displace', 'eliminate', 'destroy', 'shed', 'layoff', 'disappear', 'vanish', 'outsource', 'separation', 'slash']);
/**
 * Lemmas that take a counted thing away only as verbs: "cut 5,000 jobs", "cost us 800,000 jobs",
 * "fired 20", "axed 500 jobs"; not "the tax cut", "at a cost of", "the fire".
 */
const LOSS_VERBS = new Set(['cut', 'cost', 'fire', 'axe', 'ax', 'offshore']);
/** Verbs that take a counted thing away with a particle after them, by the particles: "laid off", "wiped out", "shipped overseas". */
const LOSS_WITH_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['lay', new Set(['off'])],
  ['wipe', new Set(['out'])],
  ['ship', new Set(['overseas', 'abroad', 'offshore'])],
]);
/** Verbs that add a counted thing with a particle after them: "brought back 500,000 jobs". */
const GAIN_WITH_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['bring', new Set(['back'])]]);
/** How many words after its verb a particle may stand: "laid 5,000 workers off". */
const PARTICLE_WINDOW = 3;

/** Words that open a noun phrase: "the tax cut", "a cost", "our cuts". */
const DETERMINERS = new Set(["'s", 'our', 'their', 'its', 'his', 'her', 'my', 'your']);

function lemmaOf(token: Token): string {
  return token.lemma.toLowerCase();
}

/** True for a noun in its singular form ("tax", not "jobs"): one that can modify the noun after it. */
function isSingularNoun(token: Token): boolean {
  return token.pos === 'NOUN' && lemmaOf(token) === token.normal;
}

/** Pronouns only an object takes: "cost us", "cut them". */
const OBJECT_PRONOUNS = new Set(['us', 'them', 'him', 'me']);

/** True when the word after a verb is an object it takes: a number, a determiner, an object pronoun ("cut 5,000 jobs", "cost us"). */
function takesObject(next: Token | undefined): boolean {
  return next !== undefined && (next.pos === 'NUM' || next.pos === 'DET' || OBJECT_PRONOUNS.has(next.normal));
}

/**
 * True when the word at `index` heads a noun phrase: "the tax cut", "a big cost". The tagger reads
 * "cost" in "NAFTA cost us" as a noun and "cut" in "the tax cut" as a verb, so the words around
 * decide: a determiner before it, past singular modifiers.
 */
function opensWithDeterminer(tokens: readonly Token[], index: number): boolean {
  let j = index - 1;
  while (j >= 0 && ((tokens[j] as Token).pos === 'ADJ' || isSingularNoun(tokens[j] as Token))) j -= 1;
  const before = tokens[j];
  return before !== undefined && (before.pos === 'DET' || DETERMINERS.has(before.normal));
}

/**
 * True when the word at `index` is used as a verb: not before "of" ("at a cost of"); with an
 * object after it ("the company axed 500 jobs", "the deal cost us"); else not heading a noun
 * phrase ("after the tax cut we …") and tagged a verb or followed by a noun ("Ford cut jobs").
 */
function isVerbUse(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (next?.normal === 'of') return false;
  if (takesObject(next)) return true;
  if (opensWithDeterminer(tokens, index)) return false;
  return (tokens[index] as Token).pos === 'VERB' || next?.pos === 'NOUN';
}

/** True when a particle of `particles` follows the word at `index` within a few words: "laid off", "laid 5,000 workers off". */
function particleFollows(tokens: readonly Token[], index: number, particles: ReadonlySet<string> | undefined): boolean {
  if (particles === undefined) return false;
  return tokens.slice(index + 1, index + 1 + PARTICLE_WINDOW).some((t) => particles.has(t.normal));
}

/** True when the word at `index` takes a counted thing away. */
function namesLoss(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const lemma = lemmaOf(token);
  if (LOSS.has(lemma) || LOSS.has(token.normal)) return true;
  if (LOSS_VERBS.has(lemma) && isVerbUse(tokens, index)) return true;
  return token.pos === 'VERB' && particleFollows(tokens, index, LOSS_WITH_PARTICLE.get(lemma));
}

/** True when the word at `index` brings a counted thing into being ("rehired": the tagger leaves it unlemmatised). */
function namesGain(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const lemma = lemmaOf(token);
  if (GAIN.has(lemma) || GAIN.has(token.normal) || token.normal.startsWith('rehir')) return true;
  return token.pos === 'VERB' && particleFollows(tokens, index, GAIN_WITH_PARTICLE.get(lemma));
}

/**
 * True when the word at `index` is "new" before a noun ("500,000 new manufacturing jobs"): a gain
 * only where no other word names a flow, since "the new law destroyed jobs" counts a loss.
 */
function isNewCount(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  return token.normal === 'new' && token.pos === 'ADJ' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/** The flow the words name, or null when they name none or both. */
export function flowOfWords(tokens: readonly Token[]): Flow | null {
  let gain = false;
  let loss = false;
  let fresh = false;
  for (let index = 0; index < tokens.length; index += 1) {
    if (namesGain(tokens, index)) gain = true;
    if (namesLoss(tokens, index)) loss = true;
    if (isNewCount(tokens, index)) fresh = true;
  }
  if (fresh && !loss) gain = true;
  return gain === loss ? null : gain ? 'gain' : 'loss';
}

/** True when both sides name a flow and the flows are opposite. */
export function oppositeFlows(claim: Flow | null, fact: Flow | null): boolean {
  return claim !== null && fact !== null && claim !== fact;
}
