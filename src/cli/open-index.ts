/** Opening a fact-check index for the CLI: a store that cannot be used becomes one line, exit 1. */
import type { FactCheckIndex } from '../evidence/matching/fact-check-index.ts';
import { StoreError } from '../store/store-error.ts';
import { CliError } from './cli-error.ts';

/** Opens the index at `path` (read-only for matching), turning a StoreError into a CliError. */
export async function openIndexOrExplain(path: string, readonly: boolean): Promise<FactCheckIndex> {
  const { openFactCheckIndex } = await import('../evidence/matching/fact-check-index.ts');
  try {
    return await openFactCheckIndex(path, { readonly });
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  }
}
