import { Prisma } from '@prisma/client';

import type { GradeWhere } from '../__generated__/resolvers-types.js';
import { countsFrom, type PartialDate } from '../dates/partial-date.js';

/** The grade filter, in the terms of the `base` relation of query-store.ts. */
export type GradeFilterInput = GradeWhere;

type Maybe<T> = T | null | undefined;

const TRUE = Prisma.sql`TRUE`;

function all(parts: readonly Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0 ? TRUE : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
}

function any(parts: readonly Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

function textFilter(
  column: Prisma.Sql,
  filter: Maybe<{ eq?: Maybe<string>; in?: Maybe<readonly string[]>; notIn?: Maybe<readonly string[]> }>,
): Prisma.Sql[] {
  if (!filter) return [];
  const parts: Prisma.Sql[] = [];
  if (filter.eq != null) parts.push(Prisma.sql`${column} = ${filter.eq}`);
  if (filter.in != null) parts.push(Prisma.sql`${column} = ANY(${[...filter.in]}::text[])`);
  if (filter.notIn != null) parts.push(Prisma.sql`(${column} = ANY(${[...filter.notIn]}::text[])) IS NOT TRUE`);
  return parts;
}

/** Area slugs match the area in every programme; `Area.id`s (`<programme>/<slug>`) one programme's. */
function areaFilter(filter: GradeWhere['area']): Prisma.Sql[] {
  if (!filter) return [];
  const slugOrId = (value: string) =>
    value.includes('/') ? Prisma.sql`(b.programme_id || '/' || b.area_id)` : Prisma.sql`b.area_id`;
  const parts: Prisma.Sql[] = [];
  if (filter.eq != null) parts.push(Prisma.sql`${slugOrId(filter.eq)} = ${filter.eq}`);
  const anyOf = (values: readonly string[]) =>
    Prisma.sql`(b.area_id = ANY(${values.filter((v) => !v.includes('/'))}::text[]) OR (b.programme_id || '/' || b.area_id) = ANY(${values.filter((v) => v.includes('/'))}::text[]))`;
  if (filter.in != null) parts.push(anyOf(filter.in));
  if (filter.notIn != null) parts.push(Prisma.sql`${anyOf(filter.notIn)} IS NOT TRUE`);
  return parts;
}

/**
 * Grades are compared through the database enum, whose order is best first (OUTSTANDING …
 * INADEQUATE) on both scales, so "Good or better" is `grade <= 'GOOD'`.
 */
function gradeFilter(filter: GradeWhere['grade']): Prisma.Sql[] {
  if (!filter) return [];
  const column = Prisma.sql`b.grade`;
  const parts = textFilter(Prisma.sql`b.grade::text`, filter);
  if (filter.gte != null) parts.push(Prisma.sql`${column} <= ${filter.gte}::"Grade"`);
  if (filter.lte != null) parts.push(Prisma.sql`${column} >= ${filter.lte}::"Grade"`);
  return parts;
}

function firstDay(date: PartialDate): Date {
  return countsFrom({ ...date, day: date.day ?? 1 });
}

function dateFilter(filter: GradeWhere['publishedOn']): Prisma.Sql[] {
  if (!filter) return [];
  const parts: Prisma.Sql[] = [];
  if (filter.gte != null) parts.push(Prisma.sql`b.published_counts_from >= ${firstDay(filter.gte)}::date`);
  if (filter.lte != null) parts.push(Prisma.sql`b.published_counts_from <= ${countsFrom(filter.lte)}::date`);
  return parts;
}

/** Compiles a GradeWhere into a parameterised SQL condition over `base` (aliased `b`). */
export function whereSql(where: Maybe<GradeWhere>): Prisma.Sql {
  if (!where) return TRUE;
  return all([
    ...textFilter(Prisma.sql`b.force_id`, where.force),
    ...textFilter(Prisma.sql`b.programme_id`, where.programme),
    ...areaFilter(where.area),
    ...textFilter(Prisma.sql`b.region`, where.region),
    ...textFilter(Prisma.sql`b.country`, where.country),
    ...textFilter(Prisma.sql`b.theme`, where.areaTheme),
    ...gradeFilter(where.grade),
    ...(where.basis?.eq != null ? [Prisma.sql`b.basis::text = ${where.basis.eq}`] : []),
    ...dateFilter(where.publishedOn),
    ...(where.AND ? [all(where.AND.map(whereSql))] : []),
    ...(where.OR ? [any(where.OR.map(whereSql))] : []),
    // IS NOT TRUE, not NOT: a row whose inner condition is NULL (an unknown date, no theme) does not match it.
    ...(where.NOT ? [Prisma.sql`(${whereSql(where.NOT)}) IS NOT TRUE`] : []),
  ]);
}
