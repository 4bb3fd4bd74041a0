/**
 * Markdown report of an analysis: thesis, argument tree, claims to check, predictions, hedges,
 * flags, stance and diagnostics, written for people (CommonMark with a GFM table for stance).
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
  oneLine,
  relationVerb,
  speakerOf,
  STANCE_CAVEAT,
  unitLabels,
} from './report-format.ts';

/** Options for {@link toMarkdown}. */
export interface MarkdownOptions {
  /** The level-1 heading; `Argument report` by default. */
  title?: string;
}

const defaults: Readonly<Required<MarkdownOptions>> = Object.freeze({ title: 'Argument report' });

/**
 * Escape user text so it stays literal wherever it lands in the report: inline markup
 * (emphasis, code, links, raw HTML, table pipes, entities) everywhere, and block markup
 * (`#` headings, `-`/`+`/`*` and `1.` list items, `>` quotes, `=` underlines) at the start.
 * Backslash escapes of ASCII punctuation are always literal in CommonMark, so escaping a
 * character that would have been harmless costs nothing but a backslash in the source.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~]/gu, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/giu, '\\&')
    .replace(/^([#+=-])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}

/** A unit's id as a trailing reference, e.g. ` (u3)`. */
const ref = (unit: Unit, extra = ''): string => ` (${escapeMarkdown(unit.id)}${extra})`;

/**
 * Text shown for a unit; an empty unit still needs something visible. A unit with a speaker (a
 * transcript turn, a `units` JSONL line with `speaker`) is prefixed with it in bold,
 * `**GOVERNOR REYES:** text`, so a debate report says who claimed what; without one, just the text.
 */
function unitText(unit: Unit): string {
  const text = escapeMarkdown(displayOf(unit)) || '_(empty)_';
  const speaker = speakerOf(unit);
  return speaker === null ? text : `**${escapeMarkdown(speaker)}:** ${text}`;
}

/** One bullet of the argument tree. */
function treeLine(node: ArgumentNode): string {
  const marker = node.relation === null ? '' : `**${relationVerb[node.relation.type]}** `;
  const labels = `[${unitLabels(node.unit).join(', ')}]`;
  const hedge = hedgeLevel(node.unit);
  const hedgeNote = hedge === null ? '' : ` _(hedged: ${hedge})_`;
  return `${marker}${labels} ${unitText(node.unit)}${hedgeNote}${ref(node.unit, node.repeated ? ', see above' : '')}`;
}

/** The tree as a nested bullet list, two spaces per level. */
function treeLines(node: ArgumentNode, depth = 0): string[] {
  const lines = [`${'  '.repeat(depth)}- ${treeLine(node)}`];
  for (const child of node.children) lines.push(...treeLines(child, depth + 1));
  return lines;
}

function argumentSection(analysis: Analysis): string[] {
  const forest = buildArgumentForest(analysis);
  const out: string[] = ['## Argument', ''];
  if (forest.root !== null) out.push(...treeLines(forest.root), '');
  else if (analysis.units.length === 0) out.push('No units.', '');
  if (forest.detached.length > 0) {
    out.push('### Not connected to the thesis', '');
    for (const tree of forest.detached) out.push(...treeLines(tree));
    out.push('');
  }
  if (forest.loose.length > 0) {
    out.push(forest.root === null ? '### Statements' : '### Not part of the argument', '');
    for (const unit of forest.loose) out.push(`- [${unitLabels(unit).join(', ')}] ${unitText(unit)}${ref(unit)}`);
    out.push('');
  }
  return out;
}

const quoted = (text: string): string => `"${escapeMarkdown(text)}"`;

/** A web address as a CommonMark link destination in angle brackets, with what would end it encoded. */
function markdownLink(url: string): string {
  return `<${url.replace(/[<>\s]/gu, encodeURIComponent)}>`;
}

/** The verdict and earlier fact-checks of a claim, as sub-bullets. */
function evidenceLines(evidence: UnitEvidence, indent: string): string[] {
  const out: string[] = [];
  const { verdict } = evidence;
  if (verdict !== null) {
    const facts = verdict.facts.length === 0 ? '' : ` (facts: ${verdict.facts.map(escapeMarkdown).join(', ')})`;
    out.push(`${indent}- Verdict: **${verdict.verdict}**: ${escapeMarkdown(verdict.explanation)}${facts}`);
  }
  for (const match of evidence.matches) {
    const rating = match.verdict === null ? '' : `, rated ${quoted(match.verdict)}`;
    const link = isWebUrl(match.url) ? ` ${markdownLink(match.url)}` : match.url === null ? '' : ` (${escapeMarkdown(match.url)})`;
    out.push(`${indent}- Checked before: ${quoted(match.claim)}${rating} (${escapeMarkdown(match.id)}, score ${formatMatchScore(match)})${link}`);
  }
  return out;
}

function claimsSection(analysis: Analysis): string[] {
  const claims = claimsToCheck(analysis);
  if (claims.length === 0) return [];
  const evidenceOf = evidenceByUnit(analysis);
  const out: string[] = ['## Claims to check', ''];
  claims.forEach((unit, index) => {
    const marker = `${index + 1}. `;
    const indent = ' '.repeat(marker.length);
    out.push(`${marker}${unitText(unit)}${ref(unit, `; checkworthiness ${formatNumber(unit.checkworthiness)}`)}`);
    const details: [string, string[]][] = [
      ['Quantities', unit.quantities.map((q) => `${quoted(q.text)} → ${escapeMarkdown(formatQuantityValue(q))}`)],
      ['Times', unit.times.map((t) => `${quoted(t.text)} → ${escapeMarkdown(formatTimeValue(t))}`)],
      ['Entities', unit.entities.map((e) => `${quoted(e.text)} → ${escapeMarkdown(formatEntityValue(e))}`)],
    ];
    for (const [label, values] of details) {
      if (values.length > 0) out.push(`${indent}- ${label}: ${distinct(values).join('; ')}`);
    }
    out.push(...evidenceLines(evidenceOf(unit.id), indent));
  });
  out.push('');
  return out;
}

function forwardSection(analysis: Analysis): string[] {
  const units = forwardLooking(analysis);
  if (units.length === 0) return [];
  const evidenceOf = evidenceByUnit(analysis);
  const lines = units.flatMap((unit) => {
    const line = `- **${kindLabel[unit.kind]}** ${unitText(unit)}${ref(unit)}`;
    const resolution = evidenceOf(unit.id).resolution;
    if (resolution === null) return [line];
    const facts = resolution.facts.length === 0 ? '' : ` (facts: ${resolution.facts.map(escapeMarkdown).join(', ')})`;
    return [line, `  - Outcome: **${outcomeLabel[resolution.outcome]}**: ${escapeMarkdown(resolution.explanation)}${facts}`];
  });
  return ['## Predictions and recommendations', '', ...lines, ''];
}

function sourcesSection(analysis: Analysis): string[] {
  const facts = citedFacts(analysis);
  if (facts.length === 0) return [];
  const lines = facts.map((fact) => {
    const { title, url } = fact.source;
    const source = isWebUrl(url) ? `[${escapeMarkdown(title)}](${markdownLink(url)})` : `${escapeMarkdown(title)}${url === null ? '' : ` (${escapeMarkdown(url)})`}`;
    return `- **${escapeMarkdown(fact.id)}** ${escapeMarkdown(fact.statement)} Source: ${source}`;
  });
  return ['## Facts cited', '', ...lines, ''];
}

/** A certainty cue's text as the certainty pass writes it: `possible: "would"`. */
const LEVEL_CUE = /^(certain|probable|possible|uncertain): "(.*)"$/su;

/** A certainty cue as the report lists it: the phrase quoted once, its level only where it is not the unit's. */
function certaintyCue(text: string, unitLevel: string): string {
  const match = LEVEL_CUE.exec(text);
  if (match === null) return quoted(text);
  const [, level = '', phrase = ''] = match;
  return level === unitLevel ? quoted(phrase) : `${level} ${quoted(phrase)}`;
}

function hedgeSection(analysis: Analysis): string[] {
  const units = hedgedUnits(analysis);
  if (units.length === 0) return [];
  const lines = units.map((unit) => {
    const cues = unit.certainty.cues.map((cue) => certaintyCue(cue.text, unit.certainty.level));
    const cueNote = cues.length === 0 ? '' : `: cues ${cues.join(', ')}`;
    return `- **${unit.certainty.level}** ${unitText(unit)}${ref(unit)}${cueNote}`;
  });
  return ['## Hedges and certainty', '', ...lines, ''];
}

function flagSection(analysis: Analysis): string[] {
  const flagged = flaggedPhrases(analysis);
  if (flagged.length === 0) return [];
  const lines = flagged.map(({ unit, flag }) => `- **${flagLabel[flag.type]}** ${quoted(flag.text)}${ref(unit)}`);
  return ['## Flags', '', ...lines, ''];
}

function stanceSection(analysis: Analysis): string[] {
  if (analysis.stances.length === 0) return [];
  const rows = analysis.stances.map((stance) => {
    const cells = [
      escapeMarkdown(stance.target),
      stance.stance,
      formatScore(stance.score),
      stance.units.map(escapeMarkdown).join(', '),
      stance.given ? 'given' : 'salient entity',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    '## Stance',
    '',
    '| Target | Stance | Score | Units | Target from |',
    '| --- | --- | --: | --- | --- |',
    ...rows,
    '',
    `_${STANCE_CAVEAT}_`,
    '',
  ];
}

function diagnosticSection(analysis: Analysis): string[] {
  if (analysis.diagnostics.length === 0) return [];
  const lines = analysis.diagnostics.map((d) => {
    const place = diagnosticPlace(d);
    return `- **${d.severity}** ${escapeMarkdown(d.rule)}: ${escapeMarkdown(d.message)}${place === '' ? '' : ` (${place})`}`;
  });
  return ['## Diagnostics', '', ...lines, ''];
}

/**
 * Render an analysis as a Markdown report for people.
 *
 * Sections, in order: the title, `## Thesis` (the major claim as a block quote, or
 * "No argument found"), `## Argument` (the tree as nested bullets: relation to the parent, role
 * and kind in brackets, the text, the hedge level when not certain, the unit id), then, when they
 * have content, `## Claims to check` (by checkworthiness, with quantities, times, entities, the
 * verdict against the fact base and earlier fact-checks that match),
 * `## Predictions and recommendations` (with how a prediction turned out, when facts resolve it),
 * `## Facts cited` (the fact base entries verdicts rest on, with sources), `## Hedges and certainty`, `## Flags`, `## Stance` and
 * `## Diagnostics`. Wherever a unit's text is shown, its speaker (when it has one) comes first in
 * bold, `**SENATOR HALE:** text`. All user text is escaped so it cannot change the layout.
 *
 * @example
 * toMarkdown(analysis, { title: 'Op-ed of 3 May' })
 */
export function toMarkdown(analysis: Analysis, options?: Readonly<MarkdownOptions> | null): string {
  const title = options?.title ?? defaults.title;
  const major = analysis.majorClaim === null ? undefined : analysis.units.find((u) => u.id === analysis.majorClaim);
  const thesis = major === undefined ? 'No argument found.' : `> ${unitText(major)}${ref(major)}`;
  const lines = [
    `# ${escapeMarkdown(title)}`,
    '',
    '## Thesis',
    '',
    thesis,
    '',
    ...argumentSection(analysis),
    ...claimsSection(analysis),
    ...forwardSection(analysis),
    ...sourcesSection(analysis),
    ...hedgeSection(analysis),
    ...flagSection(analysis),
    ...stanceSection(analysis),
    ...diagnosticSection(analysis),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
