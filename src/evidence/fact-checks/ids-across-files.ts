/**
 * An id two collection files given in one run use for different claims. Files numbered on their
 * own (two CSVs both counting from 0) clash; the index updates fact-checks by id, so the later
 * file's record silently replaced the earlier ("indexed 4 fact-checks ... holds 2"). Within one
 * file `RepeatedIds` reports this; across the files of a run this does, naming both files, and
 * keeps the first. The same claim under the same id in two files is one fact-check, quietly.
 * Only one run's files are compared: re-indexing into an existing index updates by id, by design.
 */
import type { FactCheck } from '../../model/evidence-schema.ts';
import type { FactCheckProblem, FactCheckResult, RecordPlace } from './fact-check-record.ts';
import { describePlace } from './fact-check-record.ts';

/** Remembers, over the files of one run, which file and place first gave each id, and its claim. */
export class IdsAcrossFiles {
  private readonly first = new Map<string, { readonly file: string; readonly place: RecordPlace; readonly claim: string }>();

  /** `result` of `file` without the records whose id an earlier file gave another claim; each of those becomes a problem. */
  keepFirst(result: FactCheckResult, file: string): FactCheckResult {
    const kept: FactCheckResult = { factChecks: [], places: [], problems: [...result.problems] };
    const added: [string, FactCheck, RecordPlace][] = [];
    result.factChecks.forEach((factCheck, i) => {
      const place = result.places[i] ?? { line: null, item: null };
      const earlier = this.first.get(factCheck.id);
      if (earlier !== undefined && earlier.file !== file && earlier.claim !== factCheck.claim) {
        kept.problems.push(clash(file, place, factCheck.id, earlier.file, earlier.place));
        return;
      }
      if (earlier === undefined) added.push([factCheck.id, factCheck, place]);
      kept.factChecks.push(factCheck);
      kept.places.push(place);
    });
    // Remembered after the file: its own repeated ids are RepeatedIds' to judge, not a clash between files.
    for (const [id, factCheck, place] of added) if (!this.first.has(id)) this.first.set(id, { file, place, claim: factCheck.claim });
    // In line order, as the readers report; JSON-LD problems have no line and keep their order.
    kept.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return kept;
  }
}

function clash(file: string, place: RecordPlace, id: string, earlierFile: string, earlierPlace: RecordPlace): FactCheckProblem {
  return {
    file,
    ...place,
    message: `id "${id.slice(0, 40)}" was already used in ${earlierFile}${describePlace(earlierPlace)} for another claim; give each fact-check its own id, e.g. prefix each file's ids with its name`,
  };
}
