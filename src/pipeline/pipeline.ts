/**
 * Passes and the pipeline that orders them. A pass names what it needs and what it provides; the
 * pipeline refuses, when built, an order in which a pass would run before what it needs.
 */
import type { AnalysisContext } from './context.ts';

/** What a pass can provide for later passes to rely on. */
export type Capability =
  | 'sentences'
  | 'units'
  | 'quantities'
  | 'times'
  | 'entities'
  | 'flags'
  | 'certainty'
  | 'concession'
  | 'kinds'
  | 'checkworthiness'
  | 'structure'
  | 'stance'
  | 'verdicts';

export interface Pass {
  readonly name: string;
  readonly requires: readonly Capability[];
  readonly provides: readonly Capability[];
  run(context: AnalysisContext): void;
}

export interface Pipeline {
  readonly passes: readonly Pass[];
  run(context: AnalysisContext): void;
}

/** Checks that each pass's requirements are provided by an earlier pass; a bad order is a programmer error. */
export function buildPipeline(passes: readonly Pass[]): Pipeline {
  const provided = new Set<Capability>();
  for (const pass of passes) {
    const missing = pass.requires.filter((capability) => !provided.has(capability));
    if (missing.length > 0) {
      throw new Error(`pass "${pass.name}" requires ${missing.join(', ')}, which no earlier pass provides`);
    }
    for (const capability of pass.provides) provided.add(capability);
  }
  return {
    passes,
    run(context) {
      for (const pass of passes) pass.run(context);
    },
  };
}
