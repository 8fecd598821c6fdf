import type { GradeWhere } from '../__generated__/resolvers-types.js';
import type { GradeEntry, PeelData } from '../peel-data/peel-data.js';
import { currentView, gradeAsOf, type GradeView } from './as-of.js';
import { compileWhere, type Candidate } from './where.js';

/** A grade in a list: its record, and its view at the list's date. */
export interface ListedGrade extends Candidate {
  readonly view: GradeView;
}

/**
 * The grades of an index of the model as they stand now, made once per index and shared by every
 * request on that model (the model and its views are immutable): most questions are about now, and
 * they then allocate nothing per grade.
 */
const listedNow = new WeakMap<readonly GradeEntry[], readonly ListedGrade[]>();

function nowOf(entries: readonly GradeEntry[]): readonly ListedGrade[] {
  let listed = listedNow.get(entries);
  if (!listed) {
    listed = entries.map((entry) => {
      const view = currentView(entry.row);
      return { entry, grade: view.grade, view };
    });
    listedNow.set(entries, listed);
  }
  return listed;
}

/**
 * The grades among `entries` that were in force at `asOf` (null: now) and match `where` as they
 * stood then, in the order given. Every list, count and export of grades is computed by this.
 */
export function matchingAmong(
  entries: readonly GradeEntry[],
  where: GradeWhere | null | undefined,
  asOf: Date | null,
): ListedGrade[] {
  const matches = compileWhere(where);
  if (asOf === null) return nowOf(entries).filter(matches);
  const listed: ListedGrade[] = [];
  for (const entry of entries) {
    const result = gradeAsOf(entry.row, asOf);
    if (result.status !== 'GRADED') continue;
    const candidate: ListedGrade = { entry, grade: result.view.grade, view: result.view };
    if (matches(candidate)) listed.push(candidate);
  }
  return listed;
}

/**
 * The grades of the model matching `where` at `asOf`, in the default order. A filter on one
 * programme reads only that programme's grades (the model holds them in the same order).
 */
export function matchingGrades(data: PeelData, where: GradeWhere | null | undefined, asOf: Date | null): ListedGrade[] {
  const programme = where?.programme?.eq;
  return matchingAmong(programme != null ? data.gradesOfProgramme(programme) : data.grades, where, asOf);
}
