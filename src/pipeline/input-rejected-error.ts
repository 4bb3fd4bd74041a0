/** The error `analyze()` throws for input it refuses as a whole. */

/** Thrown for input `analyze()` refuses as a whole (too large); the message names the fix. */
export class InputRejectedError extends Error {
  override readonly name = 'InputRejectedError';
}
