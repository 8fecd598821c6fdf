import type { GradeOrder, GradeWhere } from '../__generated__/resolvers-types.js';
import type { Context } from '../platform/graphql/context.js';
import { asOfDay, type PartialDate } from '../peel-data/partial-date.js';
import { BadInputError } from '../platform/errors.js';
import { decodeCursor, encodeCursor, fingerprint, type ListQuestion } from './cursor.js';
import { matchingGrades, type ListedGrade } from './matching.js';
import { compareKeyValues, isDefaultOrder, keyValues, type SortKey, sortCandidates, sortKeys } from './order.js';

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 100;

/**
 * The cursors of one page: made only for the edges whose `cursor` (or the page's `endCursor`) a
 * client asks for, since each is a little JSON encoded, and most clients page by `endCursor` alone.
 */
export class PageCursors {
  private fingerprintOfQuestion: string | undefined;

  constructor(
    private readonly question: ListQuestion,
    private readonly keys: readonly SortKey[],
  ) {}

  fingerprint(): string {
    return (this.fingerprintOfQuestion ??= fingerprint(this.question));
  }

  of(grade: ListedGrade): string {
    return encodeCursor(this.fingerprint(), keyValues(this.keys, grade));
  }
}

export interface GradeConnectionResult {
  /** The page's grades, in order. */
  readonly grades: readonly ListedGrade[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
  readonly cursors: PageCursors;
}

export interface GradeEdgeResult {
  readonly grade: ListedGrade;
  readonly cursors: PageCursors;
}

export interface PageInfoResult {
  readonly hasNextPage: boolean;
  /** The page's last grade, whose cursor is `endCursor`. */
  readonly last: ListedGrade | undefined;
  readonly cursors: PageCursors;
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
  const matches = matchingGrades(ctx.data, args.where, asOfDay(args.asOf));
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
  const cursors = new PageCursors({ where: args.where, keys, asOf: args.asOf }, keys);
  // The cursor is checked before any work: a bad one is refused whatever the data.
  const after =
    args.after === null ? null : decodeCursor(args.after, { fingerprint: cursors.fingerprint(), keys }, 'after');
  const { grades } = orderedGrades(ctx, args);
  const start = after === null ? 0 : startAfter(keys, grades, after);
  return {
    grades: grades.slice(start, start + args.first),
    hasNextPage: start + args.first < grades.length,
    totalCount: grades.length,
    cursors,
  };
}
