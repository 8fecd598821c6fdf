/**
 * Grade and amendment rows as PostgreSQL's `json_agg` writes them (column names, enum labels, dates
 * as `YYYY-MM-DD`), turned into the records Prisma reads, so that a grade read from the change log
 * is the same record as one read with the whole data (tests/incremental-model.test.ts checks it).
 */
import { Grade, type GradeAmendment, GradeBasis, type GradeRecord } from '@prisma/client';
import { z } from 'zod';

/** A `date` column: Prisma reads it as midnight UTC of that day. */
const day = z.iso.date().transform((d) => new Date(`${d}T00:00:00.000Z`));

const gradeJson = z
  .object({
    id: z.number().int(),
    force_id: z.string(),
    programme_id: z.string(),
    area_id: z.string(),
    grade: z.enum(Grade),
    basis: z.enum(GradeBasis),
    source_url: z.string(),
    note: z.string().nullable(),
    published_on: z.string().nullable(),
    published_counts_from: day.nullable(),
  })
  .strict()
  .transform((g): GradeRecord => ({
    id: g.id,
    forceId: g.force_id,
    programmeId: g.programme_id,
    areaId: g.area_id,
    grade: g.grade,
    basis: g.basis,
    sourceUrl: g.source_url,
    note: g.note,
    publishedOn: g.published_on,
    publishedCountsFrom: g.published_counts_from,
  }));

const amendmentJson = z
  .object({
    id: z.number().int(),
    grade_id: z.number().int(),
    from_grade: z.enum(Grade),
    to_grade: z.enum(Grade),
    amended_on: z.string(),
    amended_counts_from: day,
    source_url: z.string(),
    note: z.string().nullable(),
  })
  .strict()
  .transform((a): GradeAmendment => ({
    id: a.id,
    gradeId: a.grade_id,
    fromGrade: a.from_grade,
    toGrade: a.to_grade,
    amendedOn: a.amended_on,
    amendedCountsFrom: a.amended_counts_from,
    sourceUrl: a.source_url,
    note: a.note,
  }));

/**
 * Parses both lists. `.strict()`: a column added to either table must be added here too, or the
 * model read from the log would lack it; this fails loudly instead.
 */
export function parseGradeRows(
  grades: readonly unknown[],
  amendments: readonly unknown[],
): { grades: GradeRecord[]; amendments: GradeAmendment[] } {
  return { grades: z.array(gradeJson).parse(grades), amendments: z.array(amendmentJson).parse(amendments) };
}
