/** The error for an encoder folder that cannot be used; the CLI turns it into exit code 2. */

/**
 * Thrown when a sentence-encoder folder is missing, incomplete, not a sentence encoder, or has no
 * matching trained models. The message is one line naming the folder, what is wrong and the fix.
 */
export class EncoderError extends Error {
  override readonly name = 'EncoderError';
}
