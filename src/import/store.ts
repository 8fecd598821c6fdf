import type { Prisma, PrismaClient } from '@prisma/client';

import type { Dataset } from './dataset.js';
import { gradeIdOf } from '../peel-data/ids.js';

export interface EntityCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export type ImportSummary = Record<keyof Dataset, EntityCounts>;

type Tx = Prisma.TransactionClient;

const INSERT_CHUNK = 2_000;

/** Compares rows field by field; dates by their time, arrays by their items. */
function sameRow(a: object, b: object): boolean {
  return Object.entries(a).every(([key, value]) => same(value, (b as Record<string, unknown>)[key]));
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

/**
 * Makes the database hold what the dataset holds, in one transaction: rows the files name are
 * inserted or updated; rows they do not name are left alone. Unchanged rows are not written, so
 * importing the same files twice writes nothing.
 */
export async function writeDataset(prisma: PrismaClient, dataset: Dataset): Promise<ImportSummary> {
  return prisma.$transaction(
    async (tx) => {
      await refuseToUndoCorrections(tx, dataset);
      const forces = await sync(
        dataset.forces,
        await tx.force.findMany(),
        (f) => f.id,
        (data) => tx.force.createMany({ data }),
        (f) => tx.force.update({ where: { id: f.id }, data: f }),
      );
      const programmes = await sync(
        dataset.programmes,
        await tx.programme.findMany(),
        (p) => p.id,
        (data) => tx.programme.createMany({ data }),
        (p) => tx.programme.update({ where: { id: p.id }, data: p }),
      );
      const areas = await sync(
        dataset.areas,
        await tx.area.findMany(),
        (a) => `${a.programmeId}|${a.id}`,
        (data) => tx.area.createMany({ data }),
        (a) => tx.area.update({ where: { programmeId_id: { programmeId: a.programmeId, id: a.id } }, data: a }),
      );
      const inspections = await sync(
        dataset.inspections,
        await tx.inspection.findMany(),
        (i) => `${i.forceId}|${i.programmeId}`,
        (data) => tx.inspection.createMany({ data }),
        (i) =>
          tx.inspection.update({
            where: { forceId_programmeId: { forceId: i.forceId, programmeId: i.programmeId } },
            data: i,
          }),
      );
      const gradeKey = (g: { forceId: string; programmeId: string; areaId: string }) =>
        `${g.forceId}|${g.programmeId}|${g.areaId}`;
      const grades = await sync(
        dataset.grades,
        await tx.gradeRecord.findMany({ omit: { id: true } }),
        gradeKey,
        (data) => tx.gradeRecord.createMany({ data }),
        (g) =>
          tx.gradeRecord.update({
            where: { forceId_programmeId_areaId: { forceId: g.forceId, programmeId: g.programmeId, areaId: g.areaId } },
            data: g,
          }),
      );
      const amendments = await writeAmendments(tx, dataset, gradeKey);
      return { forces, programmes, areas, inspections, grades, amendments };
    },
    // A dataset a hundred times the bundled one takes tens of seconds on PGlite.
    { timeout: 300_000 },
  );
}

/** Corrections made through the API that the files do not hold; the import is refused for them. */
export class UnimportedCorrectionsError extends Error {
  constructor(readonly corrections: readonly { grade: string; amendedOn: string; toGrade: string }[]) {
    super(`${corrections.length} correction(s) made through the API are not in amendments.csv`);
  }
}

/**
 * A grade corrected through the API has an amendment the files do not know; importing the files'
 * older grade over it would show a grade HMICFRS withdrew, beside an amendment saying otherwise.
 * Such an import is refused until the files hold the correction too.
 */
async function refuseToUndoCorrections(tx: Tx, dataset: Dataset): Promise<void> {
  const inFiles = new Set(
    dataset.amendments.map(
      (a) => `${a.forceId}|${a.programmeId}|${a.areaId}|${a.amendedOn}|${a.fromGrade}|${a.toGrade}`,
    ),
  );
  const stored = await tx.gradeAmendment.findMany({
    include: { gradeRecord: { select: { forceId: true, programmeId: true, areaId: true } } },
  });
  const unknown = stored.filter(
    ({ gradeRecord: g, ...a }) =>
      !inFiles.has(`${g.forceId}|${g.programmeId}|${g.areaId}|${a.amendedOn}|${a.fromGrade}|${a.toGrade}`),
  );
  if (unknown.length > 0) {
    throw new UnimportedCorrectionsError(
      unknown.map(({ gradeRecord: g, amendedOn, toGrade }) => ({
        grade: gradeIdOf(g),
        amendedOn,
        toGrade,
      })),
    );
  }
}

async function sync<T extends object>(
  wanted: readonly T[],
  existing: readonly object[],
  key: (row: T) => string,
  insert: (rows: T[]) => Promise<unknown>,
  update: (row: T) => Promise<unknown>,
): Promise<EntityCounts> {
  const current = new Map(existing.map((row) => [key(row as T), row]));
  const toInsert = wanted.filter((row) => !current.has(key(row)));
  const toUpdate = wanted.filter((row) => {
    const before = current.get(key(row));
    return before !== undefined && !sameRow(row, before);
  });
  // In chunks: each statement stays well inside the PostgreSQL connection's query timeout (5 s),
  // however large the dataset.
  for (let start = 0; start < toInsert.length; start += INSERT_CHUNK) {
    await insert(toInsert.slice(start, start + INSERT_CHUNK));
  }
  for (const row of toUpdate) await update(row);
  return {
    inserted: toInsert.length,
    updated: toUpdate.length,
    unchanged: wanted.length - toInsert.length - toUpdate.length,
  };
}

async function writeAmendments(
  tx: Tx,
  dataset: Dataset,
  gradeKey: (g: { forceId: string; programmeId: string; areaId: string }) => string,
): Promise<EntityCounts> {
  const gradeIds = new Map(
    (await tx.gradeRecord.findMany({ select: { id: true, forceId: true, programmeId: true, areaId: true } })).map(
      (g) => [gradeKey(g), g.id],
    ),
  );
  const rows = dataset.amendments.map(({ forceId, programmeId, areaId, ...rest }) => ({
    gradeId: gradeIds.get(gradeKey({ forceId, programmeId, areaId })) ?? -1,
    ...rest,
  }));
  return sync(
    rows,
    await tx.gradeAmendment.findMany({ omit: { id: true } }),
    (a) => `${a.gradeId}|${a.amendedOn}|${a.fromGrade}|${a.toGrade}`,
    (data) => tx.gradeAmendment.createMany({ data }),
    (a) =>
      tx.gradeAmendment.update({
        where: {
          gradeId_amendedOn_fromGrade_toGrade: {
            gradeId: a.gradeId,
            amendedOn: a.amendedOn,
            fromGrade: a.fromGrade,
            toGrade: a.toGrade,
          },
        },
        data: a,
      }),
  );
}
