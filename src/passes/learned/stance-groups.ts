/** The feature groups of the shipped stance model; training (scripts/tasks/stance.ts) and the pass share them. */
import type { StanceGroups } from '../../learn/stance-features.ts';

/**
 * Stance toward any target: the unit's rule annotations (wink's sentiment among them), the words
 * around the target with the target masked, and word polarity near it and apart. No bag of words
 * or character n-grams: trained on 25 debate topics they learn the topics, not the stance (on
 * claims about unseen topics they score no better, and on tweets about unseen targets worse).
 */
export const STANCE_GROUPS: StanceGroups = Object.freeze({
  unit: Object.freeze({ words: false, bigrams: false, charNgrams: [], pos: false, rules: true, position: false, neighbours: false }),
  targetContext: true,
  window: 3,
  hashtagChars: [],
  polarity: true,
  textChars: [],
  trigrams: false,
  lexicon: true,
});
