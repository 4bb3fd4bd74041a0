/** Sentence embeddings from token embeddings: the mean over real tokens, scaled to unit length. */

/**
 * Mean-pools `hidden` ([batch, sequence, dimension], row-major) over the positions where `mask`
 * ([batch, sequence]) is non-zero, then L2-normalises each row. Padding is left out of the mean,
 * so a text gets the same embedding however much its batch was padded. A row with no real token
 * (or all-zero vectors) stays all zeros rather than dividing by zero.
 */
export function meanPool(hidden: Float32Array, dims: readonly number[], mask: ArrayLike<number | bigint>): Float32Array[] {
  const [batch = 0, sequence = 0, dimension = 0] = dims;
  if (dims.length !== 3 || hidden.length !== batch * sequence * dimension || mask.length !== batch * sequence) {
    throw new Error(`meanPool: hidden state [${dims.join(', ')}] does not fit ${hidden.length} values and a mask of ${mask.length}`);
  }
  const rows: Float32Array[] = [];
  for (let b = 0; b < batch; b += 1) {
    // Sum in float64: thousands of tokens of float32 would lose digits.
    const sum = new Float64Array(dimension);
    for (let s = 0; s < sequence; s += 1) {
      if (Number(mask[b * sequence + s] ?? 0) === 0) continue;
      const offset = (b * sequence + s) * dimension;
      for (let d = 0; d < dimension; d += 1) sum[d] = (sum[d] ?? 0) + (hidden[offset + d] ?? 0);
    }
    // Dividing by the token count would not change the direction, and the norm removes the scale.
    let norm = 0;
    for (const v of sum) norm += v * v;
    norm = Math.sqrt(norm);
    rows.push(Float32Array.from(sum, (v) => (norm > 0 ? v / norm : 0)));
  }
  return rows;
}
