/**
 * Encoder-variant models for a tiny test encoder, trained through the real training code
 * (scripts/tasks/encoder-variants.ts) on a few hand-written debate sentences, not the shared data.
 */
import type { SentenceEncoder } from '../../src/encoder/load-encoder.ts';
import type { EncoderModelFile, UnitVariantTask } from '../../src/encoder/variant-models.ts';
import { writeVariantModels } from '../../src/encoder/variant-models.ts';
import type { Debate } from '../../scripts/tasks/checkworthiness-data.ts';
import { trainEncoderVariants } from '../../scripts/tasks/encoder-variants.ts';

/** ClaimBuster-style labels: 1 check-worthy factual claim, 0 unimportant fact, -1 not factual. */
export const TRAINING: Debate = {
  name: 'hand-written',
  sentences: [
    [1, 'Unemployment fell from 8 percent to 5 percent in four years.'],
    [1, 'We spent 6 trillion dollars on wars in the Middle East.'],
    [1, 'Taxes on the middle class rose by 12 percent last year.'],
    [1, 'The deficit grew to 900 billion dollars in 2019.'],
    [1, 'Crime in the country fell by 20 percent since 2010.'],
    [1, 'Health care costs doubled over the last decade.'],
    [0, 'I was in Ohio last week.'],
    [0, 'My father worked in a factory.'],
    [-1, 'I think this is a terrible idea.'],
    [-1, 'We should believe in our people.'],
    [-1, 'Thank you very much.'],
    [-1, 'What would you do about it?'],
    [-1, 'That is just wrong, and you know it.'],
    [-1, 'Good evening and welcome.'],
  ].map(([label, text]) => ({ text: text as string, speaker: 'SPEAKER', label: label as number, id: null })),
};

/** Trains both variants for `encoder` and writes them into its folder, as `npm run train -- --encoder` does. */
export async function trainTinyVariants(encoder: SentenceEncoder): Promise<Record<UnitVariantTask, EncoderModelFile>> {
  const files = await trainEncoderVariants(encoder, { clef: [], claimBuster: [TRAINING], data: ['hand-written'], licence: 'test sentences', measure: false });
  writeVariantModels(encoder.dir, files);
  return files;
}
