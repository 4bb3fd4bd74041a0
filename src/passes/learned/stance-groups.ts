/** The feature groups of the shipped stance model; training (scripts/tasks/stance.ts) and the pass share them. */
import type { StanceGroups } from '../../learn/stance-features.ts';

/**
 * Stance toward any target: the unit's rule annotations (wink's sentiment among them), the words
 * around the target with the target masked, word polarity near it and apart, and the mean GloVe
 * vector of its content words. No bag of words or character n-grams: trained on 25 debate topics
 * they learn the topics, not the stance (on claims about unseen topics they score no better, and
 * on tweets about unseen targets worse). The GloVe mean carries over where words do not: IBM claim
 * accuracy (topic-grouped CV) 0.639 → 0.651 and zero-shot SemEval F_avg 0.259 → 0.282 at scale 10;
 * every scale tried gained (1: 0.661/0.267, 2: 0.658/0.273, 3: 0.656/0.272, 5: 0.651/0.277,
 * 20: 0.659/0.281), and 10 (the square root of its dimensions) is the scale the transcript models use.
 */
export const STANCE_GROUPS: StanceGroups = Object.freeze({
  unit: Object.freeze({ words: false, bigrams: false, charNgrams: [], pos: false, rules: true, position: false, neighbours: false, wordVectors: 10 }),
  targetContext: true,
  window: 3,
  hashtagChars: [],
  polarity: true,
  textChars: [],
  trigrams: false,
  lexicon: true,
});
