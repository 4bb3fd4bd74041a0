/** Writes lexicons/word-polarity.json from the installed wink-nlp model (`npm run lexicon`); a test keeps it current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { polarityLexicon } from './lexicon/wink-word-polarity.ts';

const target = new URL('../lexicons/word-polarity.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
const lexicon = polarityLexicon();
writeFileSync(target, `${JSON.stringify(lexicon, null, 1)}\n`);
console.log(`wrote ${Object.keys(lexicon.polarity).length} words to ${target.pathname}`);
