/** A test fact: invented figures about a real place, so the gazetteer's containment applies. */
import type { Fact } from '../../src/model/evidence-schema.ts';

/** "About 12,100 refugees arrived in Bavaria in 2019", with a source that has a URL. */
export const BAVARIA_ARRIVALS: Fact = Object.freeze({
  id: 'arrivals-2019',
  statement: 'About 12,100 refugees arrived in Bavaria in 2019.',
  subject: 'refugee arrivals in Bavaria',
  value: 12100,
  unit: 'people',
  time: { from: '2019', to: '2019' },
  place: 'Bavaria',
  source: { title: 'Test fixture: arrivals', url: 'https://example.org/arrivals' },
  quote: null,
});
