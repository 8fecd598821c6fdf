import type { GradeWhere } from '../__generated__/resolvers-types.js';
import type { GradeEntry } from '../peel-data/peel-data.js';
import { gradeAsOf, type GradeView } from './as-of.js';
import { compileWhere, type Candidate } from './where.js';

/** A grade in a list: its record, and its view at the list's date. */
export interface ListedGrade extends Candidate {
  readonly view: GradeView;
}

/**
 * The grades among `entries` that were in force at `asOf` (null: now) and match `where` as they
 * stood then, in the order given. Every list, count and export of grades is computed by this.
 */
export function matchingGrades(
  entries: readonly GradeEntry[],
  where: GradeWhere | null | undefined,
  asOf: Date | null,
): ListedGrade[] {
  const matches = compileWhere(where);
  const listed: ListedGrade[] = [];
  for (const entry of entries) {
    const result = gradeAsOf(entry.row, asOf);
    if (result.status !== 'GRADED') continue;
    const candidate: ListedGrade = { entry, grade: result.view.grade, view: result.view };
    if (matches(candidate)) listed.push(candidate);
  }
  return listed;
}
