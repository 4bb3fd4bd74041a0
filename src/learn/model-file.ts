/**
 * Model files: a trained logistic model as JSON, with only its non-zero weights (base64 of
 * little-endian Uint32 slots and Float32 values), plus where it came from. Loading expands them
 * back into dense rows, which predict() reads fastest.
 */
import type { LogisticModel } from './logistic-regression.ts';

export const MODEL_FORMAT = 'argscope-logistic/1';

/** Where a model came from, for MODELS.md and for anyone who ships it. */
export interface ModelProvenance {
  readonly task: string;
  /** Data folders under ../shared/data the model was trained on. */
  readonly data: readonly string[];
  /** The data's licence as stated upstream. */
  readonly licence: string;
  /** The feature extractor's version: a model only works with the features it was trained on. */
  readonly features: string;
  /** Held-out scores measured when it was trained, by name. */
  readonly scores: Readonly<Record<string, number>>;
}

export interface ModelFile extends ModelProvenance {
  readonly format: typeof MODEL_FORMAT;
  readonly labels: readonly string[];
  readonly bits: number;
  readonly classes: readonly { readonly bias: number; readonly slots: string; readonly values: string }[];
}

function toBase64(array: Uint32Array | Float32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/**
 * A two-class softmax depends only on the difference of its two rows, so class 0 is stored as
 * zeros and class 1 as the difference: the same predictions in half the file.
 */
function folded(model: LogisticModel): { weights: readonly Float32Array[]; bias: readonly number[] } {
  if (model.weights.length !== 2) return { weights: model.weights, bias: [...model.bias] };
  const [zero, one] = model.weights as [Float32Array, Float32Array];
  const difference = one.map((w, slot) => w - (zero[slot] ?? 0));
  return { weights: [new Float32Array(zero.length), difference], bias: [0, (model.bias[1] ?? 0) - (model.bias[0] ?? 0)] };
}

/** Writes a model and its provenance as a JSON-ready object. */
export function saveModel(model: LogisticModel, provenance: ModelProvenance): ModelFile {
  const { weights, bias } = folded(model);
  return {
    format: MODEL_FORMAT,
    ...provenance,
    labels: model.labels,
    bits: model.bits,
    classes: weights.map((row, c) => {
      const slots: number[] = [];
      const values: number[] = [];
      row.forEach((value, slot) => {
        if (value !== 0) {
          slots.push(slot);
          values.push(value);
        }
      });
      return { bias: bias[c] ?? 0, slots: toBase64(Uint32Array.from(slots)), values: toBase64(Float32Array.from(values)) };
    }),
  };
}

/** Reads a model file back; throws if it is not one (a programmer error: model files ship with the code). */
export function loadModel(file: ModelFile): LogisticModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`not an argscope model file: format ${String(file.format)}`);
  const size = 2 ** file.bits;
  const weights = file.classes.map((entry) => {
    const row = new Float32Array(size);
    const slotBytes = Buffer.from(entry.slots, 'base64');
    const valueBytes = Buffer.from(entry.values, 'base64');
    const slots = new Uint32Array(slotBytes.buffer.slice(slotBytes.byteOffset, slotBytes.byteOffset + slotBytes.byteLength));
    const values = new Float32Array(valueBytes.buffer.slice(valueBytes.byteOffset, valueBytes.byteOffset + valueBytes.byteLength));
    slots.forEach((slot, k) => {
      row[slot] = values[k] ?? 0;
    });
    return row;
  });
  return { labels: file.labels, bits: file.bits, weights, bias: Float64Array.from(file.classes.map((c) => c.bias)) };
}
