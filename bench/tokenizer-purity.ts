/**
 * How much wink-nlp's lexicon learning changes tokenization: one wink instance reads the whole
 * bench corpus first, a second reads only each document in turn; the first 300 documents are then
 * compared token by token (values and POS tags). Prints the count and a few examples. A non-zero
 * count means an analysis can depend on what the same process read before (see README, Library).
 *
 *   node --import tsx bench/tokenizer-purity.ts
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { benchCorpusOrSkip } from './corpus.ts';

const COMPARED = 300;
const EXAMPLES = 5;
const PIPE = ['sbd', 'negation', 'sentiment', 'pos'] as const;

const texts = benchCorpusOrSkip('tokenizer-purity').documents.map((document) => document.text);
const warm = winkNLP(model, [...PIPE]);
for (const text of texts) warm.readDoc(text);
const fresh = winkNLP(model, [...PIPE]);
const { its } = warm;
let differing = 0;
const examples: string[] = [];
for (const text of texts.slice(0, COMPARED)) {
  const a = fresh.readDoc(text).tokens();
  const b = warm.readDoc(text).tokens();
  const [av, bv, ap, bp] = [a.out(its.value), b.out(its.value), a.out(its.pos), b.out(its.pos)] as string[][];
  if (av?.join('\u0000') === bv?.join('\u0000') && ap?.join('\u0000') === bp?.join('\u0000')) continue;
  differing += 1;
  const at = (av ?? []).findIndex((value, i) => value !== bv?.[i] || ap?.[i] !== bp?.[i]);
  if (examples.length < EXAMPLES && at >= 0) examples.push(`  ${av?.[at]}/${ap?.[at]} became ${bv?.[at]}/${bp?.[at]} in "${(av ?? []).slice(Math.max(0, at - 3), at + 3).join(' ')}"`);
}
console.log(`documents tokenized or tagged differently after wink had read the corpus: ${differing} of ${Math.min(COMPARED, texts.length)}`);
if (examples.length > 0) console.log(examples.join('\n'));
