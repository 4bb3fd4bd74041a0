/**
 * Argument Interchange Format export in the AIFdb JSON dialect, the one AIFdb
 * (corpora.aifdb.org, `/json/<id>`) serves and OVA imports: `{nodes, edges, participants, locutions}`.
 * AIFdb exports name the speakers in a top-level `participants` list of
 * `{participantID, firstname, surname}`, which each locution's `personID` refers to.
 */
import type { Analysis, Relation, Unit } from '../model/analysis-schema.ts';
import { displayOf, speakerOf } from './report-format.ts';

/** AIF node types: I (information), RA (inference), CA (conflict), MA (rephrase), L (locution), YA (illocution), TA (transition). */
export type AifNodeType = 'I' | 'RA' | 'CA' | 'MA' | 'L' | 'YA' | 'TA';

/** A node as AIFdb writes it; ids are strings of decimal numbers. */
export interface AifNode {
  nodeID: string;
  text: string;
  type: AifNodeType;
  timestamp?: string;
}

/** A directed edge; `formEdgeID` is always null outside AIF+ form mappings. */
export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}

/** Who uttered an L-node. */
export interface AifLocution {
  nodeID: string;
  personID: string;
  timestamp?: string;
}

/**
 * A speaker, as AIFdb and OVA keep one: the name split into first name and surname at its last
 * space (`GOVERNOR REYES` → `GOVERNOR` / `REYES`; a one-word name has an empty surname), so that
 * `firstname surname` reads back as the name the L-nodes carry.
 */
export interface AifParticipant {
  participantID: string;
  firstname: string;
  surname: string;
}

/** The whole AIFdb JSON document. */
export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  /** Everyone a locution names: every `locutions[].personID` is a `participantID` here. Empty without the dialogue layer. */
  participants: AifParticipant[];
  locutions: AifLocution[];
}

/** Options for {@link toAif}. */
export interface AifOptions {
  /**
   * Timestamp written on every node (AIFdb uses `YYYY-MM-DD HH:MM:SS`); omitted when null. The
   * serializer never reads the clock, so the same analysis always gives the same JSON.
   */
  timestamp?: string | null;
  /**
   * Add the dialogue layer of Inference Anchoring Theory: an L-node per unit (`Speaker: text`),
   * anchored to its I-node by a YA `Asserting` node, consecutive L-nodes linked by TA
   * `Default Transition`, and a participant per speaker (`Author` for units without one).
   * `auto` (the default) adds it when any unit has a speaker.
   */
  locutions?: boolean | 'auto';
}

const defaults: Readonly<{ timestamp: string | null; locutions: boolean | 'auto' }> = Object.freeze({
  timestamp: null,
  locutions: 'auto',
});

/** The fallback speaker for monologue text when the dialogue layer is asked for. */
const AUTHOR = 'Author';

class AifBuilder {
  readonly doc: AifDocument = { nodes: [], edges: [], participants: [], locutions: [] };
  private nodeCount = 0;
  private edgeCount = 0;

  constructor(private readonly timestamp: string | null) {}

  node(type: AifNodeType, text: string): string {
    this.nodeCount += 1;
    const nodeID = String(this.nodeCount);
    this.doc.nodes.push(this.timestamp === null ? { nodeID, text, type } : { nodeID, text, type, timestamp: this.timestamp });
    return nodeID;
  }

  edge(fromID: string, toID: string): void {
    this.edgeCount += 1;
    this.doc.edges.push({ edgeID: String(this.edgeCount), fromID, toID, formEdgeID: null });
  }

  /** An S-node between two nodes: from → S → to. */
  scheme(type: 'RA' | 'CA', fromID: string, toID: string): string {
    const id = this.node(type, type === 'RA' ? 'Default Inference' : 'Default Conflict');
    this.edge(fromID, id);
    this.edge(id, toID);
    return id;
  }
}

/** A speaker's name split at its last space, as {@link AifParticipant} describes. */
function participantName(name: string): { firstname: string; surname: string } {
  const space = name.lastIndexOf(' ');
  return space < 0 ? { firstname: name, surname: '' } : { firstname: name.slice(0, space), surname: name.slice(space + 1) };
}

function addDialogue(builder: AifBuilder, units: readonly Unit[], iNodes: ReadonlyMap<string, string>): void {
  const people = new Map<string, string>();
  /** The participant id of a speaker, adding the participant the first time the speaker talks. */
  const personID = (speaker: string): string => {
    const known = people.get(speaker);
    if (known !== undefined) return known;
    const participantID = String(people.size + 1);
    people.set(speaker, participantID);
    builder.doc.participants.push({ participantID, ...participantName(speaker) });
    return participantID;
  };
  let previous: string | null = null;
  for (const unit of units) {
    const speaker = speakerOf(unit) ?? AUTHOR;
    const lNode = builder.node('L', `${speaker}: ${displayOf(unit)}`);
    const locution: AifLocution = { nodeID: lNode, personID: personID(speaker) };
    builder.doc.locutions.push(locution);
    const iNode = iNodes.get(unit.id);
    if (iNode !== undefined) {
      const ya = builder.node('YA', 'Asserting');
      builder.edge(lNode, ya);
      builder.edge(ya, iNode);
    }
    if (previous !== null) {
      const ta = builder.node('TA', 'Default Transition');
      builder.edge(previous, ta);
      builder.edge(ta, lNode);
    }
    previous = lNode;
  }
}

/**
 * Build the AIF graph of an analysis as an object (what {@link toAif} stringifies).
 *
 * Every unit becomes an I-node whose text is the unit text. A support relation becomes an RA node
 * (`Default Inference`) with edges premise I → RA → conclusion I; an attack a CA node
 * (`Default Conflict`) with edges attacker I → CA → attacked I. An undercut attacks the inference
 * from its `to` unit to that unit's own parent, so its CA node points at the S-node of that link:
 * the RA node of the first support relation leaving `to`, else the CA node of the first attack
 * leaving it, else (nothing to undercut) the I-node of `to` itself. Relations naming unknown units
 * are left out, so every edge joins two existing nodes.
 */
export function buildAif(analysis: Analysis, options?: Readonly<AifOptions> | null): AifDocument {
  const timestamp = options?.timestamp ?? defaults.timestamp;
  const locutions = options?.locutions ?? defaults.locutions;
  const builder = new AifBuilder(timestamp);

  const iNodes = new Map<string, string>();
  for (const unit of analysis.units) iNodes.set(unit.id, builder.node('I', displayOf(unit)));

  const known = (r: Relation): boolean => iNodes.has(r.from) && iNodes.has(r.to);
  const sNodes = new Map<string, string>();
  for (const relation of analysis.relations) {
    if (relation.type === 'undercut' || !known(relation)) continue;
    const from = iNodes.get(relation.from) ?? '';
    const to = iNodes.get(relation.to) ?? '';
    sNodes.set(relation.id, builder.scheme(relation.type === 'support' ? 'RA' : 'CA', from, to));
  }
  for (const relation of analysis.relations) {
    if (relation.type !== 'undercut' || !known(relation)) continue;
    const leaving = analysis.relations.filter((r) => r.from === relation.to && r.type !== 'undercut' && sNodes.has(r.id));
    const link = leaving.find((r) => r.type === 'support') ?? leaving[0];
    const target = (link === undefined ? undefined : sNodes.get(link.id)) ?? iNodes.get(relation.to) ?? '';
    sNodes.set(relation.id, builder.scheme('CA', iNodes.get(relation.from) ?? '', target));
  }

  const withDialogue = locutions === 'auto' ? analysis.units.some((u) => speakerOf(u) !== null) : locutions;
  if (withDialogue) addDialogue(builder, analysis.units, iNodes);
  return builder.doc;
}

/**
 * Render an analysis as AIF JSON in the AIFdb dialect (`{nodes, edges, participants, locutions}`,
 * string ids, node types I/RA/CA/L/YA/TA), pretty-printed with two spaces. See {@link buildAif} for how
 * units and relations map to nodes.
 */
export function toAif(analysis: Analysis, options?: Readonly<AifOptions> | null): string {
  return JSON.stringify(buildAif(analysis, options), null, 2);
}
