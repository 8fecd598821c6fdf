import { type GradeAmendment, Prisma, type PrismaClient } from '@prisma/client';

import { z } from 'zod';

import { parseGradeRowsJson } from './json-rows.js';
import type { GradeRow, PeelRows, VersionRow } from './rows.js';

/**
 * Reads the whole of the PEEL data and its version in one transaction, so that the version names
 * exactly the data read. On PostgreSQL the transaction is REPEATABLE READ: every statement sees the
 * same committed state, whatever other instances commit meanwhile. PGlite has one connection, and a
 * transaction holds it, so no write can come between the statements there anyway (and PGlite's
 * adapter cannot set an isolation level).
 *
 * This and `readGradeChanges` are the only code that reads the public data for answers: requests
 * answer from the model built from it (peel-data.ts), never with SQL of their own.
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
  return {
    version: { databaseId: version.databaseId, version: version.version },
    forces,
    programmes,
    inspections,
    grades: withAmendments(grades, amendments),
  };
}

/** Each grade with its amendments, which `amendments` holds in the order they were made. */
export function withAmendments<G extends { id: number }>(
  grades: readonly G[],
  amendments: readonly GradeAmendment[],
): (G & { amendments: readonly GradeAmendment[] })[] {
  const amendmentsOf = new Map<number, GradeAmendment[]>();
  for (const amendment of amendments) {
    const list = amendmentsOf.get(amendment.gradeId);
    if (list) list.push(amendment);
    else amendmentsOf.set(amendment.gradeId, [amendment]);
  }
  return grades.map((grade) => ({ ...grade, amendments: amendmentsOf.get(grade.id) ?? NO_AMENDMENTS }));
}

const NO_AMENDMENTS: readonly GradeAmendment[] = Object.freeze([]);

/**
 * Runs one SQL statement and returns its rows: the stores' view of a connection, so that the reads
 * made before every request can go through a small pool of their own (src/db/database.ts) and the
 * same reads through Prisma elsewhere.
 */
export type RowQuery = (sql: string, params: readonly string[]) => Promise<readonly unknown[]>;

/** `RowQuery` through Prisma. */
export function prismaRows(prisma: PrismaClient): RowQuery {
  return (sql, params) => prisma.$queryRawUnsafe<unknown[]>(sql, ...params);
}

const versionRowJson = z.object({ database_id: z.string(), version: z.string() });

/** The data version now. */
export async function readVersion(query: RowQuery): Promise<VersionRow> {
  const rows = await query(`SELECT database_id::text, version::text FROM data_version WHERE id = 1`, []);
  const [row] = z.array(versionRowJson).parse(rows);
  if (!row) throw new Error('data_version has no row: the database was not migrated');
  return { databaseId: row.database_id, version: BigInt(row.version) };
}

/** What changed after a version, as the database's change log (the data_change table) tells it, and the version now. */
export type GradeChanges =
  /** Only grades changed: `touched` lists them, and `grades` holds those that still exist, as they are at `version`. */
  | {
      readonly known: true;
      readonly version: VersionRow;
      readonly touched: readonly number[];
      readonly grades: readonly GradeRow[];
    }
  /** Something else changed, or the log no longer reaches back that far: read everything. */
  | { readonly known: false; readonly version: VersionRow };

const changesRowJson = versionRowJson.extend({
  changes: z.number().int(),
  unlisted: z.number().int(),
  touched: z.array(z.number().int()),
  grades: z.string(),
  amendments: z.string(),
});

/**
 * The grades that changed after `since`, with their rows now, in one statement and so one snapshot
 * of the database: the `grade_changes_since` function (prisma/migrations/*_data_change) reads the
 * version, the log's rows after `since`, and the grades and amendments they name. The log is
 * complete when it holds one row for every version moved since (a version moved by hand, or rows
 * pruned, leave gaps) and each of them lists its grades.
 */
export async function readGradeChanges(query: RowQuery, since: VersionRow): Promise<GradeChanges> {
  const rows = await query(`SELECT * FROM grade_changes_since($1::bigint)`, [since.version.toString()]);
  const [row] = z.array(changesRowJson).parse(rows);
  if (!row) throw new Error('data_version has no row: the database was not migrated');
  const version = { databaseId: row.database_id, version: BigInt(row.version) };
  const complete =
    row.database_id === since.databaseId &&
    BigInt(row.changes) === version.version - since.version &&
    row.unlisted === 0;
  if (!complete) return { known: false, version };
  const { grades, amendments } = parseGradeRowsJson(row.grades, row.amendments);
  return { known: true, version, touched: row.touched, grades: withAmendments(grades, amendments) };
}
