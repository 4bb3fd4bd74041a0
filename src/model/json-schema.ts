/** The JSON Schema of the analysis, generated from the zod schema the code itself validates with. */
import { z } from 'zod';
import { AnalysisSchema, SCHEMA_VERSION } from './analysis-schema.ts';

/** Draft 2020-12 JSON Schema for `Analysis`, with a versioned `$id`. */
export function analysisJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://argscope.dev/schema/analysis-${SCHEMA_VERSION}.json`,
    title: `argscope analysis ${SCHEMA_VERSION}`,
    ...z.toJSONSchema(AnalysisSchema),
  };
}
