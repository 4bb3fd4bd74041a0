/**
 * Argdown export (https://argdown.org/syntax/), so an analysis opens in the Argdown editor,
 * VS Code extension or CLI and renders as an argument map.
 *
 * Syntax chosen, from the Argdown syntax reference ("Relations", "Relation direction"):
 *  - every unit is a titled statement, `[u3]: text #tags`; the major claim is the root of one
 *    relation tree, its reasons and objections nested under it, four spaces per level;
 *  - a child line starts with the relation symbol seen from the child: `+ ` (the child supports
 *    the parent, same as `<+`), `- ` (attacks, same as `<-`) and `<_ ` (undercuts). The undercut
 *    is always written with its explicit direction: the bare `_` form is documented as equal to
 *    `<_`, but some released lexers read a leading `_` as the start of italics;
 *  - Argdown lets an undercut target only an argument (its inference), never a plain statement:
 *    under a statement `<_` fails with "Missing inference". A unit whose link to its parent is
 *    undercut is therefore written as an argument, `<u2>: text`, which stands for the inference
 *    from u2 to its parent, and the undercutter is nested under it. An undercut of a unit that has
 *    no outgoing link (nothing to undercut) is written as an attack, with a comment;
 *  - a unit reached a second time (a premise serving two claims) is a reference, `+ [u2]`
 *    (`+ <u2>` for a unit written as an argument);
 *  - a unit with a speaker (a transcript turn) starts its text with the speaker and a colon,
 *    `[u5]: GOVERNOR REYES: We have permitted ...`, so the map says who claimed what; the colon is
 *    plain text there (only `[title]:` at the start of a line defines), and the speaker is escaped
 *    like the rest of the text. A speaker hashtag would only colour the map, and tags already
 *    carry role and kind; a `{speaker: ...}` data block would not show in the map at all;
 *  - role, kind, certainty below `certain`, check-worthiness and concession are hashtags;
 *  - units outside the tree follow as top-level statements; notes are `//` comments.
 * Checked by hand against the @argdown/core 1.7.5 parser (not a dependency): the sample, shared
 * premises, cycles, fallbacks and hostile text all parse without lexer or parser errors, with the
 * relations and statement texts coming back as written.
 */
import type { Analysis, Unit } from '../model/analysis-schema.ts';
import { buildArgumentForest, type ArgumentNode } from './argument-tree.ts';
import { citedFacts, evidenceByUnit, formatMatchScore, outcomeLabel } from './evidence-format.ts';
import { displayOf, oneLine, speakerOf } from './report-format.ts';

/** Options for {@link toArgdown}. */
export interface ArgdownOptions {
  /** Document title, written to the front matter (the map's title); `Argument report` by default. */
  title?: string;
  /**
   * How statements are titled: `id` gives `[u3]`, `slug` gives the id plus the first words,
   * `[u3 Oslo removed 700 parking spaces]`, which reads better in a map.
   */
  titles?: 'id' | 'slug';
}

const defaults: Readonly<Required<ArgdownOptions>> = Object.freeze({ title: 'Argument report', titles: 'id' });

const INDENT = '    ';

/**
 * Escape text for an Argdown statement: whitespace collapsed (an empty line would end the
 * statement), and every character that starts Argdown syntax inside a line (titles, mentions,
 * tags, emphasis, links, comments, YAML data) backslash-escaped; Argdown reads `\x` as `x`.
 * A `.` or `:` that opens a `.x.` / `:x:` run is escaped too: Argdown reads such runs as
 * shortcodes (`.A.` is ∀, `:up:` an emoji) and keeps unknown ones verbatim, backslashes included.
 * Parentheses stay: `(1)` means something only at the start of a line, and text never starts one.
 */
export function escapeArgdown(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\@#*_[\]<>/{}]/gu, '\\$&')
    .replace(/\.(?=\S+?\.)|:(?=\S+?:)/gu, '\\$&');
}

/** A title that Argdown accepts between brackets: no brackets, no line breaks, no colon right after. */
function titleFor(unit: Unit, mode: 'id' | 'slug'): string {
  const id = unit.id.replace(/[[\]<>\s:]+/gu, '-');
  if (mode === 'id') return id;
  const words = displayOf(unit).replace(/[^\p{L}\p{N}\s'-]+/gu, ' ').trim().split(/\s+/u).filter(Boolean).slice(0, 6);
  return words.length === 0 ? id : `${id} ${words.join(' ')}`;
}

/** Hashtags for what the analysis says about a unit. */
function tagsFor(unit: Unit): string[] {
  const tags: string[] = [];
  if (unit.role !== 'none') tags.push(`#${unit.role.replace('_', '-')}`);
  tags.push(`#${unit.kind}`);
  if (unit.certainty.level !== 'certain') tags.push(`#${unit.certainty.level}`);
  if (unit.checkworthy) tags.push('#checkworthy');
  if (unit.concession) tags.push('#concession');
  return tags;
}

interface Context {
  readonly mode: 'id' | 'slug';
  /** Units whose link to their parent is undercut: written as arguments `<uN>`. */
  readonly asArgument: ReadonlySet<string>;
  readonly defined: Set<string>;
}

/** The member for a unit: a definition the first time, a reference after. */
function member(unit: Unit, context: Context, allowArgument: boolean): string {
  const title = titleFor(unit, context.mode);
  const argument = allowArgument && context.asArgument.has(unit.id);
  const [open, close] = argument ? ['<', '>'] : ['[', ']'];
  if (context.defined.has(unit.id)) return `${open}${title}${close}`;
  context.defined.add(unit.id);
  const text = escapeArgdown(displayOf(unit)) || '(empty)';
  // Escaped with its colon, so a colon inside the speaker cannot open a `:x:` shortcode with it.
  const speaker = speakerOf(unit);
  const said = speaker === null ? text : `${escapeArgdown(`${speaker}:`)} ${text}`;
  return `${open}${title}${close}: ${[said, ...tagsFor(unit)].join(' ')}`;
}

function relationLines(node: ArgumentNode, depth: number, context: Context): string[] {
  const lines: string[] = [];
  for (const child of node.children) {
    const type = child.relation?.type ?? 'support';
    // An undercut needs an argument (an inference) to land on; a root statement has none.
    const undercutOk = type !== 'undercut' || (node.relation !== null && context.asArgument.has(node.unit.id));
    const symbol = type === 'support' ? '+' : type === 'attack' || !undercutOk ? '-' : '<_';
    const note = undercutOk ? '' : ` // undercut written as attack: ${titleFor(node.unit, context.mode)} has no inference here`;
    lines.push(`${INDENT.repeat(depth + 1)}${symbol} ${member(child.unit, context, true)}${note}`);
    if (!child.repeated) lines.push(...relationLines(child, depth + 1, context));
  }
  return lines;
}

function treeBlock(root: ArgumentNode, context: Context): string {
  return [member(root.unit, context, false), ...relationLines(root, 0, context)].join('\n');
}

/**
 * Render an analysis as Argdown: the major claim as the root statement with its supports (`+`),
 * attacks (`-`) and undercuts (`<_`) nested under it, every unit titled by its id (or a slug) and
 * tagged with role, kind, hedge level, `#checkworthy` and `#concession`, its text prefixed with
 * `SPEAKER: ` when the unit has a speaker; related units that do
 * not reach the thesis and unrelated units follow as separate statements. See the file comment
 * for the exact syntax and why undercut targets become arguments.
 */
export function toArgdown(analysis: Analysis, options?: Readonly<ArgdownOptions> | null): string {
  // Front matter is YAML between `===` lines and Argdown's lexer ends it at the first `=`, so the
  // title loses its `=`; a JSON string is valid YAML.
  const title = (options?.title ?? defaults.title).replace(/=/gu, ' ').replace(/\s+/gu, ' ').trim();
  const mode = options?.titles ?? defaults.titles;
  const forest = buildArgumentForest(analysis);

  const undercutTargets = new Set(analysis.relations.filter((r) => r.type === 'undercut').map((r) => r.to));
  const linked = new Set(analysis.relations.filter((r) => r.type !== 'undercut').map((r) => r.from));
  const asArgument = new Set([...undercutTargets].filter((id) => linked.has(id)));
  const context: Context = { mode, asArgument, defined: new Set() };

  const blocks: string[] = [`===\ntitle: ${JSON.stringify(title)}\n===`];
  blocks.push(
    `// argscope analysis${analysis.id === null ? '' : ` of ${analysis.id.replace(/\s+/gu, ' ')}`}: ` +
      `${analysis.units.length} units, ${analysis.relations.length} relations`,
  );
  if (forest.root !== null) blocks.push(treeBlock(forest.root, context));
  else blocks.push('// No argument found: the text has no major claim.');
  if (forest.detached.length > 0) {
    blocks.push('// Related units not connected to the thesis');
    for (const tree of forest.detached) blocks.push(treeBlock(tree, context));
  }
  if (forest.loose.length > 0) {
    blocks.push(forest.root === null ? '// Statements' : '// Not part of the argument');
    for (const unit of forest.loose) blocks.push(member(unit, context, false));
  }
  const evidence = evidenceComments(analysis);
  if (evidence.length > 0) blocks.push(evidence.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** Verdicts, outcomes, earlier fact-checks and cited facts as `//` comments: Argdown has no syntax for them. */
function evidenceComments(analysis: Analysis): string[] {
  const comment = (text: string): string => `// ${oneLine(text)}`;
  const evidenceOf = evidenceByUnit(analysis);
  const lines: string[] = [];
  for (const unit of analysis.units) {
    const { verdict, resolution, matches } = evidenceOf(unit.id);
    if (verdict !== null) lines.push(comment(`${unit.id} ${verdict.verdict}: ${verdict.explanation}${verdict.facts.length === 0 ? '' : ` [${verdict.facts.join(', ')}]`}`));
    if (resolution !== null) lines.push(comment(`${unit.id} ${outcomeLabel[resolution.outcome]}: ${resolution.explanation}${resolution.facts.length === 0 ? '' : ` [${resolution.facts.join(', ')}]`}`));
    for (const match of matches) {
      lines.push(comment(`${unit.id} checked before: "${match.claim}"${match.verdict === null ? '' : ` rated "${match.verdict}"`} (score ${formatMatchScore(match)})${match.url === null ? '' : ` ${match.url}`}`));
    }
  }
  for (const fact of citedFacts(analysis)) {
    lines.push(comment(`${fact.id}: ${fact.statement} Source: ${fact.source.title}${fact.source.url === null ? '' : ` ${fact.source.url}`}`));
  }
  return lines.length === 0 ? [] : ['// Evidence', ...lines];
}
