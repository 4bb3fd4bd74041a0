/**
 * A claim re-ranker for a tiny test encoder, trained through the real training code
 * (scripts/tasks/claim-matching-encoder.ts) on a few hand-written fact-checks and posts, not the
 * shared data.
 */
import type { SentenceEncoder } from '../../src/encoder/load-encoder.ts';
import type { EncoderModelFile } from '../../src/encoder/variant-models.ts';
import { writeVariantModels } from '../../src/encoder/variant-models.ts';
import type { FactCheckIndex } from '../../src/evidence/matching/fact-check-index.ts';
import { closeFactCheckIndex, indexFactChecks, openFactCheckIndex } from '../../src/evidence/matching/fact-check-index.ts';
import type { FactCheck } from '../../src/model/evidence-schema.ts';
import type { ClaimQuery } from '../../scripts/tasks/claim-matching-data.ts';
import { trainClaimMatchVariant } from '../../scripts/tasks/claim-matching-encoder.ts';

const fc = (id: string, claim: string, title: string | null): FactCheck => ({ id, claim, title, verdict: 'False', url: `https://checks.example/${id}`, date: null, author: null });

/** Fact-checks in pairs that share words, so the re-ranker has near misses to learn from. */
export const COLLECTION: readonly FactCheck[] = [
  fc('tax-rise', 'Taxes on the middle class rose by 12 percent last year.', 'Did Middle-Class Taxes Rise 12 Percent?'),
  fc('tax-cut', 'The government cut taxes for the rich by 12 percent.', 'Were Taxes Cut for the Rich?'),
  fc('jobs-fell', 'Unemployment fell to 5 percent in four years.', 'Did Unemployment Fall to 5 Percent?'),
  fc('jobs-lost', 'The country lost a million jobs in one year.', 'Were a Million Jobs Lost?'),
  fc('war-cost', 'The war cost 6 trillion dollars in the Middle East.', 'Did the War Cost 6 Trillion Dollars?'),
  fc('war-ended', 'The government ended the war in the Middle East last year.', null),
  fc('health-doubled', 'Health care costs doubled over the last decade.', 'Did Health Care Costs Double?'),
  fc('health-cut', 'The government cut health care spending by a billion dollars.', 'Health care spending cut by a billion?'),
  fc('deficit', 'The deficit grew to 900 billion dollars in 2019.', 'Did the Deficit Grow to 900 Billion?'),
  fc('deficit-fell', 'The deficit fell by 900 billion dollars in 2019.', 'The Deficit Fell in 2019'),
];

const query = (id: string, text: string, relevant: string): ClaimQuery => ({ id, text, relevant: new Set([relevant]) });

/** Posts and the fact-check of each. */
export const QUERIES: readonly ClaimQuery[] = [
  query('q1', 'Middle class taxes rose 12 percent last year, unbelievable', 'tax-rise'),
  query('q2', 'So they cut taxes for the rich again, by 12 percent', 'tax-cut'),
  query('q3', 'Unemployment fell to 5 percent, great news', 'jobs-fell'),
  query('q4', 'A million jobs lost in one year in this country', 'jobs-lost'),
  query('q5', '6 trillion dollars spent on the war in the Middle East', 'war-cost'),
  query('q6', 'They ended the war in the Middle East last year', 'war-ended'),
  query('q7', 'Health care costs have doubled in a decade', 'health-doubled'),
  query('q8', 'Health care spending cut by a billion dollars by the government', 'health-cut'),
  query('q9', 'The deficit grew to 900 billion in 2019', 'deficit'),
  query('q10', 'The deficit fell by 900 billion dollars in 2019!', 'deficit-fell'),
];

/** The collection in a fresh in-memory index; the caller closes it. */
export async function collectionIndex(): Promise<FactCheckIndex> {
  const index = await openFactCheckIndex(':memory:');
  await indexFactChecks(index, COLLECTION);
  return index;
}

/** Trains the claim re-ranker for `encoder` and writes it into its folder, as `npm run train -- --encoder` does. */
export async function trainTinyClaimMatcher(encoder: SentenceEncoder): Promise<EncoderModelFile> {
  const index = await collectionIndex();
  try {
    const { file } = await trainClaimMatchVariant(encoder, { index, train: QUERIES, dev: null, data: ['hand-written'], licence: 'test sentences' });
    writeVariantModels(encoder.dir, { 'claim-match': file });
    return file;
  } finally {
    await closeFactCheckIndex(index);
  }
}
