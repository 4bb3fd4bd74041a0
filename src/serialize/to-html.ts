/**
 * A self-contained HTML5 report: one page, inline CSS, no scripts and no external URLs, so it can
 * be saved, mailed or opened offline and shows the same everywhere.
 */
import type { Analysis, Unit } from '../model/analysis-schema.ts';
import { buildArgumentForest, type ArgumentNode } from './argument-tree.ts';
import type { UnitEvidence } from './evidence-format.ts';
import { citedFacts, evidenceByUnit, formatMatchScore, isWebUrl, outcomeLabel } from './evidence-format.ts';
import {
  claimsToCheck,
  diagnosticPlace,
  displayOf,
  distinct,
  flaggedPhrases,
  flagLabel,
  formatEntityValue,
  formatNumber,
  formatQuantityValue,
  formatScore,
  formatTimeValue,
  forwardLooking,
  hedgedUnits,
  hedgeLevel,
  kindLabel,
  relationVerb,
  roleLabel,
  STANCE_CAVEAT,
  unitLabels,
} from './report-format.ts';

/** Options for {@link toHtml}. */
export interface HtmlOptions {
  /** Page title and main heading; `Argument report` by default. */
  title?: string;
  /** The `lang` attribute of the page; `en` by default. */
  lang?: string;
}

const defaults: Readonly<Required<HtmlOptions>> = Object.freeze({ title: 'Argument report', lang: 'en' });

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ENTITIES[char] ?? char);
}

const CSS = `
:root{color-scheme:light dark;--bg:#fcfcfb;--fg:#1c1c21;--muted:#585866;--line:#d6d6de;--major:#fde9a6;--claim:#d8e8fd;--premise:#dcf1e1;--support:#17703a;--attack:#b42318;--undercut:#6b2fd6}
@media (prefers-color-scheme:dark){:root{--bg:#17171b;--fg:#ececf1;--muted:#a9a9b6;--line:#3b3b46;--major:#5a4700;--claim:#1d3a5e;--premise:#1e4a2b;--support:#74d992;--attack:#ff8f85;--undercut:#c6a8ff}}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,sans-serif}
main,header{max-width:48rem;margin:0 auto;padding:0 1rem}
h1{margin:1.5rem 0 .5rem}h2{margin-top:2rem;border-bottom:1px solid var(--line)}
a{color:inherit}.muted,.labels,.ref{color:var(--muted);font-size:.9em}
.thesis{font-size:1.25em;font-weight:600;background:var(--major);padding:.75rem 1rem;border-radius:.4rem}.thesis .ref{color:inherit}
.text{white-space:pre-wrap;border-left:3px solid var(--line);padding-left:1rem}
.unit{border-radius:.2rem;padding:0 .1em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.role-major-claim{background:var(--major);font-weight:600}.role-claim{background:var(--claim)}.role-premise{background:var(--premise)}
.checkworthy{text-decoration:underline dotted;text-underline-offset:.2em}
.flag{text-decoration:underline wavy var(--attack)}.qty,.time,.ent{border-bottom:2px solid var(--muted)}
.tree,.tree ul{list-style:none;padding-left:1.25rem;border-left:1px solid var(--line)}.tree{padding-left:.5rem}
.rel{font-weight:700}.rel-support{color:var(--support)}.rel-attack{color:var(--attack)}.rel-undercut{color:var(--undercut)}
.hedge{font-style:italic;color:var(--muted)}
.verdict-supported{color:var(--support)}.verdict-contradicted{color:var(--attack)}.verdict-misleading{color:var(--undercut)}.verdict-unverified{color:var(--muted)}
table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
`.trim();

/** A highlighted stretch inside a unit: a quantity, time, entity or flag. */
interface Mark {
  start: number;
  end: number;
  className: string;
  title: string;
}

function marksOf(unit: Unit): Mark[] {
  const marks: Mark[] = [
    ...unit.flags.map((f) => ({ start: f.start, end: f.end, className: `flag flag-${f.type}`, title: flagLabel[f.type] })),
    ...unit.quantities.map((q) => ({ start: q.start, end: q.end, className: 'qty', title: formatQuantityValue(q) })),
    ...unit.times.map((t) => ({ start: t.start, end: t.end, className: 'time', title: formatTimeValue(t) })),
    ...unit.entities.map((e) => ({ start: e.start, end: e.end, className: 'ent', title: formatEntityValue(e) })),
  ];
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** `text[start, end)` escaped, with non-overlapping marks wrapped in spans (the first of overlapping marks wins). */
function markedSlice(text: string, start: number, end: number, marks: readonly Mark[]): string {
  let html = '';
  let cursor = start;
  for (const mark of marks) {
    if (mark.start < cursor || mark.end > end || mark.end <= mark.start) continue;
    html += escapeHtml(text.slice(cursor, mark.start));
    html += `<span class="${mark.className}" title="${escapeHtml(mark.title)}">${escapeHtml(text.slice(mark.start, mark.end))}</span>`;
    cursor = mark.end;
  }
  return html + escapeHtml(text.slice(cursor, end));
}

const kebab = (value: string): string => value.replace(/_/gu, '-');

function unitTitle(unit: Unit): string {
  const parts = [unit.id, ...unitLabels(unit), unit.certainty.level];
  if (unit.checkworthy) parts.push(`checkworthiness ${formatNumber(unit.checkworthiness)}`);
  return parts.join(' · ');
}

/** The opening `<span>` of a unit in the text view: its id, classes for its labels, a title. */
function unitOpeningTag(unit: Unit): string {
  const classes = ['unit', `role-${kebab(unit.role)}`, `kind-${unit.kind}`, `certainty-${unit.certainty.level}`];
  if (unit.checkworthy) classes.push('checkworthy');
  if (unit.concession) classes.push('concession');
  return `<span class="${classes.join(' ')}" id="${escapeHtml(unit.id)}" title="${escapeHtml(unitTitle(unit))}">`;
}

/**
 * The original text with every unit wrapped in a span carrying its id and labels; text between
 * units is kept, so removing the tags gives back the input exactly.
 */
function markedText(analysis: Analysis): string {
  const { text } = analysis;
  const units = analysis.units
    .filter((u) => u.start >= 0 && u.start <= u.end && u.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let html = '';
  let cursor = 0;
  for (const unit of units) {
    // Overlapping units should not occur; if they do, the later one keeps its id but only the new text.
    const start = Math.max(unit.start, cursor);
    const end = Math.max(unit.end, start);
    html += escapeHtml(text.slice(cursor, start));
    html += unitOpeningTag(unit);
    html += `${markedSlice(text, start, end, marksOf(unit))}</span>`;
    cursor = end;
  }
  return html + escapeHtml(text.slice(cursor));
}

/**
 * For Markdown and HTML inputs the raw text is markup; show each paragraph's units as a reader
 * sees them instead, still one span per unit.
 */
function displayedText(analysis: Analysis): string {
  const paragraphs = new Map<string, string[]>();
  for (const unit of analysis.units) {
    const span = `${unitOpeningTag(unit)}${escapeHtml(displayOf(unit))}</span>`;
    const list = paragraphs.get(unit.paragraph);
    if (list === undefined) paragraphs.set(unit.paragraph, [span]);
    else list.push(span);
  }
  return [...paragraphs.values()].map((spans) => spans.join(' ')).join('\n\n');
}

const ref = (unit: Unit): string => `<a class="ref" href="#${escapeHtml(unit.id)}">${escapeHtml(unit.id)}</a>`;
const labels = (unit: Unit): string => `<span class="labels">[${escapeHtml(unitLabels(unit).join(', '))}]</span>`;

function treeItem(node: ArgumentNode): string {
  const type = node.relation?.type;
  const rel = type === undefined ? '' : `<span class="rel rel-${type}">${relationVerb[type]}</span> `;
  const hedge = hedgeLevel(node.unit);
  const hedgeNote = hedge === null ? '' : ` <span class="hedge">(hedged: ${hedge})</span>`;
  const again = node.repeated ? ' <span class="muted">(see above)</span>' : '';
  const children = node.children.length === 0 ? '' : `<ul>${node.children.map(treeItem).join('')}</ul>`;
  return `<li>${rel}${labels(node.unit)} ${escapeHtml(displayOf(node.unit))}${hedgeNote} ${ref(node.unit)}${again}${children}</li>`;
}

const tree = (root: ArgumentNode): string => `<ul class="tree">${treeItem(root)}</ul>`;

function section(id: string, heading: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>\n${body}\n</section>`;
}

function argumentSection(analysis: Analysis): string {
  const forest = buildArgumentForest(analysis);
  const parts: string[] = [];
  if (forest.root !== null) parts.push(tree(forest.root));
  else if (analysis.units.length === 0) parts.push('<p>No units.</p>');
  if (forest.detached.length > 0) {
    parts.push('<h3>Not connected to the thesis</h3>', ...forest.detached.map(tree));
  }
  if (forest.loose.length > 0) {
    const items = forest.loose.map((u) => `<li>${labels(u)} ${escapeHtml(displayOf(u))} ${ref(u)}</li>`).join('');
    parts.push(`<h3>${forest.root === null ? 'Statements' : 'Not part of the argument'}</h3>`, `<ul>${items}</ul>`);
  }
  return section('sec-argument', 'Argument', parts.join('\n'));
}

const quoted = (text: string): string => `“${escapeHtml(text)}”`;

/** A link to a cited fact in the Facts cited section. */
const factRef = (id: string): string => `<a class="ref" href="#fact-${escapeHtml(id)}">${escapeHtml(id)}</a>`;

/** A link that can only go where its URL says: http(s) addresses only, escaped. */
function externalLink(url: string | null, text: string): string {
  return isWebUrl(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer">${text}</a>` : text;
}

/** The verdict and earlier fact-checks of a claim, as the Evidence cell. */
function evidenceItems(evidence: UnitEvidence): string[] {
  const items: string[] = [];
  const { verdict } = evidence;
  if (verdict !== null) {
    const facts = verdict.facts.length === 0 ? '' : ` (${verdict.facts.map(factRef).join(', ')})`;
    items.push(`<strong class="verdict verdict-${verdict.verdict}">${verdict.verdict}</strong>: ${escapeHtml(verdict.explanation)}${facts}`);
  }
  for (const match of evidence.matches) {
    const rating = match.verdict === null ? '' : `, rated ${quoted(match.verdict)}`;
    items.push(`checked before: ${externalLink(match.url, quoted(match.claim))}${rating} (score ${formatMatchScore(match)})`);
  }
  return items;
}

function sourcesSection(analysis: Analysis): string {
  const facts = citedFacts(analysis);
  if (facts.length === 0) return '';
  const items = facts.map(
    (fact) => `<li id="fact-${escapeHtml(fact.id)}"><strong>${escapeHtml(fact.id)}</strong> ${escapeHtml(fact.statement)} Source: ${externalLink(fact.source.url, escapeHtml(fact.source.title))}</li>`,
  );
  return section('sec-facts', 'Facts cited', `<ul>${items.join('')}</ul>`);
}

function claimsSection(analysis: Analysis): string {
  const claims = claimsToCheck(analysis);
  if (claims.length === 0) return '';
  const evidenceOf = evidenceByUnit(analysis);
  const withEvidence = analysis.verdicts.length > 0 || analysis.matches.length > 0;
  const cell = (items: string[]): string => `<td>${items.join('<br>')}</td>`;
  const rows = claims.map(
    (u) =>
      `<tr><td>${escapeHtml(displayOf(u))} ${ref(u)}</td><td>${formatNumber(u.checkworthiness)}</td>` +
      cell(distinct(u.quantities.map((q) => `${quoted(q.text)} → ${escapeHtml(formatQuantityValue(q))}`))) +
      cell(distinct(u.times.map((t) => `${quoted(t.text)} → ${escapeHtml(formatTimeValue(t))}`))) +
      cell(distinct(u.entities.map((e) => `${quoted(e.text)} → ${escapeHtml(formatEntityValue(e))}`))) +
      (withEvidence ? cell(evidenceItems(evidenceOf(u.id))) : '') +
      '</tr>',
  );
  const head = ['Claim', 'Checkworthiness', 'Quantities', 'Times', 'Entities', ...(withEvidence ? ['Evidence'] : [])].map((h) => `<th scope="col">${h}</th>`);
  return section('sec-claims', 'Claims to check', `<table><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

function listSection(id: string, heading: string, items: string[]): string {
  return items.length === 0 ? '' : section(id, heading, `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
}

function stanceSection(analysis: Analysis): string {
  if (analysis.stances.length === 0) return '';
  const rows = analysis.stances.map((s) => {
    const units = s.units.map((id) => `<a class="ref" href="#${escapeHtml(id)}">${escapeHtml(id)}</a>`).join(', ');
    const from = s.given ? 'given' : 'salient entity';
    return `<tr><td>${escapeHtml(s.target)}</td><td>${s.stance}</td><td>${formatScore(s.score)}</td><td>${units}</td><td>${from}</td></tr>`;
  });
  const head = ['Target', 'Stance', 'Score', 'Units', 'Target from'].map((h) => `<th scope="col">${h}</th>`);
  return section('sec-stance', 'Stance', `<table><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table><p class="muted">${escapeHtml(STANCE_CAVEAT)}</p>`);
}

/**
 * Render an analysis as one self-contained HTML5 page: the thesis highlighted; the full original
 * text with every unit wrapped in `<span class="unit role-… kind-… certainty-…" id="<unit id>">`
 * (quantities, times, entities and flags marked inside); the argument tree as nested lists
 * labelled supports/attacks/undercuts; a table of claims to check with their quantities, times
 * and entities (and, when evidence was given, each claim's verdict and earlier fact-checks);
 * predictions and recommendations (with their outcome when facts resolve them); the facts cited,
 * with links to their sources; hedges with their cues; flags; stance; and
 * diagnostics. All user text is escaped (`& < > " '`); the page has inline CSS for light and dark
 * schemes, no scripts, and no reference to anything outside itself.
 */
export function toHtml(analysis: Analysis, options?: Readonly<HtmlOptions> | null): string {
  const title = escapeHtml(options?.title ?? defaults.title);
  const lang = escapeHtml(options?.lang ?? defaults.lang);
  const major = analysis.majorClaim === null ? undefined : analysis.units.find((u) => u.id === analysis.majorClaim);
  const thesis =
    major === undefined
      ? '<p>No argument found.</p>'
      : `<p class="thesis">${escapeHtml(displayOf(major))} ${ref(major)}</p>`;

  const evidenceOf = evidenceByUnit(analysis);
  const forward = forwardLooking(analysis).map((u) => {
    const resolution = evidenceOf(u.id).resolution;
    const outcome =
      resolution === null
        ? ''
        : `<br>outcome: <strong>${outcomeLabel[resolution.outcome]}</strong>: ${escapeHtml(resolution.explanation)}${resolution.facts.length === 0 ? '' : ` (${resolution.facts.map(factRef).join(', ')})`}`;
    return `<strong>${kindLabel[u.kind]}</strong> ${escapeHtml(displayOf(u))} ${ref(u)}${outcome}`;
  });
  const hedges = hedgedUnits(analysis).map((u) => {
    const cues = u.certainty.cues.map((c) => quoted(c.text));
    return `<strong>${u.certainty.level}</strong> ${escapeHtml(displayOf(u))} ${ref(u)}${cues.length === 0 ? '' : `: cues ${cues.join(', ')}`}`;
  });
  const flags = flaggedPhrases(analysis).map(
    ({ unit, flag }) => `<strong>${flagLabel[flag.type]}</strong> <mark>${quoted(flag.text)}</mark> ${ref(unit)}`,
  );
  const diagnostics = analysis.diagnostics.map((d) => {
    const place = diagnosticPlace(d);
    return `<strong>${d.severity}</strong> <code>${escapeHtml(d.rule)}</code>: ${escapeHtml(d.message)}${place === '' ? '' : ` (${place})`}`;
  });
  const legend = (['major_claim', 'claim', 'premise', 'none'] as const)
    .map((role) => `<span class="unit role-${kebab(role)}">${roleLabel[role]}</span>`)
    .join(' ');

  const body = [
    section('sec-thesis', 'Thesis', thesis),
    section('sec-text', 'Text', `<p class="muted">Units: ${legend}; dotted underline: worth checking.</p>\n<div class="text">${analysis.format === 'markdown' || analysis.format === 'html' ? displayedText(analysis) : markedText(analysis)}</div>`),
    argumentSection(analysis),
    claimsSection(analysis),
    listSection('sec-forward', 'Predictions and recommendations', forward),
    sourcesSection(analysis),
    listSection('sec-hedges', 'Hedges and certainty', hedges),
    listSection('sec-flags', 'Flags', flags),
    stanceSection(analysis),
    listSection('sec-diagnostics', 'Diagnostics', diagnostics),
  ].filter((part) => part !== '');

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>
${CSS}
</style>
</head>
<body>
<header><h1>${title}</h1></header>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
