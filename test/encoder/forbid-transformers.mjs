// Preloaded with --import by the start-up test: any attempt to load transformers.js or
// onnxruntime fails loudly, so a plain run that loads them by accident cannot pass unnoticed.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@huggingface/') || specifier.startsWith('onnxruntime')) throw new Error('forbidden import of ' + specifier);
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
