import { type AuditAction, type AuditEntry, Prisma, type PrismaClient } from '@prisma/client';

import type { AmendmentInput, GradeInput } from '../import/dataset.js';
import type { GradeKey } from '../peel-data/ids.js';
import type { GradeRow, InspectionKey, InspectionRow } from '../peel-data/rows.js';

export type AuditEntryRow = AuditEntry;

/** The client of one transaction: everything written through it commits or rolls back together. */
export type Tx = Prisma.TransactionClient;

/** Runs `work` in one transaction; a throw rolls back everything it wrote. */
export function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(work);
}

/** The `include` that gives a grade its amendments in the order they were made, as `GradeRow` holds them. */
const withAmendments = { amendments: { orderBy: { id: 'asc' as const } } };

/** Prisma's compound key of an inspection; built field by field, as a grade's key has an extra field. */
const inspectionWhere = ({ forceId, programmeId }: InspectionKey) => ({
  forceId_programmeId: { forceId, programmeId },
});

export function findInspection(tx: Tx, key: InspectionKey): Promise<InspectionRow | null> {
  return tx.inspection.findUnique({ where: inspectionWhere(key) });
}

export function countGradesOfInspection(tx: Tx, key: InspectionKey): Promise<number> {
  return tx.gradeRecord.count({ where: { forceId: key.forceId, programmeId: key.programmeId } });
}

export function upsertInspection(
  tx: Tx,
  data: InspectionKey & { reportUrl: string | null; publishedOn: string | null; publishedCountsFrom: Date | null },
): Promise<InspectionRow> {
  const { reportUrl, publishedOn, publishedCountsFrom } = data;
  return tx.inspection.upsert({
    where: inspectionWhere(data),
    create: data,
    update: { reportUrl, publishedOn, publishedCountsFrom },
  });
}

export async function deleteInspection(tx: Tx, key: InspectionKey): Promise<void> {
  await tx.inspection.delete({ where: inspectionWhere(key) });
}

export function findGrade(tx: Tx, key: GradeKey): Promise<GradeRow | null> {
  const { forceId, programmeId, areaId } = key;
  return tx.gradeRecord.findUnique({
    where: { forceId_programmeId_areaId: { forceId, programmeId, areaId } },
    include: withAmendments,
  });
}

export function insertGrade(tx: Tx, data: GradeInput): Promise<GradeRow> {
  return tx.gradeRecord.create({ data, include: withAmendments });
}

/**
 * Adds an amendment and makes its grade current, provided the grade is still `fromGrade` (a
 * concurrent correction may have changed it). Returns the grade as it now is, or null if it was not
 * `fromGrade` any more and nothing was written.
 */
export async function amendGrade(
  tx: Tx,
  gradeId: number,
  amendment: Omit<AmendmentInput, keyof GradeKey>,
): Promise<GradeRow | null> {
  const { count } = await tx.gradeRecord.updateMany({
    where: { id: gradeId, grade: amendment.fromGrade },
    data: { grade: amendment.toGrade },
  });
  if (count === 0) return null;
  await tx.gradeAmendment.create({ data: { gradeId, ...amendment } });
  return tx.gradeRecord.findUniqueOrThrow({ where: { id: gradeId }, include: withAmendments });
}

/** Deletes a grade; its amendments go with it (ON DELETE CASCADE). */
export async function deleteGrade(tx: Tx, gradeId: number): Promise<void> {
  await tx.gradeRecord.delete({ where: { id: gradeId } });
}

export function insertAuditEntry(
  tx: Tx,
  entry: {
    actorKeyId: number;
    actorName: string;
    action: AuditAction;
    target: string;
    before: Prisma.InputJsonValue | null;
    after: Prisma.InputJsonValue | null;
  },
): Promise<AuditEntryRow> {
  return tx.auditEntry.create({
    data: { ...entry, before: entry.before ?? Prisma.DbNull, after: entry.after ?? Prisma.DbNull },
  });
}

/** The latest `first` entries, newest first, optionally only those about one record. */
export function findAuditEntries(
  prisma: PrismaClient,
  filter: { first: number; target: string | null },
): Promise<AuditEntryRow[]> {
  return prisma.auditEntry.findMany({
    where: filter.target === null ? {} : { target: filter.target },
    orderBy: { id: 'desc' },
    take: filter.first,
  });
}
