/**
 * Hand-written analyses for the serializer tests. Offsets are computed from the text, so
 * `text.slice(start, end) === x.text` holds by construction; the tests also parse them with
 * `AnalysisSchema` to keep them honest.
 */
import type {
  Analysis,
  Cue,
  Entity,
  Flag,
  Quantity,
  Relation,
  TimeExpression,
  Unit,
} from '../../src/model/analysis-schema.ts';

/** The sample post: two paragraphs, eight units, one of them (u8) not argumentative. */
export const SAMPLE_TEXT =
  'Cities should ban cars from their centres. ' +
  'In 2019, Oslo removed 700 parking spaces and pedestrian traffic rose by 10%. ' +
  'Of course, Oslo is hardly a typical city. ' +
  'Clean air always improves public health, cutting asthma cases by 5 to 15 percent.\n\n' +
  'Critics whine that shops will lose customers. ' +
  'Admittedly, the change might take years to pay off. ' +
  'By 2030, most European capitals will probably follow. ' +
  'Thanks for reading!';

function locate(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`sample: "${needle}" not found in the text`);
  return { start, end: start + needle.length };
}

const cue = (text: string, source: Cue['source'] = 'marker', weight = 1): Cue => ({ source, text, weight });

type UnitSpec = Partial<
  Omit<Unit, 'id' | 'start' | 'end' | 'text' | 'sentence' | 'paragraph' | 'quantities' | 'times' | 'entities' | 'flags'>
> & {
  quantities?: Omit<Quantity, 'start' | 'end'>[];
  times?: Omit<TimeExpression, 'start' | 'end'>[];
  entities?: Omit<Entity, 'start' | 'end'>[];
  flags?: Omit<Flag, 'start' | 'end'>[];
};

/** Build a unit for `sentence` of `text`, locating its own spans inside it. */
function makeUnit(text: string, index: number, sentence: string, paragraph: string, spec: UnitSpec): Unit {
  const span = locate(text, sentence);
  const inside = <T extends { text: string }>(items: T[] | undefined): (T & { start: number; end: number })[] =>
    (items ?? []).map((item) => ({ ...item, ...locate(text, item.text, span.start) }));
  return {
    id: `u${index}`,
    ...span,
    text: sentence,
    display: null,
    sentence: `s${index}`,
    paragraph,
    speaker: spec.speaker ?? null,
    listMarker: spec.listMarker ?? null,
    role: spec.role ?? 'claim',
    kind: spec.kind ?? 'opinion',
    checkworthiness: spec.checkworthiness ?? 0.2,
    checkworthy: spec.checkworthy ?? false,
    concession: spec.concession ?? false,
    certainty: spec.certainty ?? { level: 'certain', cues: [] },
    quantities: inside(spec.quantities),
    times: inside(spec.times),
    entities: inside(spec.entities),
    flags: inside(spec.flags),
    cues: spec.cues ?? { role: [], kind: [], checkworthiness: [], concession: [] },
  };
}

const relation = (id: string, from: string, to: string, type: Relation['type'], marker?: string): Relation => ({
  id,
  from,
  to,
  type,
  confidence: 0.8,
  cues: marker === undefined ? [] : [cue(marker)],
});

const oslo: Omit<Entity, 'start' | 'end'> = {
  text: 'Oslo',
  type: 'place',
  name: 'Oslo',
  partOf: ['Norway'],
  source: 'gazetteer',
};

/**
 * A complete analysis of {@link SAMPLE_TEXT}: major claim u1; u2, u4 and u7 support it; u5 and the
 * concession u6 attack it; u3 undercuts the link from u2 to u1; u8 has role `none`. It carries
 * quantities (an exact figure, a percentage, a range), times, entities, all three main flag types,
 * hedged units with cues, two stances and a diagnostic.
 */
export function sampleAnalysis(): Analysis {
  const text = SAMPLE_TEXT;
  const p1 = locate(text, 'Cities');
  const p2 = locate(text, 'Critics');
  const paragraphs = [
    { id: 'p1', start: p1.start, end: text.indexOf('\n\n') },
    { id: 'p2', start: p2.start, end: text.length },
  ];
  const specs: [string, string, UnitSpec][] = [
    ['Cities should ban cars from their centres.', 'p1', { role: 'major_claim', kind: 'recommendation', cues: { role: [cue('first sentence', 'position')], kind: [cue('should')], checkworthiness: [], concession: [] } }],
    ['In 2019, Oslo removed 700 parking spaces and pedestrian traffic rose by 10%.', 'p1', {
      role: 'premise', kind: 'fact', checkworthiness: 0.92, checkworthy: true,
      quantities: [
        { text: '700', value: 700, min: 700, max: 700, unit: null, counted: 'parking spaces', approximate: false },
        { text: '10%', value: 10, min: 10, max: 10, unit: 'percent', counted: null, approximate: false },
      ],
      times: [{ text: '2019', from: '2019', to: '2019' }],
      entities: [oslo],
    }],
    ['Of course, Oslo is hardly a typical city.', 'p1', { role: 'premise', kind: 'opinion', checkworthiness: 0.52, checkworthy: true, entities: [oslo] }],
    ['Clean air always improves public health, cutting asthma cases by 5 to 15 percent.', 'p1', {
      role: 'premise', kind: 'fact', checkworthiness: 0.74, checkworthy: true,
      quantities: [{ text: '5 to 15 percent', value: null, min: 5, max: 15, unit: 'percent', counted: null, approximate: false }],
      flags: [{ type: 'absolute', text: 'always' }],
    }],
    ['Critics whine that shops will lose customers.', 'p2', { role: 'claim', kind: 'prediction', checkworthiness: 0.35, flags: [{ type: 'loaded', text: 'whine' }] }],
    ['Admittedly, the change might take years to pay off.', 'p2', {
      role: 'claim', kind: 'prediction', concession: true,
      certainty: { level: 'possible', cues: [cue('might')] },
      cues: { role: [], kind: [], checkworthiness: [], concession: [cue('Admittedly')] },
    }],
    ['By 2030, most European capitals will probably follow.', 'p2', {
      role: 'claim', kind: 'prediction', checkworthiness: 0.41,
      certainty: { level: 'probable', cues: [cue('probably')] },
      times: [{ text: '2030', from: '2030', to: '2030' }],
      flags: [{ type: 'generalisation', text: 'most European capitals' }],
    }],
    ['Thanks for reading!', 'p2', { role: 'none', kind: 'other', checkworthiness: 0.01 }],
  ];
  const units = specs.map(([sentence, paragraph, spec], i) => makeUnit(text, i + 1, sentence, paragraph, spec));
  const seven = units[1]?.quantities[0];
  return {
    version: '1.0',
    id: 'sample-post',
    format: 'text',
    text,
    paragraphs,
    sentences: units.map((u) => ({ id: u.sentence, start: u.start, end: u.end, paragraph: u.paragraph })),
    units,
    relations: [
      relation('r1', 'u2', 'u1', 'support'),
      relation('r2', 'u3', 'u2', 'undercut', 'Of course'),
      relation('r3', 'u4', 'u1', 'support'),
      relation('r4', 'u5', 'u1', 'attack'),
      relation('r5', 'u6', 'u1', 'attack', 'Admittedly'),
      relation('r6', 'u7', 'u1', 'support'),
    ],
    majorClaim: 'u1',
    stances: [
      { target: 'car-free city centres', stance: 'favor', score: 0.68, units: ['u1', 'u7'], given: true },
      { target: 'Oslo', stance: 'none', score: 0.04, units: ['u2', 'u3'], given: false },
    ],
    matches: [
      {
        unit: 'u2',
        matches: [{ id: 'fc-oslo', score: 0.81, claim: 'Oslo removed 700 parking spaces in 2019.', verdict: 'True', url: 'https://factcheck.example/oslo-parking' }],
      },
    ],
    verdicts: [
      {
        unit: 'u2',
        verdict: 'supported',
        facts: ['f1'],
        explanation: 'The claim says 700 parking spaces were removed in Oslo in 2019; f1 (Oslo city council) gives 700 for Oslo in 2019.',
      },
      { unit: 'u4', verdict: 'unverified', facts: [], explanation: 'No fact in the fact base speaks to asthma cases.' },
    ],
    resolutions: [],
    facts: [
      {
        id: 'f1',
        statement: 'Oslo removed about 700 street parking spaces from its centre in 2019.',
        subject: 'parking spaces removed in central Oslo',
        value: 700,
        unit: 'parking spaces',
        time: { from: '2019', to: '2019' },
        place: 'Oslo',
        source: { title: 'Oslo city council: Car-free livability programme <2019>', url: 'https://oslo.example/car-free' },
        quote: 'about 700 parking spaces were removed',
      },
    ],
    diagnostics: [
      {
        rule: 'quantity/no-unit',
        severity: 'warning',
        message: 'The quantity "700" names no unit.',
        start: seven?.start ?? 0,
        end: seven?.end ?? 0,
      },
    ],
  };
}

/** A text that argues nothing: two units of role `none`, no relations, no major claim. */
export function noArgumentAnalysis(): Analysis {
  const text = 'Good morning everyone. The weather is nice.';
  const units = [
    makeUnit(text, 1, 'Good morning everyone.', 'p1', { role: 'none', kind: 'other' }),
    makeUnit(text, 2, 'The weather is nice.', 'p1', { role: 'none', kind: 'opinion' }),
  ];
  return {
    version: '1.0',
    id: null,
    format: 'text',
    text,
    paragraphs: [{ id: 'p1', start: 0, end: text.length }],
    sentences: units.map((u) => ({ id: u.sentence, start: u.start, end: u.end, paragraph: u.paragraph })),
    units,
    relations: [],
    majorClaim: null,
    stances: [],
    matches: [],
    verdicts: [],
    resolutions: [],
    facts: [],
    diagnostics: [],
  };
}

/** An analysis whose whole text is one unit, the major claim: for escaping tests over arbitrary text. */
export function singleUnitAnalysis(text: string, overrides: Partial<Unit> = {}): Analysis {
  const unit: Unit = {
    ...makeUnit(text, 1, text, 'p1', { role: 'major_claim', kind: 'opinion' }),
    start: 0,
    end: text.length,
    ...overrides,
  };
  return {
    version: '1.0',
    id: null,
    format: 'text',
    text,
    paragraphs: [{ id: 'p1', start: 0, end: text.length }],
    sentences: [{ id: 's1', start: 0, end: text.length, paragraph: 'p1' }],
    units: [unit],
    relations: [],
    majorClaim: unit.id,
    stances: [],
    matches: [],
    verdicts: [],
    resolutions: [],
    facts: [],
    diagnostics: [],
  };
}

/** A relation with full confidence and no cues, for tests that build relation lists by hand. */
export const rel = (id: string, from: string, to: string, type: Relation['type']): Relation => ({
  id,
  from,
  to,
  type,
  confidence: 1,
  cues: [],
});
