import { Prisma, type Grade, type PrismaClient } from '@prisma/client';

/** A force's current grade for one area of a programme: only what the analyses read. */
export interface CurrentGradeRow {
  readonly forceId: string;
  readonly programmeId: string;
  readonly areaId: string;
  readonly grade: Grade;
}

/**
 * The current grades of some programmes, of every force or of one: one statement, whatever the
 * number of forces.
 */
export function findCurrentGrades(
  prisma: PrismaClient,
  programmeIds: readonly string[],
  forceId: string | null,
): Promise<CurrentGradeRow[]> {
  return prisma.gradeRecord.findMany({
    where: { programmeId: { in: [...new Set(programmeIds)] }, ...(forceId !== null ? { forceId } : {}) },
    select: { forceId: true, programmeId: true, areaId: true, grade: true },
  });
}

/** How many current grades each region holds of each grade (only combinations that occur). */
export interface RegionGradeCountRow {
  readonly region: string;
  readonly grade: Grade;
  readonly count: number;
}

/**
 * Current grades counted by the force's region and the grade, in one programme or in all (`null`):
 * one statement.
 */
export function countGradesByRegion(prisma: PrismaClient, programmeId: string | null): Promise<RegionGradeCountRow[]> {
  const inProgramme = programmeId === null ? Prisma.empty : Prisma.sql`WHERE g.programme_id = ${programmeId}`;
  return prisma.$queryRaw<RegionGradeCountRow[]>`
    SELECT f.region AS region, g.grade::text AS grade, COUNT(*)::int AS count
    FROM "grade" g
    JOIN "force" f ON f.id = g.force_id
    ${inProgramme}
    GROUP BY f.region, g.grade`;
}
