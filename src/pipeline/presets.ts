/** Presets: ordered pass lists, checked when the module loads. */
import { certaintyPass } from '../passes/certainty.ts';
import { checkworthinessPass } from '../passes/checkworthiness.ts';
import { concessionPass } from '../passes/concession.ts';
import { entitiesPass } from '../passes/entities/entities.ts';
import { flagsPass } from '../passes/flags.ts';
import { kindsPass } from '../passes/kinds.ts';
import { quantitiesPass } from '../passes/quantities.ts';
import { sentencesPass } from '../passes/segment-sentences.ts';
import { unitsPass } from '../passes/segment-units.ts';
import { stancePass } from '../passes/stance.ts';
import { structurePass } from '../passes/structure/structure.ts';
import { timesPass } from '../passes/times.ts';
import { buildPipeline } from './pipeline.ts';

/** The full default analysis. */
export const DEFAULT_PIPELINE = buildPipeline([
  sentencesPass,
  unitsPass,
  timesPass,
  quantitiesPass,
  entitiesPass,
  flagsPass,
  certaintyPass,
  concessionPass,
  kindsPass,
  checkworthinessPass,
  structurePass,
  stancePass,
]);
