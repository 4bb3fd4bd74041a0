import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeProblem, fallbackFactCheckId } from '../../src/evidence/fact-checks/fact-check-record.ts';
import { isoDate } from '../../src/evidence/fact-checks/fact-check-record.ts';
import { parseClaimReviewHtml, parseClaimReviewJson } from '../../src/evidence/fact-checks/read-claim-review.ts';
import { parseFactChecksCsv } from '../../src/evidence/fact-checks/read-csv.ts';
import { detectFactCheckFormat, parseFactChecks, readFactChecks } from '../../src/evidence/fact-checks/read-fact-checks.ts';
import { parseFactChecksJsonl } from '../../src/evidence/fact-checks/read-jsonl.ts';

const fixture = (name: string): string => new URL(`../fixtures-evidence/${name}`, import.meta.url).pathname;

test('reads ClaimReview JSON-LD from a list, mapping schema.org fields onto a fact-check', () => {
  const { factChecks, problems } = parseClaimReviewJson(readFileSync(fixture('claim-reviews.json'), 'utf8'), 'reviews.json');
  assert.deepEqual(factChecks, [
    {
      id: 'https://checks.example/bridge',
      claim: 'The Harbor Bridge will close for five years starting in 2025.',
      title: 'The Harbor Bridge is not closing for five years',
      verdict: 'Mostly false',
      url: 'https://checks.example/bridge',
      date: '2024-11-02',
      author: 'Example Checks',
    },
    { id: fallbackFactCheckId('reviews.json', 'Vaccines contain microchips for tracking people.', null), claim: 'Vaccines contain microchips for tracking people.', title: null, verdict: 'False', url: null, date: null, author: null },
  ]);
  assert.deepEqual(problems, [{ file: 'reviews.json', line: null, item: 3, message: '"claimReviewed" is missing: a ClaimReview needs the claim it checked' }]);
  assert.equal(describeProblem(problems[0]!), 'reviews.json item 3: "claimReviewed" is missing: a ClaimReview needs the claim it checked');
});

test('reads the ClaimReviews of an HTML page: @graph, lists, @type lists, and passes over other objects and scripts', () => {
  const { factChecks, problems } = parseClaimReviewHtml(readFileSync(fixture('claim-review-page.html'), 'utf8'), 'page.html');
  assert.deepEqual(factChecks, [
    {
      id: 'https://checks.example/dog-ban',
      claim: 'The town of Millbrook banned dogs from all public parks in 2023.',
      title: 'No, Millbrook did not ban dogs from its parks',
      verdict: 'False',
      url: 'https://checks.example/dog-ban',
      date: '2023-06-14',
      author: 'Example Checks',
    },
    {
      id: 'ec-2023-118',
      claim: 'Drinking 8 glasses of water a day is required by law in Ohio.',
      title: 'Is there an Ohio water law?',
      verdict: 'Pants on fire',
      url: null,
      date: '2023-06-02',
      author: 'Jane Roe, Example Checks',
    },
  ]);
  assert.deepEqual(problems.map(describeProblem), ['page.html JSON-LD block 2 item 2: "claimReviewed" is missing: a ClaimReview needs the claim it checked']);
});

test('a single ClaimReview object, and a DataFeed of them, are read too', () => {
  const one = parseClaimReviewJson(JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'X is Y.', url: 'https://a.example/1' }), 'one.json');
  assert.deepEqual(one.factChecks.map((f) => f.id), ['https://a.example/1']);
  const feed = {
    '@type': 'DataFeed',
    dataFeedElement: [{ '@type': 'DataFeedItem', item: [{ '@type': 'http://schema.org/ClaimReview', claimReviewed: 'Z happened.', identifier: 'z1' }] }],
  };
  assert.deepEqual(parseClaimReviewJson(JSON.stringify(feed), 'feed.json').factChecks.map((f) => f.claim), ['Z happened.']);
});

test('JSON-LD that is not JSON, or holds no ClaimReview, is one problem for the file', () => {
  assert.match(describeProblem(parseClaimReviewJson('{"@type": "ClaimReview",', 'bad.json').problems[0]!), /^bad\.json: is not JSON \(/);
  assert.deepEqual(parseClaimReviewJson('{"@type": "WebPage"}', 'page.json').problems.map(describeProblem), [
    'page.json: no ClaimReview object found (an object with "@type": "ClaimReview")',
  ]);
  const page = parseClaimReviewHtml('<script type="application/ld+json">{oops</script>', 'p.html');
  assert.match(describeProblem(page.problems[0]!), /^p\.html: JSON-LD block 1 is not JSON/);
});

test('reads JSONL and reports each bad line by number while keeping the good ones', () => {
  const text = [
    '{"id": "a1", "claim": "Tides are caused by the Moon.", "verdict": "True", "date": "2021-03"}',
    '',
    '{"claim": "No id here."}',
    'not json',
    '{"id": "a3", "title": "missing claim"}',
    '{"id": "a4", "claim": "  "}',
    '{"id": 5, "claim": "Numeric ids become strings.", "url": 7}',
    '{"id": 6, "claim": "Bad date.", "date": "someday"}',
    '["an array"]',
    '{"id": 7, "claim": "Kept.", "author": "Desk"}',
  ].join('\n');
  const { factChecks, problems } = parseFactChecksJsonl(text, 'c.jsonl');
  assert.deepEqual(factChecks, [
    { id: 'a1', claim: 'Tides are caused by the Moon.', title: null, verdict: 'True', url: null, date: '2021-03', author: null },
    { id: fallbackFactCheckId('c.jsonl', 'No id here.', null), claim: 'No id here.', title: null, verdict: null, url: null, date: null, author: null },
    { id: '6', claim: 'Bad date.', title: null, verdict: null, url: null, date: null, author: null },
    { id: '7', claim: 'Kept.', title: null, verdict: null, url: null, date: null, author: 'Desk' },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.line, p.message.replace(/\(.*\)/, '(…)')]),
    [
      [4, 'not JSON (…)'],
      [5, '"claim" is missing: every fact-check needs the claim it checked'],
      [6, '"claim" is empty'],
      [7, '"url" must be a string, not 7'],
      [8, '"date" is not a date: "someday"; write it as 2020-01-31, 2020-01 or 2020; kept without a date'],
      [9, 'expected a JSON object, not ["an array"]'],
    ],
  );
});

test('reads CSV with quoted commas, quotes and line breaks, numbering rows by the line they start on', () => {
  const text = [
    'ID,Claim,Title,Verdict,url,date,author,notes',
    'c1,"Crime rose 12%, says the mayor","Did crime rise?",False,https://x.example/c1,2022-01-05,Desk,ignored',
    'c2,"A claim over',
    'two lines with ""quotes""",,,,,,',
    'c3,,No claim here,,,,,',
    'c4,"bad "quote",x,,,,,',
    'c5,too,few',
    'c6,Last one,,,,,,',
  ].join('\n');
  const { factChecks, problems } = parseFactChecksCsv(text, 'c.csv');
  assert.deepEqual(factChecks, [
    { id: 'c1', claim: 'Crime rose 12%, says the mayor', title: 'Did crime rise?', verdict: 'False', url: 'https://x.example/c1', date: '2022-01-05', author: 'Desk' },
    { id: 'c2', claim: 'A claim over\ntwo lines with "quotes"', title: null, verdict: null, url: null, date: null, author: null },
    { id: 'c6', claim: 'Last one', title: null, verdict: null, url: null, date: null, author: null },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.line, p.message]),
    [
      [5, '"claim" is empty'],
      [6, 'a quoted field is not closed properly; write a quote inside a quoted field twice ("")'],
      [7, 'the row has 3 fields but the header has 8; give every row one for each column, empty ones too (a,,c)'],
    ],
  );
});

test('a CSV without a claim column is one problem naming the columns', () => {
  assert.deepEqual(parseFactChecksCsv('id,text\n1,hello\n', 'x.csv').problems.map(describeProblem), [
    'x.csv line 1: the header has no "claim" column (found id, text); the columns are id, claim, title, verdict, url, date, author',
  ]);
});

test('TSV is read by its extension or by a header with tabs', () => {
  const tsv = 'id\tclaim\n1\tTabs, with a comma\n';
  assert.equal(parseFactChecks(tsv, 'x.tsv').factChecks[0]?.claim, 'Tabs, with a comma');
  assert.equal(parseFactChecks(tsv, 'x.txt').factChecks[0]?.claim, 'Tabs, with a comma');
});

test('picks the reader by extension, then by content', () => {
  assert.equal(detectFactCheckFormat('', 'a.jsonld'), 'claim-review');
  assert.equal(detectFactCheckFormat('', 'a.htm'), 'html');
  assert.equal(detectFactCheckFormat('', 'a.ndjson'), 'jsonl');
  assert.equal(detectFactCheckFormat('{"claim": "a"}\n{"claim": "b"}\n', 'a.txt'), 'jsonl');
  assert.equal(detectFactCheckFormat('{\n  "@type": "ClaimReview"\n}\n', 'a'), 'claim-review');
  assert.equal(detectFactCheckFormat('[{"@type": "ClaimReview"}]', 'a'), 'claim-review');
  assert.equal(detectFactCheckFormat('<html></html>', 'a'), 'html');
  assert.equal(detectFactCheckFormat('id,claim\n', 'a'), 'csv');
});

test('reads a file from disk with the right reader', async () => {
  const { factChecks } = await readFactChecks(fixture('claim-review-page.html'));
  assert.equal(factChecks.length, 2);
});

test('dates become ISO prefixes, keeping the fact-checker\'s own calendar day', () => {
  assert.equal(isoDate('2023-06-14T23:30:00-05:00'), '2023-06-14');
  assert.equal(isoDate('2023-06'), '2023-06');
  assert.equal(isoDate('2023'), '2023');
  assert.equal(isoDate('June 2, 2023'), '2023-06-02');
  assert.equal(isoDate('2 June 2023'), '2023-06-02');
  assert.equal(isoDate('soon'), null);
  assert.equal(isoDate('12/06'), null);
});

test('numbers CSV lines right in a spreadsheet export: CRLF line ends and a claim that spans two lines', () => {
  const text = ['id,claim,verdict', 'a,"First line\r\nsecond line",False', 'b,,True', ',Third claim,Mixed', ''].join('\r\n');
  const { factChecks, problems } = parseFactChecksCsv(text, 'export.csv');
  assert.deepEqual(factChecks.map((f) => [f.id, f.claim]), [['a', 'First line\nsecond line'], [fallbackFactCheckId('export.csv', 'Third claim', null), 'Third claim']]);
  assert.deepEqual(problems.map((p) => p.line), [4]);
});

test('a ClaimReview whose claimReviewed is a number is reported, not indexed as the claim "42"', () => {
  const json = JSON.stringify([
    { '@type': 'ClaimReview', claimReviewed: 42, url: 'https://checks.example/42' },
    { '@type': 'ClaimReview', claimReviewed: 'The river rose by 2 metres.', url: 'https://checks.example/river' },
  ]);
  const { factChecks, problems } = parseClaimReviewJson(json, 'reviews.json');
  assert.deepEqual(factChecks.map((f) => f.claim), ['The river rose by 2 metres.']);
  assert.deepEqual(problems.map((p) => [p.item, p.message]), [[1, '"claimReviewed" is empty or not text']]);
});

test('a fact-check without an id keeps one id whatever path names its file and wherever it moves in the file', () => {
  const record = JSON.stringify({ claim: 'The dam was finished in 1999.', url: 'https://checks.example/dam' });
  const first = parseFactChecksJsonl(`${record}\n`, 'checks.jsonl').factChecks[0];
  const moved = parseFactChecksJsonl(`${JSON.stringify({ claim: 'Another claim.' })}\n\n${record}\n`, '/data/../data/checks.jsonl').factChecks[1];
  assert.ok(first !== undefined && moved !== undefined);
  assert.equal(moved.id, first.id);
  assert.match(first.id, /^checks\.jsonl#[0-9a-f]{8}$/u);
  assert.notEqual(parseFactChecksJsonl(`${JSON.stringify({ claim: 'The dam was finished in 2001.' })}\n`, 'checks.jsonl').factChecks[0]?.id, first.id);
});

test('ClaimReviews of one round-up page that share its url keep one id each; the same claim twice is still one', () => {
  const review = (claim: string): object => ({ '@type': 'ClaimReview', url: 'https://checks.example/roundup', claimReviewed: claim });
  const page = `<script type="application/ld+json">${JSON.stringify([review('Wheat exports doubled.'), review('Inflation hit ten percent.'), review('Wheat exports doubled.')])}</script>`;
  const { factChecks, problems } = parseClaimReviewHtml(page, 'roundup.html');
  assert.deepEqual(problems, []);
  const ids = factChecks.map((f) => f.id);
  assert.equal(new Set(ids).size, 2);
  assert.ok(ids.every((id) => id.startsWith('https://checks.example/roundup#')));
  assert.equal(ids[0], ids[2]);
  const single = parseClaimReviewJson(JSON.stringify(review('Only one claim.')), 'one.json');
  assert.deepEqual(single.factChecks.map((f) => f.id), ['https://checks.example/roundup']);
});

test('an id given to two different claims in one JSONL or CSV file is reported on the later line, not silently replaced', () => {
  const jsonl = parseFactChecksJsonl(
    ['{"id": "j1", "claim": "First claim."}', '{"id": "j1", "claim": "First claim."}', '{"id": "j1", "claim": "Another claim."}', '{"id": "j2", "claim": "Third."}'].join('\n'),
    'checks.jsonl',
  );
  assert.deepEqual(jsonl.factChecks.map((f) => [f.id, f.claim]), [['j1', 'First claim.'], ['j1', 'First claim.'], ['j2', 'Third.']]);
  assert.deepEqual(jsonl.problems.map(describeProblem), ['checks.jsonl line 3: id "j1" was already used on line 1 for another claim; give each fact-check its own id']);
  const csv = parseFactChecksCsv('id,claim\n7,"A claim\nover two lines"\n7,Another claim\n', 'checks.csv');
  assert.deepEqual(csv.factChecks.map((f) => f.id), ['7']);
  assert.deepEqual(csv.problems.map(describeProblem), ['checks.csv line 4: id "7" was already used on line 2 for another claim; give each fact-check its own id']);
});

test('a JSON-LD item is the position of its element in the list or @graph, counting every element, not only ClaimReviews', () => {
  const list = [
    { '@type': 'WebPage', name: 'Fact checks' },
    { '@type': 'Organization', name: 'Example Checks' },
    { '@type': 'ClaimReview', url: 'https://checks.example/ok', claimReviewed: 'A claim that reads fine.' },
    { '@type': 'WebPage', name: 'Another page' },
    { '@type': 'Organization', name: 'Another desk' },
    { '@type': 'ClaimReview', url: 'https://checks.example/missing', headline: 'No claim' },
  ];
  const fromList = parseClaimReviewJson(JSON.stringify(list), 'list.json');
  assert.deepEqual(fromList.problems.map(describeProblem), ['list.json item 6: "claimReviewed" is missing: a ClaimReview needs the claim it checked']);
  assert.deepEqual(fromList.places, [{ line: null, item: 3 }]);
  const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'ClaimReview', claimReviewed: 42 }] };
  assert.deepEqual(parseClaimReviewJson(JSON.stringify(graph), 'graph.json').problems.map(describeProblem), ['graph.json item 2: "claimReviewed" is empty or not text']);
});

test('a date that cannot be read costs the fact-check its date, not the fact-check, in every format, and is reported', () => {
  const review = parseClaimReviewJson(JSON.stringify({ '@type': 'ClaimReview', url: 'https://checks.example/d', claimReviewed: 'A dated claim.', datePublished: '2022-13-45' }), 'r.json');
  assert.deepEqual(review.factChecks.map((f) => [f.claim, f.date]), [['A dated claim.', null]]);
  assert.deepEqual(review.problems, [
    { file: 'r.json', line: null, item: 1, message: '"datePublished" is not a date: "2022-13-45"; write it as 2020-01-31, 2020-01 or 2020; kept without a date', kept: true },
  ]);
  const csv = parseFactChecksCsv('id,claim,date\n1,A dated claim.,2022-13-45\n2,Fine.,2022-12-01\n', 'c.csv');
  assert.deepEqual(csv.factChecks.map((f) => [f.id, f.date]), [['1', null], ['2', '2022-12-01']]);
  assert.deepEqual(csv.problems.map((p) => [describeProblem(p), p.kept]), [['c.csv line 2: "date" is not a date: "2022-13-45"; write it as 2020-01-31, 2020-01 or 2020; kept without a date', true]]);
});

test('a ClaimReview beside a @graph, not in it, is still read', () => {
  const wrapper = { '@graph': [{ '@type': 'WebPage' }], mainEntity: { '@type': 'ClaimReview', claimReviewed: 'Beside the graph.', identifier: 'b1' } };
  const { factChecks, places } = parseClaimReviewJson(JSON.stringify(wrapper), 'w.json');
  assert.deepEqual(factChecks.map((f) => f.id), ['b1']);
  assert.deepEqual(places, [{ line: null, item: null }]);
});
