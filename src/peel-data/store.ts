import { type GradeAmendment, Prisma, type PrismaClient } from '@prisma/client';

import type { PeelRows } from './peel-data.js';

/**
 * Reads the whole of the PEEL data and its version in one transaction, so that the version names
 * exactly the data read. On PostgreSQL the transaction is REPEATABLE READ: every statement sees the
 * same committed state, whatever other instances commit meanwhile. PGlite has one connection, and a
 * transaction holds it, so no write can come between the statements there anyway (and PGlite's
 * adapter cannot set an isolation level).
 *
 * This is the only code that reads the public data for answers: requests answer from the model
 * built from it (peel-data.ts), never with SQL of their own.
 */
export async function readPeelRows(prisma: PrismaClient, repeatableRead: boolean): Promise<PeelRows> {
  const [version, forces, programmes, inspections, grades, amendments] = await prisma.$transaction(
    [
      prisma.dataVersion.findUniqueOrThrow({ where: { id: 1 } }),
      prisma.force.findMany(),
      prisma.programme.findMany({
        include: { areas: { orderBy: { position: 'asc' } } },
        orderBy: [{ startYear: 'asc' }, { endYear: 'asc' }, { id: 'asc' }],
      }),
      prisma.inspection.findMany(),
      // Grades and their amendments apart, joined below: a grade's amendments as a JSON array per
      // grade (an `include`) took twice as long as both lists read on their own.
      prisma.gradeRecord.findMany(),
      // In the order they were made: each applies to the grade the one before left.
      prisma.gradeAmendment.findMany({ orderBy: { id: 'asc' } }),
    ],
    repeatableRead ? { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead } : undefined,
  );
  const amendmentsOf = new Map<number, GradeAmendment[]>();
  for (const amendment of amendments) {
    const list = amendmentsOf.get(amendment.gradeId);
    if (list) list.push(amendment);
    else amendmentsOf.set(amendment.gradeId, [amendment]);
  }
  return {
    version: versionName(version),
    forces,
    programmes,
    inspections,
    grades: grades.map((grade) => ({ ...grade, amendments: amendmentsOf.get(grade.id) ?? NO_AMENDMENTS })),
  };
}

const NO_AMENDMENTS: readonly GradeAmendment[] = Object.freeze([]);

/** The data version as a name: the database's own id with its counter (see the data_version migration). */
export function versionName(row: { databaseId: string; version: bigint }): string {
  return `${row.databaseId}:${row.version}`;
}
