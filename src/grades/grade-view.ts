import type { Grade } from '@prisma/client';

import type { AmendmentRow, GradeRow } from './store.js';

/** A grade as it stood at some moment: the stored record, its grade then, and the amendments made by then. */
export interface GradeView {
  readonly row: GradeRow;
  readonly grade: Grade;
  readonly amendments: readonly AmendmentRow[];
}

export type GradeAsOf =
  | { readonly status: 'GRADED'; readonly view: GradeView }
  | { readonly status: 'NOT_YET_PUBLISHED' | 'PUBLICATION_DATE_NOT_KNOWN' };

/**
 * The grade as it stood at the end of `asOf` (null: now). A grade of unknown publication date is
 * not in force at any `asOf` (it is never guessed); amendments made after `asOf` are undone.
 * Month-only dates were stored with their month's last day as `*CountsFrom`, so they count late,
 * never early.
 */
export function gradeAsOf(row: GradeRow, asOf: Date | null): GradeAsOf {
  if (asOf === null) return { status: 'GRADED', view: { row, grade: row.grade, amendments: row.amendments } };
  if (row.publishedCountsFrom === null) return { status: 'PUBLICATION_DATE_NOT_KNOWN' };
  if (row.publishedCountsFrom > asOf) return { status: 'NOT_YET_PUBLISHED' };
  const made = row.amendments.filter((a) => a.amendedCountsFrom <= asOf);
  const firstUnmade = row.amendments.find((a) => a.amendedCountsFrom > asOf);
  return { status: 'GRADED', view: { row, grade: firstUnmade?.fromGrade ?? row.grade, amendments: made } };
}
