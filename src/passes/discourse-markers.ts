/**
 * Discourse markers by the move they signal. They drive unit splitting, concession detection and
 * the rule-based attachment of units; a learned model may replace each decision, the lists stay
 * as features.
 */
import { phraseTable } from '../nlp/phrases.ts';

export type MarkerFunction = 'support' | 'addition' | 'conclusion' | 'contrast' | 'concession' | 'undercut' | 'claim';

/**
 * Markers at or near the start of a unit. `support`: the unit is a reason for what came before;
 * `addition`: one more reason beside the one before; `conclusion`: what came before is a reason
 * for this unit; `contrast`: the unit opposes what came before; `concession`: the author grants
 * the other side a point; `undercut`: the unit denies that a reason supports its claim;
 * `claim`: the author flags their own position.
 */
export const MARKERS = phraseTable<MarkerFunction>({
  support: [
    'because', 'since', 'for example', 'for instance', 'e.g.', 'after all', 'indeed', 'in fact',
    'given that', 'the reason is', 'this is because', 'that is because', "that's because", 'due to',
    'as shown by', 'as evidenced by', 'for one thing', 'to illustrate', 'considering that', 'seeing that',
  ],
  addition: [
    'moreover', 'furthermore', 'also', 'in addition', 'besides', 'additionally', "what's more", 'plus',
    'on top of that', 'first', 'firstly', 'second', 'secondly', 'third', 'thirdly', 'finally', 'lastly',
    'not only', 'likewise', 'similarly', 'another reason', 'and',
  ],
  conclusion: [
    'therefore', 'thus', 'hence', 'so', 'consequently', 'as a result', 'that is why', "that's why",
    'which is why', 'this means', 'it follows that', 'in conclusion', 'to conclude', 'in short', 'in sum',
    'to sum up', 'overall', 'all in all', 'ultimately', 'for these reasons', 'accordingly',
  ],
  contrast: [
    'but', 'however', 'yet', 'on the other hand', 'nevertheless', 'nonetheless', 'still', 'in contrast',
    'conversely', 'on the contrary', 'instead', 'rather', 'whereas', 'even so', 'that said',
    'having said that', 'despite this', 'in reality', 'the truth is',
    'actually',
  ],
  concession: [
    'though', 'although', 'even though', 'while', 'whilst', 'admittedly', 'granted', 'of course',
    'to be fair', 'it is true that', "it's true that", 'true', 'sure', 'i admit', 'i concede',
    'i agree that', 'that is not to say', "that's not to say", 'this is not to say', 'not that',
    'some argue', 'some say', 'some people say', 'critics say', 'critics argue', 'opponents argue',
    'one might argue', 'it could be argued', 'it may be argued', 'even if',
    'i understand that', 'it may be that', 'despite',
  ],
  undercut: [
    'that does not mean', "that doesn't mean", 'this does not mean', "this doesn't mean",
    'does not follow', "doesn't follow", 'that is irrelevant', "that's irrelevant", 'beside the point',
    'is no reason', 'says nothing about', 'that proves nothing', 'does not prove', "doesn't prove",
  ],
  claim: [
    'i think', 'i believe', 'in my opinion', 'in my view', 'i feel', 'it seems to me', 'i am convinced',
    'i would argue', 'i argue', 'my point is', 'the point is', 'the bottom line is', 'the real question is', 'we believe', 'i am sure', 'we urge', 'i urge',
    'it is clear that', "it's clear that", 'clearly', 'obviously', 'the fact is',
  ],
});

/** How far into a unit (in tokens) an opening marker may sit: "1) But …", "And yet …", "Well, so …". */
export const OPENING_WINDOW = 3;
