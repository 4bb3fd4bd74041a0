import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EncoderError } from '../../src/encoder/encoder-error.ts';
import { encoderFingerprint } from '../../src/encoder/encoder-folder.ts';
import type { SentenceEncoder } from '../../src/encoder/load-encoder.ts';
import { loadEncoder } from '../../src/encoder/load-encoder.ts';
import { makeTinyEncoder } from './tiny-encoder.ts';

const folders: string[] = [];
let encoder: SentenceEncoder;

function tiny(options: Parameters<typeof makeTinyEncoder>[0] = {}): string {
  const dir = makeTinyEncoder(options);
  folders.push(dir);
  return dir;
}

function norm(v: Float32Array): number {
  return Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
}

function assertClose(a: Float32Array | undefined, b: Float32Array | undefined, message: string): void {
  assert.ok(a !== undefined && b !== undefined && a.length === b.length, message);
  for (let i = 0; i < a.length; i += 1) assert.ok(Math.abs((a[i] ?? 0) - (b[i] ?? 0)) < 1e-5, `${message}: component ${i} differs (${a[i]} vs ${b[i]})`);
}

before(async () => {
  // Nothing may go to the network: any fetch while loading or encoding fails the tests.
  const realFetch = globalThis.fetch;
  globalThis.fetch = () => Promise.reject(new Error('network access during encoder loading'));
  try {
    encoder = await loadEncoder(tiny({ dimension: 16 }), { batchSize: 2 });
  } finally {
    globalThis.fetch = realFetch;
  }
});

after(async () => {
  await encoder.dispose();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

test('gives one unit-length embedding of the model dimension per text, in order', async () => {
  const texts = ['Taxes fell by 5 percent last year.', 'I think this is a terrible idea.', 'Why?'];
  const embeddings = await encoder.encode(texts);
  assert.equal(encoder.dimension, 16);
  assert.equal(embeddings.length, 3);
  for (const e of embeddings) {
    assert.equal(e.length, 16);
    assert.ok(Math.abs(norm(e) - 1) < 1e-5, `norm ${norm(e)}`);
  }
  const [taxes, idea] = embeddings;
  assertClose((await encoder.encode([texts[0] ?? '']))[0], taxes, 'a text alone and in a batch');
  assertClose((await encoder.encode([texts[1] ?? '']))[0], idea, 'a text alone and in a batch');
});

test('gives identical texts identical vectors and different texts different ones', async () => {
  const [a, b, c] = await encoder.encode(['The economy grew.', 'The economy grew.', 'Health care costs rose sharply.']);
  assertClose(a, b, 'identical texts');
  assert.ok(a !== undefined && c !== undefined);
  const cosine = a.reduce((sum, x, i) => sum + x * (c[i] ?? 0), 0);
  assert.ok(cosine < 0.999, `different texts have cosine ${cosine}`);
});

test('leaves padding out of the mean: a short text batched with a long one keeps its embedding', async () => {
  const short = 'Jobs.';
  const long = 'The government spent two billion on health care and taxes rose for most people in the country.';
  const [alone] = await encoder.encode([short]);
  // batchSize 2: the short text is padded to the long one's length in the same ONNX run.
  const [padded] = await encoder.encode([long, short]).then((e) => [e[1]]);
  assertClose(alone, padded, 'padded short text');
});

test('loads a model without token_type_ids (DistilBERT-like)', async () => {
  const distil = await loadEncoder(tiny({ tokenTypeIds: false, dimension: 8 }));
  const [e] = await distil.encode(['No token types here.']);
  assert.equal(e?.length, 8);
  await distil.dispose();
});

test('refuses a missing folder, naming it', async () => {
  await assert.rejects(loadEncoder('/nonexistent/encoder'), (error: unknown) => {
    assert.ok(error instanceof EncoderError);
    assert.match(error.message, /^encoder folder \/nonexistent\/encoder does not exist; /);
    return true;
  });
});

test('refuses a folder without the model or tokenizer files, naming each missing file', async () => {
  const dir = tiny();
  unlinkSync(join(dir, 'onnx', 'model.onnx'));
  unlinkSync(join(dir, 'tokenizer.json'));
  await assert.rejects(loadEncoder(dir), (error: unknown) => {
    assert.ok(error instanceof EncoderError);
    assert.equal(error.message.split('\n').length, 1);
    assert.match(error.message, new RegExp(`^encoder folder ${dir} has no tokenizer\\.json, onnx/model\\.onnx; `));
    return true;
  });
});

test('refuses a model whose output is already pooled, saying what shape it needs', async () => {
  await assert.rejects(loadEncoder(tiny({ pooledOutput: true })), (error: unknown) => {
    assert.ok(error instanceof EncoderError);
    assert.match(error.message, /gives "last_hidden_state" of shape \[1, 16\], not token embeddings of shape \[batch, tokens, dimension\]/);
    return true;
  });
});

test('refuses a file that is not an ONNX model, in one line', async () => {
  const dir = tiny();
  writeFileSync(join(dir, 'onnx', 'model.onnx'), 'not a model');
  await assert.rejects(loadEncoder(dir), (error: unknown) => {
    assert.ok(error instanceof EncoderError);
    assert.match(error.message, new RegExp(`^encoder folder ${dir} could not be loaded: `));
    assert.equal(error.message.split('\n').length, 1);
    return true;
  });
});

test('fingerprints the model: same files the same, other weights of the same size different', () => {
  const a = tiny({ seed: 1 });
  const b = tiny({ seed: 1 });
  const c = tiny({ seed: 2 });
  assert.equal(encoderFingerprint(a), encoderFingerprint(b));
  assert.notEqual(encoderFingerprint(a), encoderFingerprint(c));
});
