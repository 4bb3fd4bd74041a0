/** The feature groups each learned decision was trained with; training and inference share them. */
import type { FeatureGroups } from '../../learn/unit-feature-set.ts';

/** Hedges: the words themselves matter most; character n-grams catch "-ly" adverbs and modal forms. */
export const CERTAINTY_GROUPS: FeatureGroups = Object.freeze({
  words: true,
  bigrams: true,
  charNgrams: [],
  pos: true,
  rules: true,
  position: false,
  neighbours: false,
  wordVectors: 0,
});
