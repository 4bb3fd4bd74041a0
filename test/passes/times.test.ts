import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../src/nlp/tokenize.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { findTimes } from '../../src/passes/times.ts';

interface Found {
  readonly text: string;
  readonly from: string;
  readonly to: string;
}

/** The time expressions of one sentence, as the text they cover and their bounds. */
function times(sentence: string): Found[] {
  const { tokens } = tokenize(sentence);
  return findTimes(tokens, 0, tokens.length).map((match) => {
    const start = (tokens[match.first] as Token).start;
    const end = (tokens[match.end - 1] as Token).end;
    return { text: sentence.slice(start, end), from: match.from, to: match.to };
  });
}

test('reads a year after "in" as that year', () => {
  assert.deepEqual(times('The ordinance passed in 2021 and was repealed in 1998.'), [
    { text: '2021', from: '2021', to: '2021' },
    { text: '1998', from: '1998', to: '1998' },
  ]);
});

test('reads a bare year with no context word when punctuation follows it', () => {
  assert.deepEqual(times('The footbridge opened 1964, two years late.'), [{ text: '1964', from: '1964', to: '1964' }]);
});

test('reads "the 2025 budget" as a year that modifies a noun', () => {
  assert.deepEqual(times('The 2025 budget was cut twice.'), [{ text: '2025', from: '2025', to: '2025' }]);
});

test('does not read "1500 people" as a year', () => {
  assert.deepEqual(times('Over 1500 people attended the hearing.'), []);
});

test('does not read a four-digit count as a year after words that also introduce counts', () => {
  assert.deepEqual(times('More than 1500 people signed the petition.'), []);
  assert.deepEqual(times('A crowd of 1800 residents gathered outside.'), []);
  assert.deepEqual(times('Around 1200 troops were sent north.'), []);
  assert.deepEqual(times('Between 1500 and 2000 volunteers turned up.'), []);
});

test('does not read a number before a plural noun as a year', () => {
  assert.deepEqual(times('We have 2019 reasons to worry.'), []);
});

test("reads \"the '90s\" as the decade 1990 to 1999", () => {
  assert.deepEqual(times("Music from the '90s was better."), [{ text: "the '90s", from: '1990', to: '1999' }]);
});

test('reads "the 1970s" as the decade 1970 to 1979', () => {
  assert.deepEqual(times('Rents rose steadily through the 1970s.'), [{ text: 'the 1970s', from: '1970', to: '1979' }]);
});

test('reads "the early 2000s" as the first half of the decade, 2000 to 2004', () => {
  assert.deepEqual(times('Prices fell in the early 2000s.'), [{ text: 'the early 2000s', from: '2000', to: '2004' }]);
});

test('reads "the late 90s" as 1996 to 1999', () => {
  assert.deepEqual(times('The band was popular in the late 90s.'), [{ text: 'the late 90s', from: '1996', to: '1999' }]);
});

test('reads a hyphenated part of a decade, "the mid-1990s", as 1993 to 1996', () => {
  assert.deepEqual(times('Ridership peaked in the mid-1990s.'), [{ text: 'the mid-1990s', from: '1993', to: '1996' }]);
});

test('reads "the 19th century" as 1801 to 1900', () => {
  assert.deepEqual(times('The mill was built in the 19th century.'), [{ text: 'the 19th century', from: '1801', to: '1900' }]);
});

test('reads "the late 18th century" as the last third of it, 1767 to 1800', () => {
  assert.deepEqual(times('The canal dates from the late 18th century.'), [
    { text: 'the late 18th century', from: '1767', to: '1800' },
  ]);
});

test('reads "mid-2021" as May to August 2021', () => {
  assert.deepEqual(times('The plant closes in mid-2021.'), [{ text: 'mid-2021', from: '2021-05', to: '2021-08' }]);
});

test('reads "early 2020" and "late 2019" as the first and last third of the year', () => {
  assert.deepEqual(times('It began in late 2019 and spread in early 2020.'), [
    { text: 'late 2019', from: '2019-09', to: '2019-12' },
    { text: 'early 2020', from: '2020-01', to: '2020-04' },
  ]);
});

test('reads "March 3, 2019" as one day', () => {
  assert.deepEqual(times('The vote took place on March 3, 2019.'), [
    { text: 'March 3, 2019', from: '2019-03-03', to: '2019-03-03' },
  ]);
});

test('reads "3 March 2019" as one day', () => {
  assert.deepEqual(times('The vote took place on 3 March 2019.'), [
    { text: '3 March 2019', from: '2019-03-03', to: '2019-03-03' },
  ]);
});

test('reads an ISO date "2020-03-03" as one day', () => {
  assert.deepEqual(times('The vote took place on 2020-03-03.'), [
    { text: '2020-03-03', from: '2020-03-03', to: '2020-03-03' },
  ]);
});

test('reads an abbreviated month and year, "Nov 2021", as that month', () => {
  assert.deepEqual(times('Sales peaked in Nov 2021.'), [{ text: 'Nov 2021', from: '2021-11', to: '2021-11' }]);
});

test('tells "May 2020" the month from "may" the modal verb', () => {
  assert.deepEqual(times('She may visit in May 2020.'), [{ text: 'May 2020', from: '2020-05', to: '2020-05' }]);
});

test('leaves a month without a year alone, since it needs a reference date', () => {
  assert.deepEqual(times('I will be there in March.'), []);
});

test('reads a season span "2021-22" as 2021 to 2022, without the article before it', () => {
  assert.deepEqual(times('The 2021-22 season was cancelled.'), [{ text: '2021-22', from: '2021', to: '2022' }]);
});

test('reads "between 2007 and 2015" as one range', () => {
  assert.deepEqual(times('Crime fell between 2007 and 2015.'), [
    { text: 'between 2007 and 2015', from: '2007', to: '2015' },
  ]);
});

test('reads "from 1979 to 1989" as one range', () => {
  assert.deepEqual(times('The occupation lasted from 1979 to 1989.'), [
    { text: 'from 1979 to 1989', from: '1979', to: '1989' },
  ]);
});

test('reads "between March 2019 and June 2020" as one range of months', () => {
  assert.deepEqual(times('Between March 2019 and June 2020 output fell.'), [
    { text: 'Between March 2019 and June 2020', from: '2019-03', to: '2020-06' },
  ]);
});

test('reads "the 90s and early 00s" as one range, 1990 to 2004', () => {
  assert.deepEqual(times('That was the style of the 90s and early 00s.'), [
    { text: 'the 90s and early 00s', from: '1990', to: '2004' },
  ]);
});

test('keeps two years joined by "and" apart when they do not touch: "in 1999 and 2004"', () => {
  assert.deepEqual(times('The law was amended in 1999 and 2004.'), [
    { text: '1999', from: '1999', to: '1999' },
    { text: '2004', from: '2004', to: '2004' },
  ]);
});

test('keeps the years of a list apart: "in 2015, 2017 and 2019"', () => {
  assert.deepEqual(times('Elections were held in 2015, 2017 and 2019.'), [
    { text: '2015', from: '2015', to: '2015' },
    { text: '2017', from: '2017', to: '2017' },
    { text: '2019', from: '2019', to: '2019' },
  ]);
});

test('does not join a range that runs backwards', () => {
  assert.deepEqual(
    times('The figures moved from 2019 to 2017.').map((t) => [t.from, t.to]),
    [
      ['2019', '2019'],
      ['2017', '2017'],
    ],
  );
});

test('gives offsets that slice the expression out of a longer text, across paragraphs', () => {
  const text = 'Crime fell between 2007 and 2015.\n\nThe 90s and early 00s were calmer than the 19th century.';
  const { tokens } = tokenize(text);
  assert.deepEqual(
    findTimes(tokens, 0, tokens.length).map((m) => {
      const start = (tokens[m.first] as Token).start;
      const end = (tokens[m.end - 1] as Token).end;
      return { text: text.slice(start, end), start, end, from: m.from, to: m.to };
    }),
    [
      { text: 'between 2007 and 2015', start: 11, end: 32, from: '2007', to: '2015' },
      { text: 'The 90s and early 00s', start: 35, end: 56, from: '1990', to: '2004' },
      { text: 'the 19th century', start: 74, end: 90, from: '1801', to: '1900' },
    ],
  );
});

test('finds times only inside the token range it is given', () => {
  const text = 'It opened in 1964 and closed in 2019.';
  const { tokens } = tokenize(text);
  const and = tokens.findIndex((t) => t.value === 'and');
  assert.deepEqual(
    findTimes(tokens, and, tokens.length).map((m) => [m.from, m.to]),
    [['2019', '2019']],
  );
});

test('reads a modern year after "a" as a year when a singular noun follows ("a 2022 survey")', () => {
  assert.deepEqual(times('A 2022 survey found that, in a 2019 report, the agency erred.'), [
    { text: '2022', from: '2022', to: '2022' },
    { text: '2019', from: '2019', to: '2019' },
  ]);
  // A measure or a compound modifier is a count: a unit, people, or another noun after it.
  for (const s of ['She got a 2000 dollar bonus.', 'It was a 2000 km trip.', 'He wrote a 2000 word essay.', 'A 2000 person rally marched.', 'A 1500 word essay and a 2000 pages tome.']) {
    assert.deepEqual(times(s), [], s);
  }
});
