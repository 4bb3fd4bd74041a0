/** Writes schema/analysis.schema.json from the zod schema (`npm run schema`); a test keeps it current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { analysisJsonSchema } from '../src/model/json-schema.ts';

const target = new URL('../schema/analysis.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
