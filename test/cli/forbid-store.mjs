// Preloaded with --import by the start-up test: loading the fact-check store or the collection
// readers fails loudly, so a plain analysis that pulls them in by accident cannot pass unnoticed.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'kysely' || specifier === 'better-sqlite3' || specifier.startsWith('csv-parse')) throw new Error('forbidden import of ' + specifier);
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
