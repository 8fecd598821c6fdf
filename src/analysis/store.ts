import type { Grade, PrismaClient } from '@prisma/client';

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
