/**
 * Checking a sentence-encoder folder before anything loads it, and its fingerprint: models trained
 * on an encoder's embeddings are only valid for that encoder, so they record the fingerprint and
 * are refused for any other folder content.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EncoderError } from './encoder-error.ts';

/** The files a transformers.js sentence-encoder folder must hold (ONNX in full precision). */
export const ENCODER_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'] as const;

const HINT = 'export a sentence-transformers model to ONNX (see README, "Bring your own encoder")';

/**
 * The folder as an absolute path, after checking that it holds every file in ENCODER_FILES.
 * @throws EncoderError naming the folder and every missing file
 */
export function checkEncoderFolder(dir: string): string {
  const absolute = resolve(dir);
  const info = statSync(absolute, { throwIfNoEntry: false });
  if (info === undefined) throw new EncoderError(`encoder folder ${dir} does not exist; ${HINT}`);
  if (!info.isDirectory()) throw new EncoderError(`encoder folder ${dir} is not a folder; give the folder that holds config.json and onnx/model.onnx`);
  const missing = ENCODER_FILES.filter((file) => statSync(join(absolute, file), { throwIfNoEntry: false })?.isFile() !== true);
  if (missing.length > 0) throw new EncoderError(`encoder folder ${dir} has no ${missing.join(', ')}; ${HINT}`);
  return absolute;
}

/** Samples of onnx/model.onnx hashed into the fingerprint, and their size. */
const SAMPLES = 16;
const SAMPLE_BYTES = 64 * 1024;

/**
 * A short hash of config.json, tokenizer.json, the size of onnx/model.onnx and 16 samples of 64 KB
 * spread over it: cheap on every run (the ONNX file may be hundreds of MB), yet a fine-tuned model
 * of the same architecture, same size and config, still gets a different fingerprint.
 */
export function encoderFingerprint(dir: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(dir, 'config.json')));
  hash.update('\0');
  hash.update(readFileSync(join(dir, 'tokenizer.json')));
  const model = join(dir, 'onnx', 'model.onnx');
  const size = statSync(model).size;
  hash.update(`\0${size}\0`);
  const fd = openSync(model, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    for (let k = 0; k < SAMPLES; k += 1) {
      const at = Math.floor(((size - Math.min(size, SAMPLE_BYTES)) * k) / (SAMPLES - 1));
      const read = readSync(fd, buffer, 0, SAMPLE_BYTES, at);
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex').slice(0, 16);
}
