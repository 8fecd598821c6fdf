import { type Grade, type GradeBasis, type GradeScale, Prisma, type PrismaClient } from '@prisma/client';

import type { AmendmentRow, GradeRow } from './store.js';
import { afterCursorSql, keyColumnsSql, orderBySql, type SortKey } from './order-sql.js';
import { whereSql, type GradeFilterInput } from './where-sql.js';

/**
 * The relation every grade list, count and export is computed over: one row per grade with its
 * force, area and programme, and its grade as it stood at `asOf` (amendments made later undone).
 * With `asOf`, grades not yet published, or of unknown publication date, are not in it.
 */
function baseSql(asOf: Date | null): Prisma.Sql {
  const gradeThen =
    asOf === null
      ? Prisma.sql`g.grade`
      : Prisma.sql`COALESCE((SELECT am.from_grade FROM grade_amendment am
          WHERE am.grade_id = g.id AND am.amended_counts_from > ${asOf}::date
          ORDER BY am.amended_counts_from, am.id LIMIT 1), g.grade)`;
  const published = asOf === null ? Prisma.sql`TRUE` : Prisma.sql`g.published_counts_from <= ${asOf}::date`;
  return Prisma.sql`base AS (
    SELECT g.id, g.force_id, g.programme_id, g.area_id, g.grade AS current_grade, ${gradeThen} AS grade,
      g.basis, g.source_url, g.note, g.published_on, g.published_counts_from,
      f.name AS force_name, f.region, f.country, a.name AS area_name, a.position AS area_position, a.theme,
      p.start_year, p.end_year, p.scale
    FROM grade g
      JOIN force f ON f.id = g.force_id
      JOIN area a ON a.programme_id = g.programme_id AND a.id = g.area_id
      JOIN programme p ON p.id = g.programme_id
    WHERE ${published}
  )`;
}

export interface GradeQuery {
  readonly where: GradeFilterInput | null | undefined;
  readonly asOf: Date | null;
}

interface RawGradeRow {
  id: number;
  force_id: string;
  programme_id: string;
  area_id: string;
  current_grade: Grade;
  grade: Grade;
  basis: GradeBasis;
  source_url: string;
  note: string | null;
  published_on: string | null;
  published_counts_from: Date | null;
  amendments: unknown;
  total: number;
  [key: `k${number}`]: unknown;
}

/** A grade as of the query's date, with the key values of its position in the list. */
export interface ListedGrade {
  readonly row: GradeRow;
  readonly grade: Grade;
  readonly amendments: readonly AmendmentRow[];
  readonly keys: Readonly<Record<string, unknown>>;
}

function amendmentsOf(value: unknown): AmendmentRow[] {
  // Drivers hand json back parsed (node-postgres) or as text (some adapters).
  const list = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as Record<string, unknown>[];
  return list.map((a) => ({
    id: Number(a.id),
    gradeId: Number(a.gradeId),
    fromGrade: a.fromGrade as Grade,
    toGrade: a.toGrade as Grade,
    amendedOn: String(a.amendedOn),
    amendedCountsFrom: new Date(`${String(a.amendedCountsFrom)}T00:00:00Z`),
    sourceUrl: String(a.sourceUrl),
    note: a.note === null ? null : String(a.note),
  }));
}

function listed(raw: RawGradeRow, asOf: Date | null): ListedGrade {
  const all = amendmentsOf(raw.amendments);
  const row: GradeRow = {
    id: raw.id,
    forceId: raw.force_id,
    programmeId: raw.programme_id,
    areaId: raw.area_id,
    grade: raw.current_grade,
    basis: raw.basis,
    sourceUrl: raw.source_url,
    note: raw.note,
    publishedOn: raw.published_on,
    publishedCountsFrom: raw.published_counts_from,
    amendments: all,
  };
  const keys = Object.fromEntries(Object.entries(raw).filter(([name]) => /^k\d+$/.test(name)));
  return { row, grade: raw.grade, amendments: all.filter((a) => asOf === null || a.amendedCountsFrom <= asOf), keys };
}

const AMENDMENTS_JSON = Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
    'id', am.id, 'gradeId', am.grade_id, 'fromGrade', am.from_grade, 'toGrade', am.to_grade,
    'amendedOn', am.amended_on, 'amendedCountsFrom', to_char(am.amended_counts_from, 'YYYY-MM-DD'),
    'sourceUrl', am.source_url, 'note', am.note) ORDER BY am.amended_counts_from, am.id), '[]'::json)
  FROM grade_amendment am WHERE am.grade_id = b.id)`;

/**
 * One page of grades (`limit` rows after the cursor `after`, in the order of `keys`) and the number
 * matching in all, in one statement.
 */
export async function listGrades(
  prisma: PrismaClient,
  query: GradeQuery & { keys: readonly SortKey[]; after: string | null; limit: number | null },
): Promise<{ grades: ListedGrade[]; total: number | null }> {
  const raw = await prisma.$queryRaw<RawGradeRow[]>`
    WITH ${baseSql(query.asOf)},
    filtered AS (SELECT * FROM base b WHERE ${whereSql(query.where)})
    SELECT b.*, ${AMENDMENTS_JSON} AS amendments, ${keyColumnsSql(query.keys)},
      (SELECT count(*) FROM filtered)::int AS total
    FROM filtered b
    WHERE ${query.after === null ? Prisma.sql`TRUE` : afterCursorSql(query.keys, query.after)}
    ORDER BY ${orderBySql(query.keys)}
    ${query.limit === null ? Prisma.empty : Prisma.sql`LIMIT ${query.limit}`}`;
  return { grades: raw.map((r) => listed(r, query.asOf)), total: raw[0]?.total ?? null };
}

export async function countGrades(prisma: PrismaClient, query: GradeQuery): Promise<number> {
  const [row] = await prisma.$queryRaw<{ total: number }[]>`
    WITH ${baseSql(query.asOf)}
    SELECT count(*)::int AS total FROM base b WHERE ${whereSql(query.where)}`;
  return row?.total ?? 0;
}

/** The columns `countGradesBy` can group by, besides scale and grade, which it always groups by. */
export const GROUP_COLUMNS = {
  programme_id: Prisma.sql`b.programme_id`,
  area_id: Prisma.sql`b.area_id`,
  region: Prisma.sql`b.region`,
  country: Prisma.sql`b.country`,
  force_id: Prisma.sql`b.force_id`,
  basis: Prisma.sql`b.basis`,
} as const;

export type GroupColumn = keyof typeof GROUP_COLUMNS;

export type GroupedCount = Partial<Record<GroupColumn, string>> & { scale: GradeScale; grade: Grade; count: number };

/** How many grades match, per combination of `columns`, scale and grade: one statement. */
export function countGradesBy(
  prisma: PrismaClient,
  query: GradeQuery,
  columns: readonly GroupColumn[],
): Promise<GroupedCount[]> {
  const selected = [
    ...columns.map((c) => Prisma.sql`${GROUP_COLUMNS[c]}::text AS ${Prisma.raw(c)}`),
    Prisma.sql`b.scale`,
    Prisma.sql`b.grade`,
  ];
  const grouped = [...columns.map((c) => GROUP_COLUMNS[c]), Prisma.sql`b.scale`, Prisma.sql`b.grade`];
  return prisma.$queryRaw<GroupedCount[]>`
    WITH ${baseSql(query.asOf)}
    SELECT ${Prisma.join(selected, ', ')}, count(*)::int AS count
    FROM base b WHERE ${whereSql(query.where)}
    GROUP BY ${Prisma.join(grouped, ', ')}`;
}
