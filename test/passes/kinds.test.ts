import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import type { Cue, Kind } from '../../src/model/analysis-schema.ts';
import { parseInput } from '../../src/parse/parse-input.ts';
import { RULE_PIPELINE } from '../../src/pipeline/rule-presets.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';

function kinds(text: string): { text: string; kind: Kind }[] {
  return analyze(text, { format: 'text' }).units.map((u) => ({ text: u.text, kind: u.kind }));
}

/** The rule decision and its cues (the learned fact/opinion pass may overwrite both in analyze()). */
function kindCues(text: string): { kind: Kind; cues: Cue[] }[] {
  return runPipeline(parseInput(text, 'text'), null, RULE_PIPELINE).units.map((u) => ({ kind: u.kind, cues: u.cues.kind }));
}

test('reads a sentence ending in "?" as a question', () => {
  assert.deepEqual(kindCues('Is the new tram line worth the money?'), [
    { kind: 'question', cues: [{ source: 'pattern', text: 'ends with "?"', weight: 1 }] },
  ]);
});

test('reads "should" as a recommendation, citing the obligation', () => {
  assert.deepEqual(kindCues('Cities should fund buses before trams.'), [
    { kind: 'recommendation', cues: [{ source: 'feature', text: 'obligation "should"', weight: 2 }] },
  ]);
});

test('reads a sentence that opens with a bare verb as a recommendation', () => {
  assert.deepEqual(kindCues('Cut the permit fees for small shops.'), [
    { kind: 'recommendation', cues: [{ source: 'feature', text: 'opens with the command "Cut"', weight: 1.8 }] },
  ]);
});

test('reads "Stop …" and "Don\'t …" commands as recommendations', () => {
  assert.deepEqual(kinds("Stop building car parks in the centre. Don't waste money on the stadium."), [
    { text: 'Stop building car parks in the centre.', kind: 'recommendation' },
    { text: "Don't waste money on the stadium.", kind: 'recommendation' },
  ]);
});

test('reads "will" as a prediction', () => {
  assert.deepEqual(kindCues('The ferry will stop running in winter.'), [
    { kind: 'prediction', cues: [{ source: 'feature', text: 'future "will"', weight: 1.6 }] },
  ]);
});

test('adds the hedge of a hedged forecast to the prediction', () => {
  assert.deepEqual(kindCues('Fares will probably double by spring.'), [
    {
      kind: 'prediction',
      cues: [
        { source: 'feature', text: 'future "will"', weight: 1.6 },
        { source: 'feature', text: 'hedged forecast (probable)', weight: 0.3 },
      ],
    },
  ]);
});

test('reads a past statement with a figure and a year as a fact, citing them', () => {
  assert.deepEqual(kindCues('The council spent $2 million on the bridge in 2021.'), [
    {
      kind: 'fact',
      cues: [
        { source: 'feature', text: 'states a quantity', weight: 0.9 },
        { source: 'feature', text: 'states a time', weight: 0.6 },
        { source: 'feature', text: 'past tense', weight: 0.4 },
      ],
    },
  ]);
});

test('reads a sourced percentage as a fact', () => {
  assert.deepEqual(kinds('According to the census, 12% of residents commute by bike.'), [
    { text: 'According to the census, 12% of residents commute by bike.', kind: 'fact' },
  ]);
});

test('reads evaluative, loaded wording as an opinion', () => {
  assert.deepEqual(kinds('This is a terrible and shameful policy.'), [
    { text: 'This is a terrible and shameful policy.', kind: 'opinion' },
  ]);
});

test('reads an "I think" judgement as an opinion', () => {
  assert.deepEqual(kinds('I think the new design is far too expensive.'), [
    { text: 'I think the new design is far too expensive.', kind: 'opinion' },
  ]);
});

test('reads a verbless fragment as other', () => {
  assert.deepEqual(kindCues('Chapter one'), [
    { kind: 'other', cues: [{ source: 'pattern', text: 'no verb: a heading or fragment', weight: 1 }] },
  ]);
});

test('reads a unit of fewer than three words as other', () => {
  assert.deepEqual(kinds('Great work.'), [{ text: 'Great work.', kind: 'other' }]);
});

test('reads an obligation others are said to hold as a fact about them, not a recommendation', () => {
  assert.deepEqual(kindCues('The Greens think we ought to close the coal plants.'), [
    { kind: 'fact', cues: [{ source: 'feature', text: 'reports what someone else says or thinks: "Greens think"', weight: 0.5 }] },
  ]);
});

test('reads a forecast someone else made as a fact about what they said', () => {
  assert.deepEqual(kindCues('The council says the ferry will stop running in winter.'), [
    { kind: 'fact', cues: [{ source: 'feature', text: 'reporting or evidence word "says"', weight: 0.5 }] },
  ]);
});

test('reads "was going to" as a past plan, not a prediction', () => {
  assert.deepEqual(kindCues('The governor was going to bring back the mill jobs, and she failed.'), [
    { kind: 'fact', cues: [{ source: 'feature', text: 'past tense', weight: 0.4 }] },
  ]);
});

test('still reads the author\'s own "I think we ought to" as a recommendation', () => {
  assert.deepEqual(kindCues('I think we ought to close the coal plants.'), [
    { kind: 'recommendation', cues: [{ source: 'feature', text: 'obligation "ought to"', weight: 2 }] },
  ]);
});

test('reads "need to" in a relative clause as a description, not the author\'s recommendation', () => {
  assert.deepEqual(
    ['The withdrawal hands the Taliban all the ammunition the Taliban need to rally their fighters.', 'We need to rally our allies.', 'The city council needs to act.'].map(
      (text) => kindCues(text).map((u) => u.kind),
    ),
    [['fact'], ['recommendation'], ['recommendation']],
  );
});

test('reads the author\'s obligation after a wish for a thing as a recommendation: "wants a garden" reports no clause', () => {
  assert.deepEqual(kindCues('Everyone wants a bigger garden so planners must free more land.'), [
    { kind: 'recommendation', cues: [{ source: 'feature', text: 'obligation "must"', weight: 2 }] },
  ]);
  // A wished clause is still a report, a fact about the unions.
  assert.deepEqual(kindCues('The unions want the council to ban cars.'), [
    { kind: 'fact', cues: [{ source: 'feature', text: 'reports what someone else says or thinks: "unions want"', weight: 0.5 }] },
  ]);
});

test('an opening adverbial before "the council needs to" leaves the need the author\'s; a relative after "that" is still a relative', () => {
  assert.deepEqual(
    [
      'At the end of the day the council needs to act.',
      'To fix the roads the council needs to raise taxes.',
      'Given the crisis the council needs to act.',
      'With so many people out of work the government needs to act.',
      'She knows that the town lacks the money the council has to spend.',
    ].map((text) => kindCues(text).map((u) => u.kind)),
    [['recommendation'], ['recommendation'], ['recommendation'], ['recommendation'], ['opinion']],
  );
});

test('a short sentence whose verb wink tags as a noun is a claim, not a fragment', () => {
  // wink reads "causes", "bans", "needs" and "talks" as nouns here; agreement with the noun before
  // them, and an object after, tells them from a compound (see missed-verb.ts).
  for (const text of ['Smoking causes lung cancer.', 'The law bans smoking in bars.', 'Absolutely no one needs a $1,400 phone.', 'My opponent talks about fiscal sanity.', 'Many people drive because of this.', "I'm a big proponent."]) {
    const [unit] = kindCues(text);
    assert.ok(unit !== undefined && unit.kind !== 'other', `${text} read as ${JSON.stringify(unit)}`);
  }
  // Compounds stay fragments: a plural after a singular with no object after it, a singular in -s.
  for (const text of ['Tax cuts for the rich.', 'Term limits for members of the US Congress.', 'Health care, schools and roads.', 'News release from the ministry.', 'Physics lecture notes.']) {
    assert.deepEqual(kindCues(text).map((u) => u.kind), ['other'], text);
  }
  // Headings and captions (no sentence punctuation) stay fragments however their nouns agree.
  for (const text of ['Jobs report for March', 'Farmers market hours and location', 'Student loans forgiveness plan', 'Photos courtesy of the city council']) {
    assert.deepEqual(kindCues(text).map((u) => u.kind), ['other'], text);
  }
  const [heading] = analyze('## Sales tax rates by county.\n\nThe council should cut the rates because shops are closing.', { format: 'markdown' }).units;
  assert.equal(heading?.kind, 'other');
});
