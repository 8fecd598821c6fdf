import type { GradeAmendment, GradeRecord, PrismaClient } from '@prisma/client';

import type { InspectionKey } from '../inspections/store.js';

export type AmendmentRow = GradeAmendment;
export type GradeRow = GradeRecord & { readonly amendments: readonly AmendmentRow[] };

/** The `include` that gives a grade its amendments, oldest first, as `GradeRow` holds them. */
export const withAmendments = {
  amendments: { orderBy: [{ amendedCountsFrom: 'asc' as const }, { id: 'asc' as const }] },
};

/** The grades of these inspections, with their amendments oldest first: one statement. */
export function findGradesOfInspections(prisma: PrismaClient, keys: readonly InspectionKey[]): Promise<GradeRow[]> {
  return prisma.gradeRecord.findMany({
    where: {
      forceId: { in: [...new Set(keys.map((k) => k.forceId))] },
      programmeId: { in: [...new Set(keys.map((k) => k.programmeId))] },
    },
    include: withAmendments,
  });
}

/** Every force's grade for one area of a programme. */
export function findGradesOfArea(prisma: PrismaClient, programmeId: string, areaId: string): Promise<GradeRow[]> {
  return prisma.gradeRecord.findMany({ where: { programmeId, areaId }, include: withAmendments });
}

/** Every grade of one programme, with amendments. */
export function findGradesOfProgramme(prisma: PrismaClient, programmeId: string): Promise<GradeRow[]> {
  return prisma.gradeRecord.findMany({ where: { programmeId }, include: withAmendments });
}
