/**
 * Writes a tiny sentence-encoder folder in the transformers.js layout (config.json,
 * tokenizer.json, tokenizer_config.json, onnx/model.onnx) at test time, so the loading code is
 * tested on a real ONNX graph and a real WordPiece tokenizer without committing binaries or
 * downloading anything.
 *
 * The graph is BERT-shaped but has no attention: word embedding + token-type embedding, a dense
 * projection and tanh, giving last_hidden_state [batch, sequence, dimension]. It ignores
 * attention_mask on purpose: the [PAD] token has a non-zero vector, so an encoder that pooled
 * padding would give a padded text a different embedding, which the tests would catch.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { random } from '../../src/learn/logistic-regression.ts';
import { attribute, floatTensor, INT64, FLOAT, modelProto, node, tensorValue } from './onnx-writer.ts';

/** The shape of the generated encoder. */
export interface TinyEncoderOptions {
  /** Embedding size (default 16). */
  readonly dimension?: number;
  /** Declare a token_type_ids input, as BERT does (default true); DistilBERT-like models have none. */
  readonly tokenTypeIds?: boolean;
  /** Pool inside the graph, giving [batch, dimension]: a model the loader must refuse. */
  readonly pooledOutput?: boolean;
  /** Seed of the weights; a different seed is a different encoder. */
  readonly seed?: number;
}

const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const WORDS =
  'the a an of to in and or not is are was were be has have had it this that we they he she you i our their ' +
  'percent million billion year years tax taxes jobs people government country war economy health care ' +
  'think believe should will would must can good bad great terrible wrong right fell rose grew cut spent';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The WordPiece vocabulary: specials, punctuation, whole words, then single characters and their ## forms, so no word is unknown. */
export function tinyVocabulary(): string[] {
  const punctuation = [...'.,;:!?\'"()-$%&/'];
  return [...SPECIALS, ...punctuation, ...WORDS.split(' '), ...LETTERS, ...[...LETTERS].map((c) => `##${c}`)];
}

function tokenizerJson(vocabulary: readonly string[]): object {
  const id = (token: string): number => vocabulary.indexOf(token);
  const special = (token: string): object => ({ id: id(token), content: token, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const cls = { SpecialToken: { id: '[CLS]', type_id: 0 } };
  const sep = (typeId: number): object => ({ SpecialToken: { id: '[SEP]', type_id: typeId } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map(special),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [cls, { Sequence: { id: 'A', type_id: 0 } }, sep(0)],
      pair: [cls, { Sequence: { id: 'A', type_id: 0 } }, sep(0), { Sequence: { id: 'B', type_id: 1 } }, sep(1)],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, i) => [token, i])),
    },
  };
}

function randomMatrix(rows: number, columns: number, next: () => number): Float32Array {
  return Float32Array.from({ length: rows * columns }, () => next() * 2 - 1);
}

/** The ONNX graph: Gather(words) + Gather(types) → MatMul → Tanh (→ ReduceMean when pooled). */
export function tinyModel(vocabularySize: number, options: TinyEncoderOptions = {}): Uint8Array {
  const dimension = options.dimension ?? 16;
  const withTypes = options.tokenTypeIds ?? true;
  const next = random(options.seed ?? 7);
  const tokens = ['batch', 'sequence'];
  const inputs = [tensorValue('input_ids', INT64, tokens), tensorValue('attention_mask', INT64, tokens)];
  const initializers = [floatTensor('word_embeddings', [vocabularySize, dimension], randomMatrix(vocabularySize, dimension, next))];
  const nodes = [node('Gather', ['word_embeddings', 'input_ids'], ['words'], [attribute('axis', 0)])];
  let summed = 'words';
  if (withTypes) {
    inputs.push(tensorValue('token_type_ids', INT64, tokens));
    initializers.push(floatTensor('type_embeddings', [2, dimension], randomMatrix(2, dimension, next)));
    nodes.push(node('Gather', ['type_embeddings', 'token_type_ids'], ['types'], [attribute('axis', 0)]), node('Add', ['words', 'types'], ['summed']));
    summed = 'summed';
  }
  initializers.push(floatTensor('dense', [dimension, dimension], randomMatrix(dimension, dimension, next)));
  nodes.push(node('MatMul', [summed, 'dense'], ['projected']));
  if (options.pooledOutput === true) {
    nodes.push(node('Tanh', ['projected'], ['hidden']), node('ReduceMean', ['hidden'], ['last_hidden_state'], [attribute('axes', [1]), attribute('keepdims', 0)]));
  } else {
    nodes.push(node('Tanh', ['projected'], ['last_hidden_state']));
  }
  const outputDims = options.pooledOutput === true ? ['batch', dimension] : ['batch', 'sequence', dimension];
  return modelProto({ name: 'tiny-encoder', nodes, initializers, inputs, outputs: [tensorValue('last_hidden_state', FLOAT, outputDims)] });
}

/** Writes the four files of a tiny encoder into `dir` (created if missing). */
export function writeTinyEncoder(dir: string, options: TinyEncoderOptions = {}): string {
  const vocabulary = tinyVocabulary();
  const dimension = options.dimension ?? 16;
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: dimension, vocab_size: vocabulary.length, max_position_embeddings: 64, type_vocab_size: 2, num_attention_heads: 1, num_hidden_layers: 1 }),
  );
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocabulary)));
  writeFileSync(
    join(dir, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 64, pad_token: '[PAD]', unk_token: '[UNK]', cls_token: '[CLS]', sep_token: '[SEP]', mask_token: '[MASK]' }),
  );
  writeFileSync(join(dir, 'onnx', 'model.onnx'), tinyModel(vocabulary.length, options));
  return dir;
}

/** A fresh temporary folder holding a tiny encoder; the caller removes it. */
export function makeTinyEncoder(options: TinyEncoderOptions = {}): string {
  return writeTinyEncoder(mkdtempSync(join(tmpdir(), 'argscope-encoder-')), options);
}
