/** The JSON export: the analysis object itself, which is plain data by design (ids, not references). */
import type { Analysis } from '../model/analysis-schema.ts';

export interface JsonOptions {
  /** Indent for humans; off by default so JSONL stays one line per document. */
  readonly pretty: boolean;
}

/** Serialises an analysis as JSON, valid against `schema/analysis.schema.json`. */
export function toJson(analysis: Analysis, options?: Readonly<Partial<JsonOptions>> | null): string {
  return JSON.stringify(analysis, null, options?.pretty === true ? 2 : undefined);
}
