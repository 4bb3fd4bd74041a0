/**
 * Loading a local sentence encoder (a transformers.js model folder) and encoding texts with it.
 * Strictly offline: remote models are switched off and the folder is given as an absolute path,
 * which transformers.js reads from disk and never resolves against the Hugging Face Hub.
 * @huggingface/transformers is imported here, lazily, so the default analysis never loads it.
 */
import type * as Transformers from '@huggingface/transformers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EncoderError } from './encoder-error.ts';
import { checkEncoderFolder, encoderFingerprint } from './encoder-folder.ts';
import { meanPool } from './mean-pool.ts';

/** A loaded sentence encoder: unit-length mean-pooled embeddings for batches of texts. */
export interface SentenceEncoder {
  /** The model folder, as an absolute path. */
  readonly dir: string;
  /** Identifies the folder's model (see encoderFingerprint); trained models record it. */
  readonly fingerprint: string;
  /** Length of every embedding. */
  readonly dimension: number;
  /** One embedding per text, in order; texts are run in batches of similar length. */
  encode(texts: readonly string[]): Promise<Float32Array[]>;
  /** Frees the ONNX session. */
  dispose(): Promise<void>;
}

/** How `loadEncoder` runs the model; every option has a default. */
export interface EncoderOptions {
  /** Texts per ONNX run (default 32). Larger batches pad more; smaller ones run more often. */
  readonly batchSize: number;
  /** Tokens kept per text (default 512, or less when the model says so); the rest is cut off. */
  readonly maxTokens: number;
  /**
   * onnxruntime's threads per run; null (default) lets it use every core. On a busy machine one
   * thread can be faster (measured here: 49 against 26 sentences/s while another process ran).
   */
  readonly threads: number | null;
}

const DEFAULT_OPTIONS: EncoderOptions = Object.freeze({ batchSize: 32, maxTokens: 512, threads: null });

/** The few tensor members we read (transformers.js's Tensor has many more). */
interface TensorLike {
  readonly dims: number[];
  readonly data: ArrayLike<number | bigint>;
}
type Tokenizer = (texts: string[], options: { padding: boolean; truncation: boolean; max_length: number }) => Record<string, TensorLike>;
interface Model {
  (inputs: Record<string, TensorLike>): Promise<Record<string, TensorLike>>;
  dispose(): Promise<unknown>;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).trim();
}

/** The model's own token limit, from tokenizer_config.json and config.json, capped by `cap`. */
function tokenLimit(dir: string, cap: number): number {
  const read = (file: string): Record<string, unknown> => {
    try {
      return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new EncoderError(`encoder folder ${dir}: ${file} is not valid JSON (${firstLine(error)})`);
    }
  };
  // Unset limits are stored as huge numbers (int(1e30)); only sane ones count.
  const limits = [read('tokenizer_config.json')['model_max_length'], read('config.json')['max_position_embeddings']].filter(
    (n): n is number => typeof n === 'number' && n > 0 && n < 1_000_000,
  );
  return Math.min(cap, ...limits);
}

/** The token-embedding output: last_hidden_state by name, else token_embeddings, else the only output. */
function tokenOutput(outputs: Record<string, TensorLike>): [string, TensorLike] | undefined {
  for (const name of ['last_hidden_state', 'token_embeddings']) {
    const tensor = outputs[name];
    if (tensor !== undefined) return [name, tensor];
  }
  return Object.entries(outputs)[0];
}

/**
 * transformers.js, an optional peer dependency: with onnxruntime it is some 450 MB that only
 * `--encoder` users need, so a plain install of argscope does not pull it in.
 */
async function importTransformers(): Promise<typeof Transformers> {
  try {
    return await import('@huggingface/transformers');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
      throw new EncoderError('--encoder needs the optional package @huggingface/transformers: install it with npm install @huggingface/transformers@4.3.1');
    }
    throw error;
  }
}

/**
 * Loads the encoder in `dir`: checks the folder, loads tokenizer and ONNX model from disk only,
 * and runs one probe text to check the model gives token embeddings [batch, tokens, dimension].
 * @throws EncoderError (one line naming the folder and the problem) for any unusable folder
 */
export async function loadEncoder(dir: string, options?: Readonly<Partial<EncoderOptions>> | null): Promise<SentenceEncoder> {
  const absolute = checkEncoderFolder(dir);
  const settings = { ...DEFAULT_OPTIONS, ...options };
  const maxTokens = tokenLimit(absolute, settings.maxTokens);
  const fingerprint = encoderFingerprint(absolute);
  const transformers = await importTransformers();
  const { env } = transformers;
  // Global to transformers.js, but any download would break argscope's promise to stay local.
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  // The file cache would copy the model under node_modules; the files are local already.
  env.useFSCache = false;
  env.useBrowserCache = false;
  let tokenizer: Tokenizer;
  let model: Model;
  try {
    tokenizer = (await transformers.AutoTokenizer.from_pretrained(absolute, { local_files_only: true })) as unknown as Tokenizer;
    const session_options = settings.threads === null ? {} : { intraOpNumThreads: settings.threads };
    model = (await transformers.AutoModel.from_pretrained(absolute, { local_files_only: true, dtype: 'fp32', device: 'cpu', session_options })) as unknown as Model;
  } catch (error) {
    throw new EncoderError(`encoder folder ${dir} could not be loaded: ${firstLine(error)}`);
  }

  async function run(texts: string[]): Promise<Float32Array[]> {
    const inputs = tokenizer(texts, { padding: true, truncation: true, max_length: maxTokens });
    const mask = inputs['attention_mask'];
    let outputs: Record<string, TensorLike>;
    try {
      outputs = await model(inputs);
    } catch (error) {
      throw new EncoderError(`encoder folder ${dir}: onnx/model.onnx failed to run: ${firstLine(error)}`);
    }
    const [name, hidden] = tokenOutput(outputs) ?? ['(none)', undefined];
    const [batch, tokens] = mask?.dims ?? [];
    if (hidden === undefined || mask === undefined || hidden.dims.length !== 3 || hidden.dims[0] !== batch || hidden.dims[1] !== tokens || !(hidden.data instanceof Float32Array)) {
      const shape = hidden === undefined ? 'nothing' : `"${name}" of shape [${hidden.dims.join(', ')}]`;
      throw new EncoderError(
        `encoder folder ${dir}: onnx/model.onnx gives ${shape}, not token embeddings of shape [batch, tokens, dimension] in float32; export the model for feature extraction without pooling`,
      );
    }
    return meanPool(hidden.data, hidden.dims, mask.data);
  }

  // A model that gives the wrong output is refused; its session is released first.
  const [probe] = await run(['A probe sentence.']).catch(async (error: unknown) => {
    await model.dispose();
    throw error;
  });
  const dimension = probe?.length ?? 0;
  return {
    dir: absolute,
    fingerprint,
    dimension,
    async encode(texts) {
      // Batches of similar length pad less: run the texts longest first, then restore their order.
      const order = texts.map((_, i) => i).sort((a, b) => (texts[b]?.length ?? 0) - (texts[a]?.length ?? 0) || a - b);
      const out = new Array<Float32Array>(texts.length);
      for (let start = 0; start < order.length; start += settings.batchSize) {
        const batch = order.slice(start, start + settings.batchSize);
        const embeddings = await run(batch.map((i) => texts[i] ?? ''));
        batch.forEach((i, k) => {
          out[i] = embeddings[k] ?? new Float32Array(dimension);
        });
      }
      return out;
    },
    async dispose() {
      await model.dispose();
    },
  };
}
