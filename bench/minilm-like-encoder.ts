/**
 * A stand-in for a real sentence encoder when none is on the machine (and none may be
 * downloaded): random weights in the shape and cost of all-MiniLM-L6-v2 (6 layers, 384 wide,
 * feed-forward 1536, a word-level vocabulary of the corpus's commonest words), so encoding speed
 * can be measured on realistic compute. Its embeddings mean nothing; use it for speed only.
 *
 * Attention is single-headed (the same multiply-adds as 12 heads of 32) and ignores the mask, and
 * tanh stands in for GELU: neither changes the cost much.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from '../src/learn/logistic-regression.ts';
import { attribute, FLOAT, floatTensor, INT64, modelProto, node, tensorValue } from '../test/encoder/onnx-writer.ts';
import { tinyVocabulary, writeTinyEncoder } from '../test/encoder/tiny-encoder.ts';

const WIDTH = 384;
const FEED_FORWARD = 1536;
const LAYERS = 6;

/** The `count` commonest lower-case words of `texts`, commonest first. */
export function commonWords(texts: readonly string[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([word]) => word);
}

/** Writes the stand-in encoder into `dir`: the tiny encoder's files with a bigger vocabulary and a MiniLM-sized graph. */
export function writeMiniLmLikeEncoder(dir: string, words: readonly string[]): string {
  writeTinyEncoder(dir, { dimension: WIDTH });
  const base = tinyVocabulary();
  const vocabulary = [...base, ...words.filter((w) => !base.includes(w))];
  const tokenizer = JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')) as { model: { vocab: Record<string, number> } };
  tokenizer.model.vocab = Object.fromEntries(vocabulary.map((token, i) => [token, i]));
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizer));
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...config, vocab_size: vocabulary.length, max_position_embeddings: 512 }));
  const tokenizerConfig = JSON.parse(readFileSync(join(dir, 'tokenizer_config.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify({ ...tokenizerConfig, model_max_length: 512 }));

  const next = random(11);
  const matrix = (name: string, rows: number, columns: number, scale: number): Uint8Array =>
    floatTensor(name, [rows, columns], Float32Array.from({ length: rows * columns }, () => (next() * 2 - 1) * scale));
  const vector = (name: string, size: number, value: number): Uint8Array => floatTensor(name, [size], new Float32Array(size).fill(value));
  const initializers = [matrix('embeddings', vocabulary.length, WIDTH, 1), floatTensor('scale', [], Float32Array.of(1 / Math.sqrt(WIDTH)))];
  const nodes = [node('Gather', ['embeddings', 'input_ids'], ['h0'], [attribute('axis', 0)])];
  const layerNorm = (input: string, output: string, l: number, k: string): Uint8Array => {
    return node('LayerNormalization', [input, `ln${l}${k}_g`, `ln${l}${k}_b`], [output], [attribute('axis', 2)]);
  };
  for (let l = 0; l < LAYERS; l += 1) {
    const h = `h${l}`;
    const w = 1 / Math.sqrt(WIDTH);
    initializers.push(matrix(`q${l}`, WIDTH, WIDTH, w), matrix(`k${l}`, WIDTH, WIDTH, w), matrix(`v${l}`, WIDTH, WIDTH, w), matrix(`o${l}`, WIDTH, WIDTH, w));
    initializers.push(matrix(`f${l}a`, WIDTH, FEED_FORWARD, w), matrix(`f${l}b`, FEED_FORWARD, WIDTH, 1 / Math.sqrt(FEED_FORWARD)));
    for (const k of ['a', 'b']) initializers.push(vector(`ln${l}${k}_g`, WIDTH, 1), vector(`ln${l}${k}_b`, WIDTH, 0));
    nodes.push(
      node('MatMul', [h, `q${l}`], [`Q${l}`]),
      node('MatMul', [h, `k${l}`], [`K${l}`]),
      node('MatMul', [h, `v${l}`], [`V${l}`]),
      node('Transpose', [`K${l}`], [`Kt${l}`], [attribute('perm', [0, 2, 1])]),
      node('MatMul', [`Q${l}`, `Kt${l}`], [`S${l}`]),
      node('Mul', [`S${l}`, 'scale'], [`Ss${l}`]),
      node('Softmax', [`Ss${l}`], [`P${l}`], [attribute('axis', 2)]),
      node('MatMul', [`P${l}`, `V${l}`], [`A${l}`]),
      node('MatMul', [`A${l}`, `o${l}`], [`O${l}`]),
      node('Add', [h, `O${l}`], [`R${l}`]),
      layerNorm(`R${l}`, `N${l}`, l, 'a'),
      node('MatMul', [`N${l}`, `f${l}a`], [`F${l}`]),
      node('Tanh', [`F${l}`], [`G${l}`]),
      node('MatMul', [`G${l}`, `f${l}b`], [`D${l}`]),
      node('Add', [`N${l}`, `D${l}`], [`E${l}`]),
      layerNorm(`E${l}`, l === LAYERS - 1 ? 'last_hidden_state' : `h${l + 1}`, l, 'b'),
    );
  }
  const tokens = ['batch', 'sequence'];
  const model = modelProto(
    {
      name: 'minilm-like',
      nodes,
      initializers,
      inputs: [tensorValue('input_ids', INT64, tokens), tensorValue('attention_mask', INT64, tokens), tensorValue('token_type_ids', INT64, tokens)],
      outputs: [tensorValue('last_hidden_state', FLOAT, ['batch', 'sequence', WIDTH])],
    },
    17,
  );
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeFileSync(join(dir, 'onnx', 'model.onnx'), model);
  return dir;
}
