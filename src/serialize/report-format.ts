/**
 * Wording and selections shared by the human-readable serializers (Markdown and HTML), so both
 * reports say the same thing in the same words. Everything returns plain, unescaped text: each
 * serializer escapes for its own format.
 */
import type {
  Analysis,
  CertaintyLevel,
  Entity,
  Flag,
  Kind,
  Quantity,
  RelationType,
  Role,
  TimeExpression,
  Unit,
} from '../model/analysis-schema.ts';

/**
 * Said under every stance table. Stance is the weakest reading argscope makes (docs/benchmarks.md:
 * on tweets toward targets its model never saw it is often wrong, and it reads favour too often),
 * yet a table states it as plainly as a number; the reader should know to check the units.
 */
export const STANCE_CAVEAT =
  'Stance is the least reliable reading in this report: measured on text toward targets the model never saw, it is often wrong and reads favour too often. Check the listed units before relying on it.';

/** How a child bears on its parent, as a verb. */
export const relationVerb: Readonly<Record<RelationType, string>> = Object.freeze({
  support: 'supports',
  attack: 'attacks',
  undercut: 'undercuts',
});

/** Roles in words. */
export const roleLabel: Readonly<Record<Role, string>> = Object.freeze({
  major_claim: 'major claim',
  claim: 'claim',
  premise: 'premise',
  none: 'none',
});

/** Kinds in words (they are already words; kept as a table so the wording lives in one place). */
export const kindLabel: Readonly<Record<Kind, string>> = Object.freeze({
  fact: 'fact',
  opinion: 'opinion',
  prediction: 'prediction',
  recommendation: 'recommendation',
  question: 'question',
  other: 'other',
});

/** Flag types in words, plural for section headings. */
export const flagLabel: Readonly<Record<Flag['type'], string>> = Object.freeze({
  absolute: 'absolute',
  generalisation: 'generalisation',
  loaded: 'loaded language',
  figurative: 'figurative',
  scare_quotes: 'scare quotes',
});

/** The bracketed labels of a unit: role, kind and, when set, concession. */
export function unitLabels(unit: Unit): string[] {
  const labels = [roleLabel[unit.role], kindLabel[unit.kind]];
  if (unit.concession) labels.push('concession');
  return labels;
}

/** The hedging level when it is worth mentioning, else null. */
export function hedgeLevel(unit: Unit): Exclude<CertaintyLevel, 'certain'> | null {
  return unit.certainty.level === 'certain' ? null : unit.certainty.level;
}

/** Unit text on one line: reports are line-based, and a unit's own line breaks carry no meaning there. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

// Fixed locale so a report is byte-identical wherever it is produced.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A number for readers: `1400000` → `1,400,000`. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * A quantity's bounds: `5–15`, `≥ 500` or `≤ 20` when the text leaves a side open
 * ("more than 500"), `?` when it gives neither.
 */
export function formatRange(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  if (min !== null) return `≥ ${formatNumber(min)}`;
  if (max !== null) return `≤ ${formatNumber(max)}`;
  return '?';
}

/**
 * A quantity's normalised value: `≈1,400,000 people (Afghan refugees)`; the bounds when the text
 * states no single value (`5–15 percent`, `≥ 500 people`); both when they differ from the value.
 */
export function formatQuantityValue(quantity: Quantity): string {
  const { value, min, max } = quantity;
  const range = formatRange(min, max);
  let text = value === null ? range : formatNumber(value);
  if (value !== null && (min !== value || max !== value)) text += ` (${range})`;
  if (quantity.approximate) text = `≈${text}`;
  if (quantity.unit !== null) text += ` ${quantity.unit}`;
  if (quantity.counted !== null) text += ` (${quantity.counted})`;
  return text;
}

/** A time's normalised span: `2019`, or `2019-01 – 2019-06`. */
export function formatTimeValue(time: TimeExpression): string {
  return time.from === time.to ? time.from : `${time.from} – ${time.to}`;
}

/** An entity's canonical description: `Khyber Pakhtunkhwa (place, in Pakistan)`. */
export function formatEntityValue(entity: Entity): string {
  const details: string[] = [entity.type];
  if (entity.partOf.length > 0) details.push(`in ${entity.partOf.join(', ')}`);
  return `${entity.name} (${details.join(', ')})`;
}

/**
 * The values once each, first occurrence first: a phrase a unit repeats ("Afghan refugee crisis …
 * Afghan refugees") is the same reading twice, and listing it twice reads as a second finding.
 */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Checkworthy units, most checkworthy first; ties keep document order. */
export function claimsToCheck(analysis: Analysis): Unit[] {
  return analysis.units
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => unit.checkworthy)
    .sort((a, b) => b.unit.checkworthiness - a.unit.checkworthiness || a.index - b.index)
    .map(({ unit }) => unit);
}

/** Units that predict or recommend, document order. */
export function forwardLooking(analysis: Analysis): Unit[] {
  return analysis.units.filter((unit) => unit.kind === 'prediction' || unit.kind === 'recommendation');
}

/** Units whose certainty is below `certain`, document order. */
export function hedgedUnits(analysis: Analysis): Unit[] {
  return analysis.units.filter((unit) => unit.certainty.level !== 'certain');
}

/** Every flag with the unit that carries it, document order. */
export function flaggedPhrases(analysis: Analysis): { unit: Unit; flag: Flag }[] {
  return analysis.units.flatMap((unit) => unit.flags.map((flag) => ({ unit, flag })));
}

/** A signed score for readers: `+0.68`, `-0.40`, `0.00`. */
export function formatScore(score: number): string {
  const fixed = score.toFixed(2);
  return score > 0 ? `+${fixed}` : fixed === '-0.00' ? '0.00' : fixed;
}

/** Where a diagnostic points, in words, or an empty string. */
export function diagnosticPlace(diagnostic: Analysis['diagnostics'][number]): string {
  if (diagnostic.line !== undefined) return `line ${diagnostic.line}`;
  if (diagnostic.start !== undefined && diagnostic.end !== undefined) {
    return `characters ${diagnostic.start}–${diagnostic.end}`;
  }
  if (diagnostic.start !== undefined) return `character ${diagnostic.start}`;
  return '';
}

/** The unit as a reader sees it: markup-free for Markdown and HTML inputs, else its text. */
export function displayOf(unit: Unit): string {
  return unit.display ?? unit.text;
}

/** Who said the unit, on one line, or null for monologue text (no speaker, or only whitespace). */
export function speakerOf(unit: Unit): string | null {
  const speaker = unit.speaker === null ? '' : oneLine(unit.speaker);
  return speaker === '' ? null : speaker;
}
