/**
 * `--facts`, `--date`, `--claims` and `--top` on `analyze`: the fact base and the fact-check index
 * are loaded once, before any input is read, and every analysis of the run (one text, the units
 * file, or each document of a docs file) is judged against the facts and matched to the index
 * (with `--encoder`, by the claim re-ranker trained for the encoder).
 */
import type { SentenceEncoder } from '../encoder/load-encoder.ts';
import type { FactCheckIndex } from '../evidence/matching/fact-check-index.ts';
import type { Analysis } from '../model/analysis-schema.ts';
import { explainDamagedIndex } from './damaged-index.ts';
import type { Analyzers } from './encoder-option.ts';
import type { CliIo } from './analyze-command.ts';
import type { CliOptions } from './options.ts';

/** The run's analyzers with evidence added, how many evidence records were skipped, and a way to release the index. */
export interface EvidenceRun {
  readonly analyzers: Analyzers;
  readonly skipped: number;
  close(): Promise<void>;
}

type Attacher = (analysis: Analysis, index: FactCheckIndex, top: number) => Promise<Analysis>;

/** Attaches earlier fact-checks with the shipped re-ranker, or with the encoder's when there is one. */
async function matchAttacher(encoder: SentenceEncoder | null): Promise<Attacher> {
  if (encoder === null) {
    const { attachMatches } = await import('../evidence/attach-matches.ts');
    return (analysis, index, top) => attachMatches(analysis, index, { top });
  }
  const { attachMatchesWithEncoder } = await import('../encoder/match-with-encoder.ts');
  return (analysis, index, top) => attachMatchesWithEncoder(analysis, index, { top, encoder });
}

/** Wraps `analyzers` so each analysis carries verdicts and earlier fact-checks, when the options ask for them. */
export async function withEvidence(analyzers: Analyzers, options: CliOptions, io: CliIo): Promise<EvidenceRun> {
  if (options.facts === null && options.claims.length === 0) return { analyzers, skipped: 0, close: async () => {} };
  // Loaded only when asked for: the readers and the store are not part of a plain analysis.
  const [{ loadFactBase }, { loadClaims }] = await Promise.all([import('./fact-base-input.ts'), import('./claims-input.ts')]);
  const factBase = options.facts === null ? null : await loadFactBase(options.facts, io.stderr);
  const claims = options.claims.length === 0 ? null : await loadClaims(options.claims, io.stderr);
  const evidence = { facts: factBase?.facts ?? [], textDate: options.date };
  const index: FactCheckIndex | null = claims?.index ?? null;
  const attach = await matchAttacher(analyzers.encoder);
  const withMatches = async (analysis: ReturnType<Analyzers['text']>): Promise<Awaited<ReturnType<Analyzers['text']>>> =>
    index === null ? await analysis : await attach(await analysis, index, options.top).catch((error: unknown) => Promise.reject(explainDamagedIndex(error, index.path)));
  return {
    analyzers: {
      // A document's own date (docs mode) wins over --date.
      text: (text, rest) => withMatches(analyzers.text(text, { ...evidence, ...rest })),
      units: (units, rest) => withMatches(analyzers.units(units, { ...evidence, ...rest })),
      encoder: analyzers.encoder,
    },
    skipped: (factBase?.skipped ?? 0) + (claims?.reported ?? 0),
    close: async () => {
      if (index === null) return;
      const { closeFactCheckIndex } = await import('../evidence/matching/fact-check-index.ts');
      await closeFactCheckIndex(index);
    },
  };
}
