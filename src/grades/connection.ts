import type { GradeOrder, GradeWhere } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { asOfDay, type PartialDate } from '../dates/partial-date.js';
import { BadInputError } from '../errors.js';
import type { GradeView } from './grade-view.js';
import { encodeCursor, sortKeys } from './order-sql.js';
import { countGrades, listGrades } from './query-store.js';

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 100;

export interface GradeEdgeResult {
  readonly cursor: string;
  readonly node: GradeView;
}

export interface GradeConnectionResult {
  readonly edges: readonly GradeEdgeResult[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly totalCount: number;
}

export interface GradeListArgs {
  readonly where: GradeWhere | null;
  readonly orderBy: readonly GradeOrder[] | null;
  readonly first: number;
  readonly after: string | null;
  readonly asOf: PartialDate | null;
}

/** One page of the flat grade list. A page larger than PAGE_SIZE_MAX is refused, never cut silently. */
export async function listGradesPage(ctx: Context, args: GradeListArgs): Promise<GradeConnectionResult> {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > PAGE_SIZE_MAX) {
    throw new BadInputError(`\`first\` must be from 0 to ${PAGE_SIZE_MAX}; got ${args.first}.`, 'first');
  }
  const keys = sortKeys(args.orderBy);
  const asOf = asOfDay(args.asOf);
  const { grades, total } = await listGrades(ctx.db.reads, {
    where: args.where,
    asOf,
    keys,
    after: args.after,
    // One more than asked tells whether another page follows.
    limit: args.first + 1,
  });
  const page = grades.slice(0, args.first);
  const edges = page.map((g) => ({
    cursor: encodeCursor(keys, g.keys),
    node: { row: g.row, grade: g.grade, amendments: g.amendments },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: grades.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    // The page's statement also counted the matches, unless the page came back empty.
    totalCount: total ?? (await countGrades(ctx.db.reads, { where: args.where, asOf })),
  };
}
