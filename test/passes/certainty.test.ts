import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { judgeCertainty } from '../../src/passes/certainty.ts';

function certainty(sentence: string): ReturnType<typeof judgeCertainty> {
  const { tokens } = tokenize(sentence);
  return judgeCertainty(tokens, 0, tokens.length, sentence);
}

test('reads a sentence with no hedge as certain, saying it was stated flatly', () => {
  assert.deepEqual(certainty('The river flooded the valley.'), {
    level: 'certain',
    cues: [{ source: 'default', text: 'no hedge: stated flatly', weight: 0 }],
  });
});

test('reads a booster such as "clearly" as certain, with the booster as its cue', () => {
  assert.deepEqual(certainty('Clearly, the policy failed.'), {
    level: 'certain',
    cues: [{ source: 'lexicon', text: 'certain: "Clearly"', weight: 1 }],
  });
});

test('reads "will almost certainly" as probable, not certain', () => {
  assert.deepEqual(certainty('The council will almost certainly raise fees.'), {
    level: 'probable',
    cues: [{ source: 'lexicon', text: 'probable: "almost certainly"', weight: 0.6 }],
  });
});

test('reads "I think" as probable', () => {
  assert.deepEqual(certainty('I think the fares are too high.'), {
    level: 'probable',
    cues: [{ source: 'lexicon', text: 'probable: "I think"', weight: 0.6 }],
  });
});

test('reads the modal "may" as possible but not "May" the month', () => {
  assert.deepEqual(certainty('Prices may rise in May.'), {
    level: 'possible',
    cues: [{ source: 'lexicon', text: 'possible: "may"', weight: 0.3 }],
  });
});

test('keeps every hedge of a sentence as a cue', () => {
  assert.deepEqual(certainty('The plan might not work, but it could help.'), {
    level: 'possible',
    cues: [
      { source: 'lexicon', text: 'possible: "might"', weight: 0.3 },
      { source: 'lexicon', text: 'possible: "could"', weight: 0.3 },
    ],
  });
});

test('reads "reportedly" as uncertain', () => {
  assert.deepEqual(certainty('Reportedly, the mayor resigned.'), {
    level: 'uncertain',
    cues: [{ source: 'lexicon', text: 'uncertain: "Reportedly"', weight: -0.5 }],
  });
});

test('lets the weakest cue set the level: "it seems" with "could" is uncertain', () => {
  assert.deepEqual(certainty('It seems the plan could fail.'), {
    level: 'uncertain',
    cues: [
      { source: 'lexicon', text: 'uncertain: "It seems"', weight: -0.5 },
      { source: 'lexicon', text: 'possible: "could"', weight: 0.3 },
    ],
  });
});

test('reads only the tokens it is given', () => {
  const sentence = 'Reportedly, the mayor resigned. The river flooded.';
  const { tokens } = tokenize(sentence);
  const second = tokens.findIndex((t) => t.value === 'The');
  assert.equal(judgeCertainty(tokens, second, tokens.length, sentence).level, 'certain');
});

test('"how many" asks a number and hedges nothing; "many" on its own still hedges', () => {
  assert.equal(certainty('How many have actually been built?').level, 'certain');
  assert.equal(certainty('Many of them have been built.').level, 'probable');
});
