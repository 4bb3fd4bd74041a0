import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeUnits } from '../../src/analyze.ts';
import { analyzeUnitsWithEncoder, analyzeWithEncoder } from '../../src/encoder/analyze-with-encoder.ts';
import { addEmbedding } from '../../src/encoder/embedding-features.ts';
import { EncoderError } from '../../src/encoder/encoder-error.ts';
import type { SentenceEncoder } from '../../src/encoder/load-encoder.ts';
import { loadEncoder } from '../../src/encoder/load-encoder.ts';
import type { EncoderModelFile } from '../../src/encoder/variant-models.ts';
import { VARIANT_FOLDER } from '../../src/encoder/variant-models.ts';
import { predict } from '../../src/learn/logistic-regression.ts';
import { loadModel } from '../../src/learn/model-file.ts';
import { AnalysisSchema } from '../../src/model/analysis-schema.ts';
import { CHECKWORTHINESS_GROUPS, transcriptFeatureSets } from '../../src/passes/learned/checkworthiness-features.ts';
import { contextOfUnits } from '../../scripts/learning/featurize.ts';
import { makeTinyEncoder } from './tiny-encoder.ts';
import { TRAINING, trainTinyVariants } from './trained-encoder.ts';

const TEXT =
  'Our city should build the new rail line. Traffic deaths rose by 14 percent in 2023. I believe commuters deserve better. ' +
  'The project would cost 2 billion dollars over ten years, and the state would pay half. Who could object to that?';

const folders: string[] = [];
let encoder: SentenceEncoder;
let files: Record<string, EncoderModelFile>;

function tiny(seed: number): string {
  const dir = makeTinyEncoder({ seed, dimension: 16 });
  folders.push(dir);
  return dir;
}

before(async () => {
  const dir = tiny(1);
  encoder = await loadEncoder(dir);
  files = await trainTinyVariants(encoder);
});

after(async () => {
  await encoder.dispose();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

test('trains both variants through the shipped recipes and stamps them with the encoder', () => {
  assert.deepEqual(Object.keys(files).sort(), ['checkworthiness', 'kind']);
  for (const file of Object.values(files)) assert.deepEqual(file.encoder, { fingerprint: encoder.fingerprint, dimension: 16, embeddings: 'emb/1' });
});

test('scores check-worthiness with the encoder: new scores in [0, 1], the same units, a valid analysis', async () => {
  const plain = analyze(TEXT);
  const withEncoder = await analyzeWithEncoder(TEXT, { encoder });
  AnalysisSchema.parse(withEncoder);
  assert.deepEqual(
    withEncoder.units.map((u) => u.text),
    plain.units.map((u) => u.text),
  );
  assert.notDeepEqual(
    withEncoder.units.map((u) => u.checkworthiness),
    plain.units.map((u) => u.checkworthiness),
  );
  for (const unit of withEncoder.units) {
    assert.ok(unit.checkworthiness >= 0 && unit.checkworthiness <= 1, `${unit.text}: ${unit.checkworthiness}`);
    assert.equal(unit.checkworthy, unit.checkworthiness >= 0.5);
    assert.match(unit.cues.checkworthiness[0]?.text ?? '', /^check-worthiness model with encoder: /);
  }
  assert.ok(
    withEncoder.units.some((u) => u.cues.checkworthiness.some((c) => c.text === 'sentence embedding')),
    'the embedding moved some score enough to be a cue',
  );
  // Structure and stance are the shipped passes', untouched by the encoder.
  assert.deepEqual(withEncoder.relations, plain.relations);
  assert.deepEqual(withEncoder.stances, plain.stances);
});

test('scores exactly as the trained model does on the features it was trained on (sparse + emb:i)', async () => {
  const units = TRAINING.sentences.slice(0, 5);
  const analysis = await analyzeUnitsWithEncoder(units, { encoder });
  const context = contextOfUnits(units);
  const sets = transcriptFeatureSets(context, CHECKWORTHINESS_GROUPS);
  const embeddings = await encoder.encode(context.units.map((u) => u.text));
  const model = loadModel(files['checkworthiness'] as EncoderModelFile);
  sets.forEach((set, i) => {
    addEmbedding(set, embeddings[i] as Float32Array);
    const expected = Math.round((predict(model, set.toVector(model.bits))[1] ?? 0) * 1000) / 1000;
    assert.equal(analysis.units[i]?.checkworthiness, expected, units[i]?.text);
  });
});

test('decides fact against opinion with the encoder variant when it was trained', async () => {
  const analysis = await analyzeUnitsWithEncoder([{ text: 'Traffic deaths rose by 14 percent in 2023.' }, { text: 'I believe commuters deserve better.' }], { encoder });
  const plain = analyzeUnits([{ text: 'Traffic deaths rose by 14 percent in 2023.' }, { text: 'I believe commuters deserve better.' }]);
  const decided = analysis.units.filter((u) => u.cues.kind[0]?.text.startsWith('fact/opinion model with encoder: '));
  assert.equal(decided.length, plain.units.filter((u) => u.cues.kind[0]?.text.startsWith('fact/opinion model: ')).length);
  assert.ok(decided.length > 0);
});

test('gives an empty text the same empty analysis as analyze()', async () => {
  assert.deepEqual(await analyzeWithEncoder('  \n', { encoder }), analyze('  \n'));
});

test('stops with the command to run when the encoder has no trained models', async () => {
  const bare = await loadEncoder(tiny(1));
  // Same files, same fingerprint, but nothing trained in this folder.
  await assert.rejects(analyzeWithEncoder(TEXT, { encoder: bare }), (error: unknown) => {
    assert.ok(error instanceof EncoderError);
    assert.equal(error.message, `encoder folder ${bare.dir} has no argscope models for it (argscope/checkworthiness.json); run npm run train -- --encoder ${bare.dir} checkworthiness first`);
    return true;
  });
  await bare.dispose();
});

test('refuses models trained for another encoder', async () => {
  const other = await loadEncoder(tiny(2));
  cpSync(join(encoder.dir, VARIANT_FOLDER), join(other.dir, VARIANT_FOLDER), { recursive: true });
  await assert.rejects(analyzeWithEncoder(TEXT, { encoder: other }), (error: unknown) => {
    assert.ok(error instanceof EncoderError);
    assert.match(error.message, /checkworthiness\.json was trained with another encoder \(fingerprint [0-9a-f]{16}, this folder's is [0-9a-f]{16}\); run npm run train -- --encoder \S+ checkworthiness again$/);
    return true;
  });
  await other.dispose();
});

test('judges factual check-worthy units against the facts given, as analyze() does', async () => {
  const fact = {
    id: 'deaths-2023', statement: 'Traffic deaths rose by 14 percent in 2023.', subject: 'rise in traffic deaths', value: 14, unit: 'percent',
    time: { from: '2023', to: '2023' }, place: null, source: { title: 'Test fixture', url: null }, quote: null,
  };
  const withEncoder = await analyzeWithEncoder(TEXT, { encoder, facts: [fact] });
  const factual = withEncoder.units.filter((u) => u.kind === 'fact' && u.checkworthy).map((u) => u.id);
  assert.ok(factual.length > 0, 'the tiny model should leave at least one check-worthy fact');
  assert.deepEqual(withEncoder.verdicts.map((v) => v.unit), factual);
});
