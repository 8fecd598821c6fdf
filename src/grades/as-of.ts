import type { Grade } from '@prisma/client';

import type { AmendmentRow, GradeRow } from '../peel-data/rows.js';

/** A grade as it stood at some moment: the stored record, its grade then, and the amendments made by then. */
export interface GradeView {
  readonly row: GradeRow;
  readonly grade: Grade;
  readonly amendments: readonly AmendmentRow[];
}

export type GradeAsOf =
  | { readonly status: 'GRADED'; readonly view: GradeView }
  | { readonly status: 'NOT_YET_PUBLISHED' | 'PUBLICATION_DATE_NOT_KNOWN' };

/** A grade as it stands now. */
export function currentView(row: GradeRow): GradeView {
  return { row, grade: row.grade, amendments: row.amendments };
}

/**
 * The grade as it stood at the end of the day `asOf` (null: now). This is the one place the rule
 * lives; every answer, filter, count and export goes through it.
 *
 * - A grade of unknown publication date is in force at no `asOf` (it is never guessed), and a grade
 *   published after `asOf` not yet.
 * - Amendments apply in the order they were made, each to the grade the one before left. Those made
 *   by `asOf` are the first of them whose day has come, up to the first whose day has not: so the
 *   grade then is always the `to` of the last amendment listed as made by then, or the grade as
 *   published when none was. (Editors and the import refuse an amendment dated before the one it
 *   follows, so in data they wrote every amendment up to `asOf` is made by then.)
 * - A month-only date counts from its month's last day (`*CountsFrom`), so it counts late, never early.
 */
export function gradeAsOf(row: GradeRow, asOf: Date | null): GradeAsOf {
  if (asOf === null) return { status: 'GRADED', view: currentView(row) };
  if (row.publishedCountsFrom === null) return { status: 'PUBLICATION_DATE_NOT_KNOWN' };
  if (row.publishedCountsFrom > asOf) return { status: 'NOT_YET_PUBLISHED' };
  const everAmended = row.amendments;
  let madeByThen = 0;
  while (madeByThen < everAmended.length && (everAmended[madeByThen] as AmendmentRow).amendedCountsFrom <= asOf)
    madeByThen += 1;
  const amendments = madeByThen === everAmended.length ? everAmended : everAmended.slice(0, madeByThen);
  const grade = amendments.at(-1)?.toGrade ?? everAmended[0]?.fromGrade ?? row.grade;
  return { status: 'GRADED', view: { row, grade, amendments } };
}

/** The views of the grades in force at `asOf`, in the order given: the graded ones only. */
export function gradedAsOf<T extends { readonly row: GradeRow }>(
  entries: readonly T[],
  asOf: Date | null,
): { entry: T; view: GradeView }[] {
  const graded: { entry: T; view: GradeView }[] = [];
  for (const entry of entries) {
    const result = gradeAsOf(entry.row, asOf);
    if (result.status === 'GRADED') graded.push({ entry, view: result.view });
  }
  return graded;
}
