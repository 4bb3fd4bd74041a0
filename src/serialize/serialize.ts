/** One entry point for every output format, so the CLI, the server and the web app agree. */
import type { Analysis } from '../model/analysis-schema.ts';
import { toAif } from './to-aif.ts';
import { toArgdown } from './to-argdown.ts';
import { toHtml } from './to-html.ts';
import { toJson } from './to-json.ts';
import { toMarkdown } from './to-markdown.ts';

/** The output formats, in the order `--help` lists them. */
export const OUTPUT_FORMATS = ['json', 'md', 'argdown', 'aif', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Serialises `analysis` in `format`; JSON is indented when `pretty` is set. */
export function serialize(analysis: Analysis, format: OutputFormat, pretty = false): string {
  switch (format) {
    case 'json':
      return toJson(analysis, { pretty });
    case 'md':
      return toMarkdown(analysis);
    case 'argdown':
      return toArgdown(analysis);
    case 'aif':
      return toAif(analysis);
    case 'html':
      return toHtml(analysis);
  }
}
