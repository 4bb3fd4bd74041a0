/**
 * The analysis schema's version, apart from the zod schema so the analysis itself does not load
 * zod (about a quarter of a second at start-up). Bumped whenever a field changes meaning or
 * disappears; additions keep the version.
 */
export const SCHEMA_VERSION = '1.0';
