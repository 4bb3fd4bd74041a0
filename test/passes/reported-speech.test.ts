import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { attribution, pastFuture } from '../../src/passes/reported-speech.ts';
import { unitFeatures } from '../../src/passes/unit-features.ts';

/** The features that say whose words a sentence's directive, forecast or opinion is. */
function voice(text: string): { obligation: string | null; future: string | null; imperative: string | null; opinionMarker: string | null; attribution: string | null } {
  const { tokens } = tokenize(text);
  const f = unitFeatures(tokens, { first: 0, end: tokens.length }, 0);
  return { obligation: f.obligation, future: f.future, imperative: f.imperative, opinionMarker: f.opinionMarker, attribution: f.attribution };
}

const none = { obligation: null, future: null, imperative: null, opinionMarker: null, attribution: null };

test('an obligation that others are said to think is theirs, not the author\'s', () => {
  assert.deepEqual(voice('The Greens and the Liberals think we ought to close the coal plants.'), { ...none, attribution: 'Liberals think' });
});

test('an obligation inside what someone said is reported, with or without "that"', () => {
  assert.deepEqual(
    [voice('The old commander said you have to divide the enemy.'), voice('The old commander said that you have to divide the enemy.')],
    [
      { ...none, attribution: 'commander said' },
      { ...none, attribution: 'commander said' },
    ],
  );
});

test('a clause with "you" or "I" inside someone\'s report is still theirs', () => {
  assert.deepEqual(voice('The old commander said if you want to win you have to divide the enemy.'), { ...none, attribution: 'commander said' });
});

test('"wants to" and "promised to" state an intention, not a report: a later "should" is the author\'s', () => {
  assert.deepEqual(
    [voice('If the council wants to cut my budget, it should at least read it.'), voice('The mayor promised to reopen the pool, and she should.')],
    [
      { ...none, obligation: 'should' },
      { ...none, obligation: 'should' },
    ],
  );
});

test('a report still counts past auxiliaries, negation and adverbs before the verb', () => {
  assert.deepEqual(
    [voice('The mayor has long argued that the city must sell the depot.'), voice('The mayor did not say the depot must close.')],
    [
      { ...none, attribution: 'mayor has long argued' },
      { ...none, attribution: 'mayor did not say' },
    ],
  );
});

test('a forecast someone else makes is reported, not predicted', () => {
  assert.deepEqual(voice('The council says the ferry will stop running in winter.'), { ...none, attribution: 'council says' });
});

test('an obligation under a relative pronoun is the people\'s it stands for', () => {
  assert.deepEqual(voice('Farmers who believe we should drain the marsh came to the meeting.'), { ...none, attribution: 'who believe' });
});

test('"according to" attributes the clause it introduces, even after a comma and "we"', () => {
  assert.deepEqual(voice('According to the survey, we should expect more floods.'), { ...none, attribution: 'According to' });
});

test('a command followed by "he said" is quoted, not given', () => {
  assert.deepEqual(
    [voice('"Cut the fares now," he said.'), voice('We must cut the fares, the minister said on Monday.'), voice('"We will win," said Smith.')],
    [
      { ...none, attribution: 'he said' },
      { ...none, attribution: 'minister said' },
      { ...none, attribution: 'said Smith' },
    ],
  );
});

test('a hyphen or an adjective before a closing verb of saying makes no reporting clause', () => {
  assert.deepEqual(voice('We need to seal the core - below ground level - and keep a heavy - heavy vacuum added.'), { ...none, obligation: 'need to' });
});

test('a verb with an object after a comma is no reporting clause: what comes before it stays the author\'s', () => {
  // "want it" wishes for a thing and reports no clause at all (see the "want" tests below); "told us" reports, but not the words before it.
  assert.deepEqual(
    [voice('The ferry will stop running, because the owners want it.'), voice('The ferry will stop running, because the owners told us.')],
    [
      { ...none, future: 'will' },
      { ...none, future: 'will', attribution: 'owners told' },
    ],
  );
});

test('the author\'s own "I think we ought to", "we have to" and "I believe" stay the author\'s', () => {
  assert.deepEqual(
    [voice('I think we ought to raise the wage.'), voice('We have to cut the deficit.'), voice('I believe the plan will fail.'), voice('I said we must act.')],
    [
      { ...none, obligation: 'ought to', opinionMarker: 'I think' },
      { ...none, obligation: 'have to' },
      { ...none, future: 'will', opinionMarker: 'I believe' },
      { ...none, obligation: 'must' },
    ],
  );
});

test('"we who believe" is the author speaking', () => {
  assert.deepEqual(voice('We who believe in the town must stand together.'), { ...none, obligation: 'must' });
});

test('"but" answers a report in the author\'s voice, "but that" carries it on', () => {
  assert.deepEqual(
    [voice('Many believe we must tax the middle class more, but the truth is the middle class pays enough.'), voice('The board said the pool is safe but that we should close it.')],
    [
      { ...none, opinionMarker: 'the truth is', attribution: 'Many believe' },
      { ...none, attribution: 'board said' },
    ],
  );
});

test('"believe in" and "think of" are thoughts about something, not reports of a clause', () => {
  assert.deepEqual(voice('The nations who believe in force should face sanctions.'), { ...none, obligation: 'should' });
});

test('a report inside an "if" or "when" clause ends with that clause: the main clause is the author\'s', () => {
  assert.deepEqual(
    [voice('If the council says we must close the library, it should at least read the budget.'), voice('When the mayor says we must wait, she means never.')],
    [
      { ...none, obligation: 'should', attribution: 'council says' },
      { ...none, attribution: 'mayor says' },
    ],
  );
});

test('a new clause of the author\'s after a report is the author\'s again', () => {
  assert.deepEqual(
    [voice('As the founder said, we must keep the library open.'), voice('The board said no, and we must respect that.'), voice('The unions want the council to wait, so let\'s pass the budget.')],
    [
      { ...none, obligation: 'must', attribution: 'founder said' },
      { ...none, obligation: 'must', attribution: 'board said' },
      { ...none, obligation: "let's", attribution: 'unions want' },
    ],
  );
});

test('a plain command, obligation and forecast are unchanged', () => {
  assert.deepEqual(
    [voice('Cut the permit fees for small shops.'), voice('Cities should fund buses before trams.'), voice('Prices are going to rise next year.')],
    [
      { ...none, imperative: 'Cut' },
      { ...none, obligation: 'should' },
      { ...none, future: 'going to' },
    ],
  );
});

test('"was going to" and "were about to" tell of a past plan, not a forecast', () => {
  assert.deepEqual(
    [voice('The governor was going to bring back the mill jobs, and she failed.'), voice('They were not going to win the seat.'), voice('The governor is going to bring back the mill jobs.')],
    [none, none, { ...none, future: 'going to' }],
  );
});

test('pastFuture reads the form of "be" before the future phrase, past adverbs and "not"', () => {
  const { tokens } = tokenize('They were all not going to vote, and she is going to vote.');
  const range = { first: 0, end: tokens.length };
  const goings = tokens.flatMap((t, i) => (t.normal === 'going' ? [i] : []));
  assert.deepEqual(
    goings.map((i) => pastFuture(tokens, range, i)),
    [true, false],
  );
});

test('attribution names no reporter and reports nothing in a sentence of the author\'s', () => {
  const { tokens } = tokenize('I think we should build the bridge.');
  const found = attribution(tokens, { first: 0, end: tokens.length });
  assert.deepEqual({ reporter: found.reporter, reported: tokens.map((_, i) => found.reported(i)).some(Boolean) }, { reporter: null, reported: false });
});

test('what the addressee said or thinks is theirs; a "you have to" with no report stays a directive', () => {
  assert.deepEqual(
    [voice('Senator, you said we should cut the fares.'), voice('You think the ferry will stop running?'), voice('You have to cut the fares.')],
    [
      { ...none, attribution: 'you said' },
      { ...none, attribution: 'You think' },
      { ...none, obligation: 'have to' },
    ],
  );
});

test('"want" with a plain object wishes for a thing and reports nothing', () => {
  assert.deepEqual(
    [
      voice('Everyone wants a bigger garden.'),
      voice("You'll want the S9 if you shoot at night."),
      voice('Nobody wants gridlock, so let\'s pass the budget.'),
      voice('What they want is a ban on cars.'),
      voice('They want money to the schools.'),
    ],
    [
      none,
      { ...none, future: "'ll" },
      { ...none, obligation: "let's" },
      none,
      none,
    ],
  );
});

test('"want" with an object and an infinitive or participle reports the wish, and what lies in it', () => {
  assert.deepEqual(
    [
      voice('She wants us to leave.'),
      voice('They want the ferry to stop.'),
      voice('They want the people of Kabul to decide.'),
      voice('She wants it done by Friday.'),
      voice('The unions want the council to say we must strike.'),
    ],
    [
      { ...none, attribution: 'She wants' },
      { ...none, attribution: 'They want' },
      { ...none, attribution: 'They want' },
      { ...none, attribution: 'She wants' },
      { ...none, attribution: 'unions want' },
    ],
  );
});

test('a past tense with its own object after "want …" is the clause the wish sits in, not a wished participle', () => {
  assert.deepEqual(voice('Voters who want lower taxes elected him so the council must cut spending.'), { ...none, obligation: 'must' });
});

test('a pronoun after the object of "want" starts a relative clause, not the wished clause', () => {
  assert.deepEqual(voice('They want everything he promised.'), { ...none, attribution: 'he promised' });
});

test('"need to" in a relative clause without "that" is its subject\'s need, not the author\'s obligation', () => {
  assert.deepEqual(
    [
      voice('The withdrawal hands the Taliban all the ammunition the Taliban need to rally their fighters.'),
      voice('The town has the tools the builders need to finish the bridge.'),
      voice('We lack the money the council has to spend.'),
      voice('We have everything the council needs to fix the roads.'),
      voice('The council has the power it needs to act, and it should.'),
    ],
    [none, none, none, none, { ...none, obligation: 'should' }],
  );
});

test('"need to" stays an obligation in a main clause, after an opening adverbial, and in sentences that assert the need', () => {
  assert.deepEqual(
    [
      voice('We need to rally our allies.'),
      voice('The city council needs to act.'),
      voice('This time we need to act.'),
      voice('In the end the Taliban need to rally.'),
      voice('After the vote the council needs to act.'),
      voice('When the storm hits the town the council needs to act.'),
      voice('This is the reform we need to pass.'),
      voice('That is the reform the country needs to pass.'),
      voice('I think the first thing the council needs to do is fix the roads.'),
      voice('I told the crowd the council needs to act.'),
    ],
    [
      { ...none, obligation: 'need to' },
      { ...none, obligation: 'needs to' },
      { ...none, obligation: 'need to' },
      { ...none, obligation: 'need to' },
      { ...none, obligation: 'needs to' },
      { ...none, obligation: 'needs to' },
      { ...none, obligation: 'need to' },
      { ...none, obligation: 'needs to' },
      { ...none, obligation: 'needs to', opinionMarker: 'I think' },
      { ...none, obligation: 'needs to' },
    ],
  );
});
