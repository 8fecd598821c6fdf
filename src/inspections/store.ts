import type { Inspection, PrismaClient } from '@prisma/client';

export type InspectionRow = Inspection;

export interface InspectionKey {
  readonly forceId: string;
  readonly programmeId: string;
}

export function findInspectionsOfForces(prisma: PrismaClient, forceIds: readonly string[]): Promise<InspectionRow[]> {
  return prisma.inspection.findMany({ where: { forceId: { in: [...forceIds] } } });
}

/** The inspections with these keys, fetched as the cross product of their ids and then matched. */
export async function findInspections(prisma: PrismaClient, keys: readonly InspectionKey[]): Promise<InspectionRow[]> {
  return prisma.inspection.findMany({
    where: {
      forceId: { in: [...new Set(keys.map((k) => k.forceId))] },
      programmeId: { in: [...new Set(keys.map((k) => k.programmeId))] },
    },
  });
}
