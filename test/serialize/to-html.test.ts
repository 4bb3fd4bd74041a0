import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, toHtml } from '../../src/serialize/to-html.ts';
import { STANCE_CAVEAT } from '../../src/serialize/report-format.ts';
import { noArgumentAnalysis, sampleAnalysis, singleUnitAnalysis } from './sample-analysis.ts';

/** The tags toHtml itself writes; anything else that looks like a tag came from user text. */
const OWN_TAG =
  /<\/?(?:!DOCTYPE|html|head|meta|title|style|body|header|main|section|h1|h2|h3|p|div|span|ul|li|a|strong|mark|code|table|thead|tbody|tr|th|td|br)\b[^<>]*>/giu;

const decode = (html: string): string =>
  html
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');

/** The inner HTML of the `<div class="text">` that renders the original text. */
function textBlock(html: string): string {
  const match = /<div class="text">([\s\S]*?)<\/div>/u.exec(html);
  assert.ok(match?.[1] !== undefined, 'the page has a text block');
  return match[1];
}

const stripTags = (html: string): string => html.replace(/<[^>]*>/gu, '');

test('is a complete HTML5 page with charset, title, inline style for light and dark, and no script', () => {
  const html = toHtml(sampleAnalysis(), { title: 'Car bans & cities' });
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'));
  assert.ok(html.includes('<title>Car bans &amp; cities</title>'));
  assert.ok(html.includes('<h1>Car bans &amp; cities</h1>'));
  assert.match(html, /<style>[\s\S]*prefers-color-scheme:dark[\s\S]*<\/style>/u);
  assert.ok(!/<script/iu.test(html));
  assert.ok(html.trimEnd().endsWith('</html>'));
});

test('loads nothing from outside the page, and links out only to the sources of its evidence', () => {
  const withEvidence = toHtml(sampleAnalysis());
  assert.ok(!/\bsrc=|url\(|@import/iu.test(withEvidence));
  const outward = [...withEvidence.matchAll(/<a href="(https?:[^"]*)" rel="noreferrer">/gu)].map((m) => m[1]);
  assert.deepEqual(outward.sort(), ['https://factcheck.example/oslo-parking', 'https://oslo.example/car-free']);
  const analysis = sampleAnalysis();
  analysis.facts = analysis.facts.map((fact) => ({ ...fact, source: { ...fact.source, url: 'javascript:alert(1)' } }));
  assert.ok(!toHtml(analysis).includes('javascript:'));
  const html = toHtml({ ...sampleAnalysis(), matches: [], verdicts: [], facts: [] });
  assert.ok(!/\bsrc=/iu.test(html));
  assert.ok(!/url\(|@import|https?:|\/\/[a-z]/iu.test(html));
  const hrefs = [...html.matchAll(/href="([^"]*)"/gu)].map((m) => m[1]);
  assert.ok(hrefs.length > 0);
  assert.deepEqual(hrefs.filter((href) => !href?.startsWith('#')), []);
});

test('highlights the thesis and says when there is none', () => {
  assert.ok(toHtml(sampleAnalysis()).includes('<p class="thesis">Cities should ban cars from their centres. <a class="ref" href="#u1">u1</a></p>'));
  const none = toHtml(noArgumentAnalysis());
  assert.ok(none.includes('<h2 id="sec-thesis">Thesis</h2>\n<p>No argument found.</p>'));
  assert.ok(!none.includes('class="thesis"'));
});

test('marks every unit in the text once, as an element with the unit id and its role and kind classes', () => {
  const analysis = sampleAnalysis();
  const html = toHtml(analysis);
  for (const unit of analysis.units) {
    assert.equal(html.split(`id="${unit.id}"`).length - 1, 1, `one element with id ${unit.id}`);
  }
  assert.ok(html.includes('<span class="unit role-premise kind-fact certainty-certain checkworthy" id="u2" title="u2 · premise · fact · certain · checkworthiness 0.92">'));
  assert.ok(html.includes('<span class="unit role-claim kind-prediction certainty-possible concession" id="u6"'));
  assert.ok(html.includes('<span class="unit role-none kind-other certainty-certain" id="u8"'));
  assert.ok(html.includes('<span class="qty" title="5–15 percent">5 to 15 percent</span>'));
  assert.ok(html.includes('<span class="flag flag-loaded" title="loaded language">whine</span>'));
});

test('keeps the whole original text: removing the tags gives it back exactly', () => {
  for (const analysis of [sampleAnalysis(), noArgumentAnalysis()]) {
    const html = toHtml(analysis);
    assert.equal(decode(stripTags(textBlock(html))), analysis.text);
    assert.ok(decode(stripTags(html)).includes(analysis.text));
  }
});

test('nests the argument tree as lists labelled with the relation to the parent', () => {
  const html = toHtml(sampleAnalysis());
  assert.match(
    html,
    /<ul class="tree"><li><span class="labels">\[major claim, recommendation\]<\/span> Cities[^<]*<a class="ref" href="#u1">u1<\/a><ul><li><span class="rel rel-support">supports<\/span> [^]*?#u2">u2<\/a><ul><li><span class="rel rel-undercut">undercuts<\/span> [^]*?#u3">u3<\/a><\/li><\/ul><\/li>/u,
  );
  assert.equal(html.split('class="rel rel-attack"').length - 1, 2);
  assert.ok(html.includes('<span class="hedge">(hedged: possible)</span>'));
});

test('tabulates the claims to check by checkworthiness with quantities, times and entities', () => {
  const html = toHtml(sampleAnalysis());
  const rows = [...html.matchAll(/<tr><td>[^<]*<a class="ref" href="#(u\d+)">/gu)].map((m) => m[1]);
  assert.deepEqual(rows, ['u2', 'u4', 'u3']);
  assert.ok(html.includes('<td>“700” → 700 (parking spaces)<br>“10%” → 10 percent</td><td>“2019” → 2019</td><td>“Oslo” → Oslo (place, in Norway)</td>'));
  assert.ok(html.includes('<strong>possible</strong> Admittedly, the change might take years to pay off. <a class="ref" href="#u6">u6</a>: cues “might”'));
  assert.ok(html.includes('<strong>generalisation</strong> <mark>“most European capitals”</mark>'));
  assert.ok(html.includes('<td>car-free city centres</td><td>favor</td><td>+0.68</td>'));
  assert.ok(html.includes(`</table><p class="muted">${escapeHtml(STANCE_CAVEAT)}</p>`), 'the stance table says how little to trust it');
});

test('escapes script tags, quotes, apostrophes and ampersands in user text', () => {
  const text = `He said "<script>alert(1)</script>" & it's <b>fine</b>`;
  const analysis = singleUnitAnalysis(text);
  analysis.stances.push({ target: '<img src=x onerror=alert(1)>', stance: 'against', score: -0.5, units: ['u1'], given: true });
  const html = toHtml(analysis, { title: '</title><script>' });
  assert.ok(!html.includes('<script'));
  assert.ok(!html.includes('<img'));
  assert.ok(!html.includes('<b>'));
  assert.ok(html.includes('He said &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; it&#39;s &lt;b&gt;fine&lt;/b&gt;'));
  assert.ok(html.includes('<title>&lt;/title&gt;&lt;script&gt;</title>'));
  assert.equal(decode(stripTags(textBlock(html))), text);
});

test('property: user text never adds a tag and always comes back intact', () => {
  const risky = fc.constantFrom('<', '>', '&', '"', "'", '<script>', '</span>', '</div>', 'alert(1)', '&amp;', ' ', '\n', 'a', 'é', '🙂');
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.array(risky, { maxLength: 20 }).map((parts) => parts.join('')),
  );
  fc.assert(
    fc.property(text, (s) => {
      const html = toHtml(singleUnitAnalysis(s));
      const foreign = html.replace(OWN_TAG, '');
      assert.ok(!foreign.includes('<'), 'no tag other than our own');
      assert.equal(decode(stripTags(textBlock(html))), s);
    }),
    { numRuns: 300 },
  );
});
