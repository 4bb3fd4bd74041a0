// Preloaded with --import: resolving transformers.js fails as it does where the optional package
// is not installed, so the "install it" message can be tested on a machine that has it.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === '@huggingface/transformers') {
    const error = new Error("Cannot find package '@huggingface/transformers'");
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
