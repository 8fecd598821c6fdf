import { type GradeAmendment, Prisma, type PrismaClient } from '@prisma/client';

import { z } from 'zod';

import { parseGradeRows, parsePlaceRows } from './json-rows.js';
import type { DataChanges, PeelRows, VersionRow } from './rows.js';

/**
 * Reads the whole of the PEEL data and its version in one transaction, so that the version names
 * exactly the data read. On PostgreSQL the transaction is REPEATABLE READ: every statement sees the
 * same committed state, whatever other instances commit meanwhile. PGlite has one connection, and a
 * transaction holds it, so no write can come between the statements there anyway (and PGlite's
 * adapter cannot set an isolation level).
 *
 * This and `readVersion` are the only code that reads the public data for answers: requests
 * answer from the model built from it (peel-data.ts), never with SQL of their own.
 */
export async function readPeelRows(prisma: PrismaClient, repeatableRead: boolean): Promise<PeelRows> {
  const [version, forces, programmes, inspections, grades, amendments] = await prisma.$transaction(
    [
      prisma.dataVersion.findUniqueOrThrow({ where: { id: 1 } }),
      prisma.force.findMany(),
      prisma.programme.findMany({
        include: { areas: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } },
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

/**
 * Runs statements in one read-only REPEATABLE READ transaction on one connection and returns each
 * one's rows, with `date` columns as their text (`YYYY-MM-DD`).
 */
export type SnapshotQuery = (
  statements: readonly { readonly name: string; readonly text: string }[],
) => Promise<(readonly unknown[])[]>;

/** Every table of the data, sorted as the Prisma read above sorts it. */
const WHOLE_DATA = [
  { name: 'peelgraph-whole-version', text: 'SELECT database_id::text, version::text FROM data_version WHERE id = 1' },
  { name: 'peelgraph-whole-forces', text: 'SELECT * FROM force' },
  { name: 'peelgraph-whole-programmes', text: 'SELECT * FROM programme ORDER BY start_year, end_year, id' },
  { name: 'peelgraph-whole-areas', text: 'SELECT * FROM area ORDER BY position, id' },
  { name: 'peelgraph-whole-inspections', text: 'SELECT * FROM inspection' },
  { name: 'peelgraph-whole-grades', text: 'SELECT * FROM grade' },
  { name: 'peelgraph-whole-amendments', text: 'SELECT * FROM grade_amendment ORDER BY id' },
] as const;

/**
 * `readPeelRows` without Prisma, for PostgreSQL: the same rows in one snapshot, read by the driver and
 * parsed by json-rows.ts (whose objects are strict, so that a column added to a table fails here
 * rather than go missing). At the bundled data's size Prisma's reading of the rows took about twice
 * as long as the statements themselves (docs/performance.md); tests/incremental-model.test.ts checks
 * that both reads give equal models.
 */
export async function readPeelRowsDirect(query: SnapshotQuery): Promise<PeelRows> {
  const [versionRows = [], forces = [], programmes = [], areas = [], inspections = [], grades = [], amendments = []] =
    await query(WHOLE_DATA);
  // Every table was read, so every list of places is there.
  const places = parsePlaceRows({ forces, programmes, areas, inspections });
  const parsed = parseGradeRows(grades, amendments);
  return {
    version: versionOf(theVersionRow(versionJson, versionRows)),
    forces: places.forces ?? [],
    programmes: places.programmes ?? [],
    inspections: places.inspections ?? [],
    grades: withAmendments(parsed.grades, parsed.amendments),
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
 * Runs one SQL statement and returns its rows: the stores' view of a connection, so that the read
 * made before every request can go through a small pool of its own (src/platform/db/database.ts) and the
 * same read through Prisma elsewhere. `name` asks for a prepared statement kept per connection,
 * where the connection can keep one.
 */
export type RowQuery = (statement: {
  readonly name: string;
  readonly text: string;
  readonly values: readonly string[];
}) => Promise<readonly unknown[]>;

/** `RowQuery` through Prisma, which prepares statements itself. */
export function prismaRows(prisma: PrismaClient): RowQuery {
  return ({ text, values }) => prisma.$queryRawUnsafe<unknown[]>(text, ...values);
}

/** The data version now and, when it moved on from the version asked about, what changed since. */
export interface VersionRead {
  readonly version: VersionRow;
  readonly changes: DataChanges | undefined;
}

/** `database_id::text, version::text` of data_version's one row. */
const versionJson = z.object({ database_id: z.string(), version: z.string() });
const versionOf = (row: z.infer<typeof versionJson>): VersionRow => ({
  databaseId: row.database_id,
  version: BigInt(row.version),
});

function theVersionRow<S extends typeof versionJson>(schema: S, rows: readonly unknown[]): z.infer<S> {
  const [row] = z.array(schema).parse(rows);
  if (!row) throw new Error('data_version has no row: the database was not migrated');
  return row;
}

const versionRowJson = versionJson.extend({ changes: z.string().nullable() });
const changesJson = z.object({
  changes: z.number().int(),
  unlisted: z.number().int(),
  touched: z.array(z.number().int()),
  grades: z.array(z.unknown()),
  amendments: z.array(z.unknown()),
  forces: z.unknown(),
  programmes: z.unknown(),
  areas: z.unknown(),
  inspections: z.unknown(),
});

/**
 * Reads the data version, and when `since` is given and the version has moved on from it, what
 * changed since (the grades with their rows now, and each table of forces, programmes, areas or
 * inspections that changed), in one statement and so one snapshot of the database (the
 * `data_changes_since` function, prisma/migrations/*_place_changes, runs only then). The log is
 * complete when it holds one row for every version moved since (a version moved by hand, or rows
 * pruned, leave gaps) and none of them is a change it could not list.
 */
export async function readVersion(query: RowQuery, since: VersionRow | undefined): Promise<VersionRead> {
  const rows = await query({
    name: 'peelgraph-data-version',
    text: `SELECT database_id::text, version::text,
      CASE WHEN $1::bigint >= 0 AND version <> $1::bigint THEN data_changes_since($1::bigint)::text END AS changes
      FROM data_version WHERE id = 1`,
    values: [(since?.version ?? -1n).toString()],
  });
  const row = theVersionRow(versionRowJson, rows);
  const version = versionOf(row);
  if (!since) return { version, changes: undefined };
  if (row.database_id !== since.databaseId) return { version, changes: { known: false } };
  if (row.changes === null) return { version, changes: undefined };
  const log = changesJson.parse(JSON.parse(row.changes));
  if (BigInt(log.changes) !== version.version - since.version || log.unlisted > 0) {
    return { version, changes: { known: false } };
  }
  const { grades, amendments } = parseGradeRows(log.grades, log.amendments);
  const places = parsePlaceRows(log);
  return {
    version,
    changes: { known: true, touched: log.touched, grades: withAmendments(grades, amendments), places },
  };
}
