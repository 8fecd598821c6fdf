import type { GradeOrder, GradeWhere } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { asOfDay, type PartialDate } from '../dates/partial-date.js';
import { BadInputError } from '../errors.js';
import type { GradeView } from './as-of.js';
import { decodeCursor, encodeCursor, fingerprint } from './cursor.js';
import { matchingGrades, type ListedGrade } from './matching.js';
import { compareKeyValues, isDefaultOrder, keyValues, type SortKey, sortCandidates, sortKeys } from './order.js';

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

/** Every grade matching the question, in its order: what `grades` pages through and the CSV export writes. */
export function orderedGrades(
  ctx: Context,
  args: Pick<GradeListArgs, 'where' | 'orderBy' | 'asOf'>,
): { grades: ListedGrade[]; keys: SortKey[] } {
  const keys = sortKeys(args.orderBy);
  const matches = matchingGrades(ctx.data.grades, args.where, asOfDay(args.asOf));
  // The model holds the grades in the default order already.
  return { grades: isDefaultOrder(keys) ? matches : sortCandidates(keys, matches), keys };
}

/** The index of the first grade after the position `after`, by binary search in the ordered list. */
function startAfter(keys: readonly SortKey[], grades: readonly ListedGrade[], after: readonly (number | string)[]) {
  let low = 0;
  let high = grades.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKeyValues(keys, keyValues(keys, grades[middle] as ListedGrade), after) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** One page of the grade list. A page larger than PAGE_SIZE_MAX is refused, never cut silently. */
export function listGradesPage(ctx: Context, args: GradeListArgs): GradeConnectionResult {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > PAGE_SIZE_MAX) {
    throw new BadInputError(`\`first\` must be from 0 to ${PAGE_SIZE_MAX}; got ${args.first}.`, 'first');
  }
  const keys = sortKeys(args.orderBy);
  const question = { fingerprint: fingerprint({ where: args.where, keys, asOf: args.asOf }), keys };
  // The cursor is checked before any work: a bad one is refused whatever the data.
  const after = args.after === null ? null : decodeCursor(args.after, question, 'after');
  const { grades } = orderedGrades(ctx, args);
  const start = after === null ? 0 : startAfter(keys, grades, after);
  const page = grades.slice(start, start + args.first);
  const edges = page.map((grade) => ({
    cursor: encodeCursor(question.fingerprint, keyValues(keys, grade)),
    node: grade.view,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: start + args.first < grades.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: grades.length,
  };
}
