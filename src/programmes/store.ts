import type { Area, PrismaClient, Programme } from '@prisma/client';

export type AreaRow = Area;
export type ProgrammeRow = Programme & { readonly areas: readonly AreaRow[] };

/** Every programme with its areas, oldest first, areas in their programme's order: one statement. */
export function findProgrammesWithAreas(prisma: PrismaClient): Promise<ProgrammeRow[]> {
  return prisma.programme.findMany({
    include: { areas: { orderBy: { position: 'asc' } } },
    orderBy: [{ startYear: 'asc' }, { endYear: 'asc' }, { id: 'asc' }],
  });
}
