import type { Force, PrismaClient } from '@prisma/client';

export type ForceRow = Force;

export interface ForceFilter {
  country: string | null;
  region: string | null;
}

export function findForces(prisma: PrismaClient, filter: ForceFilter): Promise<ForceRow[]> {
  return prisma.force.findMany({
    where: {
      ...(filter.country !== null ? { country: filter.country } : {}),
      ...(filter.region !== null ? { region: filter.region } : {}),
    },
    orderBy: { name: 'asc' },
  });
}

export function findForcesByIds(prisma: PrismaClient, ids: readonly string[]): Promise<ForceRow[]> {
  return prisma.force.findMany({ where: { id: { in: [...ids] } } });
}

export function findAllForces(prisma: PrismaClient): Promise<ForceRow[]> {
  return prisma.force.findMany({ orderBy: { name: 'asc' } });
}

export function countForces(prisma: PrismaClient): Promise<number> {
  return prisma.force.count();
}
