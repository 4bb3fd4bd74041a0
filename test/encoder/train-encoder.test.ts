import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainForEncoder } from '../../scripts/learning/train-encoder.ts';

/** Runs the command with console.error captured. */
async function run(args: string[]): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (message: string) => errors.push(message);
  try {
    return { code: await trainForEncoder(args), errors };
  } finally {
    console.error = original;
  }
}

test('npm run train -- --encoder needs a folder', async () => {
  assert.deepEqual(await run(['--encoder']), { code: 2, errors: ['train: --encoder needs a folder; usage: npm run train -- --encoder DIR [--measure] [checkworthiness] [claim-matching]'] });
  assert.equal((await run(['--encoder', '--measure'])).code, 2);
});

test('npm run train -- --encoder names a missing folder before looking for data', async () => {
  const { code, errors } = await run(['--encoder', '/no/such/encoder']);
  assert.equal(code, 2);
  assert.match(errors[0] ?? '', /^train: encoder folder \/no\/such\/encoder does not exist; /);
});
