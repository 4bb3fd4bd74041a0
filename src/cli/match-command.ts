/**
 * `argscope match --claims CLAIMS --input QUERIES.jsonl [--top K] [--encoder DIR]`: for each query
 * line `{"id", "text"}`, one JSONL line `{"id", "matches": [{id, score, claim, verdict, url}]}`,
 * best first. Queries stream (one line in memory at a time); CLAIMS is an index file from
 * `argscope index` or collection files indexed in memory for this run. With `--encoder`, the
 * candidates are ordered by the claim re-ranker trained for that encoder.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { FactCheckIndex } from '../evidence/matching/fact-check-index.ts';
import { closeFactCheckIndex, factCheckCount } from '../evidence/matching/fact-check-index.ts';
import type { MatchOptions } from '../evidence/matching/match-claims.ts';
import { matchClaims, matchDefaults } from '../evidence/matching/match-claims.ts';
import type { ClaimMatch } from '../model/evidence-schema.ts';
import type { CliIo } from './analyze-command.ts';
import { CliError } from './cli-error.ts';
import { CountProgress } from './count-progress.ts';
import { explainDamagedIndex } from './damaged-index.ts';
import type { MatchCommandOptions } from './evidence-options.ts';
import { readLines } from './jsonl-lines.ts';
import { parseLine } from './jsonl-records.ts';
import { openOutput } from './output.ts';
import { checkReadable } from './check-readable.ts';
import { refuseOverwrite } from './refuse-overwrite.ts';
import { loadClaims } from './claims-input.ts';
import { reportEmptyInput } from './empty-input.ts';
import { loadEncoderFor } from './load-encoder-for.ts';

/** One query line. */
export const QueryLineSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }),
  text: z.string().refine((t) => t.trim() !== '', 'is empty'),
});

type QueryLine = z.infer<typeof QueryLineSchema>;

async function openQueries(file: string, io: CliIo): Promise<Readable> {
  if (file === '-') return io.stdin;
  await checkReadable(file, 'a JSONL file of queries (or - for standard input)');
  return createReadStream(file);
}

type Matcher = (index: FactCheckIndex, queries: readonly string[], options: Pick<MatchOptions, 'top' | 'candidates'>) => Promise<ClaimMatch[][]>;

/**
 * The shipped matcher, or with `--encoder` the encoder's (loaded with its claim re-ranker now, so
 * a bad folder stops the run before the collection is read).
 */
async function matcherFor(encoderDir: string | null): Promise<Matcher> {
  if (encoderDir === null) return matchClaims;
  const encoder = await loadEncoderFor(encoderDir, { units: false, claims: true });
  const { matchClaimsWithEncoder } = await import('../encoder/match-with-encoder.ts');
  return (index, queries, options) => matchClaimsWithEncoder(index, queries, { ...options, encoder });
}

/** Runs `match`; returns the exit code (1 when query lines or collection records were skipped). */
export async function runMatch(options: MatchCommandOptions, io: CliIo): Promise<number> {
  await refuseOverwrite(options.out, [options.input, ...options.claims]);
  const queries = await openQueries(options.input, io);
  const match = await matcherFor(options.encoder);
  const { index, reported: claimProblems } = await loadClaims(options.claims, io.stderr);
  const inputName = options.input === '-' ? 'standard input' : options.input;
  let skipped = 0;
  try {
    if ((await factCheckCount(index)) === 0) throw new CliError(`no fact-checks to match against in ${options.claims.join(', ')}`);
    const output = await openOutput(options.out, io.stdout);
    const progress = new CountProgress(io.stderr, options.progress, 'queries matched');
    for await (const line of readLines(queries, options.maxSize)) {
      const parsed = parseLine<QueryLine>(line, QueryLineSchema, options.maxSize, 'a query is a post or a claim, not a document');
      if ('problem' in parsed) {
        io.stderr.write(`argscope: ${inputName} line ${parsed.number}: ${parsed.problem}; line skipped\n`);
        skipped += 1;
        continue;
      }
      // The re-ranker orders the full-text candidates, so asking for more matches needs more candidates.
      const [matches] = await match(index, [parsed.record.text], { top: options.top, candidates: Math.max(matchDefaults.candidates, options.top) });
      await output.write(`${JSON.stringify({ id: String(parsed.record.id), matches: matches ?? [] })}\n`);
      progress.add();
    }
    await output.close();
    if (options.progress || skipped > 0) {
      const skippedText = skipped > 0 ? `, ${skipped} line${skipped === 1 ? '' : 's'} skipped (see above)` : '';
      io.stderr.write(`argscope: done: ${progress.total.toLocaleString('en-US')} ${progress.total === 1 ? 'query' : 'queries'} matched in ${progress.seconds().toFixed(1)} s${skippedText}\n`);
    }
    if (progress.total === 0 && skipped === 0) reportEmptyInput(io, options.input, 'queries', 'matched');
  } catch (error) {
    throw explainDamagedIndex(error, index.path);
  } finally {
    await closeFactCheckIndex(index);
  }
  return skipped + claimProblems > 0 ? 1 : 0;
}
