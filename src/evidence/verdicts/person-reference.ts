/**
 * "I vetoed the bill", "You called it the gold standard": a first- or second-person actor is
 * nobody the claim's words name, so a fact naming a person ("Governor Reyes vetoed the bill")
 * restates the claim only if that person is who "I" or "you" stands for. The fact alone cannot
 * say so, and restated-event.ts once decided such claims as if the pronoun were the fact's actor.
 *
 * "I" is the speaker: when the unit's speaker is known (a transcript turn, a `units` line with a
 * `speaker`) and the fact names the speaker, "I" is resolved and the fact's name counts as the
 * claim's. "You" is whoever is addressed, which one unit does not say unless it names them ("Senator
 * Lin, you voted …"). Otherwise, as for "he" or "she", a fact naming someone the claim does not
 * may be about someone else, and nothing is decided.
 */
import type { Token } from '../../nlp/tokenize.ts';
import { stem } from './text-terms.ts';

export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** Titles and forms of address in a speaker's label ("MR. ROMNEY", "PRESIDENT OBAMA"): not the person's name. */
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'gov', 'governor', 'president', 'vice', 'secretary', 'rep', 'representative', 'mayor', 'former', 'the', 'hon', 'judge', 'speaker']);

/** The name words of a speaker label, as stems: "MR. ROMNEY" gives "romney". Empty when no speaker is known. */
export function speakerNames(speaker: string | null | undefined): Set<string> {
  if (speaker === null || speaker === undefined) return new Set();
  return new Set((speaker.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !TITLES.has(w) && w.length > 1).map(stem));
}

/** A text's names as runs of proper nouns ("Governor Alma Reyes"), each as the stems of its words. */
export function nameRuns(tokens: readonly Token[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of tokens) {
    if (token.pos === 'PROPN') {
      run.push(stem(token.normal));
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [];
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The stems of every proper noun of a text: the names a claim gives, to compare a fact's with. */
export function nameStems(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => t.pos === 'PROPN').map((t) => stem(t.normal)));
}

/** The words of a name run that name the person, not a title or an initial: "Governor Alma G. Reyes" gives "alma", "reyes". */
function nameWords(run: readonly string[]): string[] {
  return run.filter((n) => !TITLES.has(n) && n.replace(/\./g, '').length > 1);
}

/**
 * True when a name run is the speaker's: its last name word (the surname) is the speaker
 * label's last ("REYES SUPPORTER" is someone else), and when the label gives more than one name ("JOHN REYES") none of the run's differs
 * ("Alma Reyes" is someone else). A label of a first name only ("ALMA") does not say which Alma.
 */
function isSpeaker(run: readonly string[], own: ReadonlySet<string>): boolean {
  const words = nameWords(run);
  const surname = words.at(-1);
  // The label's last name word is its surname: "REYES SUPPORTER" is not Reyes.
  if (surname === undefined || [...own].at(-1) !== surname) return false;
  return own.size < 2 || words.every((w) => own.has(w));
}

/**
 * True when the claim names whom "you" addresses: a name set off by a comma before the pronoun
 * ("Senator Lin, you voted …") or at the end of the sentence ("You voted for it, Senator Lin.").
 * "You and Senator Lin voted" names a second actor, not the addressee.
 */
function namesAddressee(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.pos !== 'PROPN' || tokens[i - 1]?.pos === 'PROPN') continue;
    let end = i;
    while (tokens[end + 1]?.pos === 'PROPN') end += 1;
    const after = tokens[end + 1]?.value;
    if (after === ',' && SECOND_PERSON.has(tokens[end + 2]?.normal ?? '')) return true;
    if (tokens[i - 1]?.value === ',' && (after === undefined || ['.', '!', '?'].includes(after))) return true;
  }
  return false;
}

/**
 * True when the claim's first- or second-person actor (if any) is resolved to whom the fact names
 * (`claimNames` are the claim's names, as stems; a name is a run of proper nouns, "Governor Alma
 * Reyes"). "You" is resolved only when the claim names the addressee and the fact names no one
 * else. "I" only when the fact's restating clauses (`actorTokens`) name the speaker and no one
 * else beyond the claim's names: a fact that names no one new ("Senator Lin opposed it" for
 * "Senator Lin and I opposed it", "vetoed the bill" for "vetoed my bill") leaves the speaker's
 * part unstated. A title alone ("The Governor vetoed it") is someone too, whom nothing ties to the
 * speaker. A claim with neither pronoun is not read.
 */
export function personResolved(claimTokens: readonly Token[], factTokens: readonly Token[], claimNames: ReadonlySet<string>, speaker: string | null | undefined, actorTokens: readonly Token[] = factTokens): boolean {
  const first = claimTokens.some((t) => FIRST_PERSON.has(t.normal));
  const second = claimTokens.some((t) => SECOND_PERSON.has(t.normal));
  if (!first && !second) return true;
  // A name the claim gives in part ("Senator Lin, you …" against "Mary Lin") is the claim's own;
  // a title alone is the claim's only when the claim gives it ("Governor, you …").
  const claims = (run: readonly string[]): boolean => run.some((n) => claimNames.has(n) && !TITLES.has(n)) || run.every((n) => claimNames.has(n));
  const addedIn = (tokens: readonly Token[]): string[][] => nameRuns(tokens).filter((run) => !claims(run));
  if (second && (addedIn(factTokens).length > 0 || !namesAddressee(claimTokens))) return false;
  if (!first) return true;
  // "I" is the speaker when the speaker is who the fact's restating words (`actorTokens`: its
  // clauses that carry the claim's words) name; names in its other clauses are of other people
  // ("The union did not sue Okafor; it backed Lin").
  const own = speakerNames(speaker);
  const added = addedIn(actorTokens);
  return added.length > 0 && added.every((run) => isSpeaker(run, own));
}
