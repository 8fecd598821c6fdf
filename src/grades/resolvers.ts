import type {
  GradeAmendmentResolvers,
  GradeConnectionResolvers,
  GradeEdgeResolvers,
  GradeGroupResolvers,
  GradeRecordResolvers,
  PageInfoResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types.js';
import { storedDate, type PartialDate } from '../peel-data/partial-date.js';
import { requireForce } from '../forces/service.js';
import { gradeIdOf } from '../peel-data/ids.js';
import { requireArea, requireProgramme } from '../programmes/service.js';
import { gradeStats, listGradesPage, meanScore, PAGE_SIZE_DEFAULT } from './service.js';

export const gradeQueries: Pick<QueryResolvers, 'grades' | 'gradeStats'> = {
  grades: (_, args, ctx) =>
    listGradesPage(ctx, {
      where: args.where ?? null,
      orderBy: args.orderBy ?? null,
      first: args.first ?? PAGE_SIZE_DEFAULT,
      after: args.after ?? null,
      asOf: args.asOf ?? null,
    }),
  gradeStats: (_, args, ctx) =>
    gradeStats(ctx, { where: args.where ?? null, groupBy: args.groupBy, asOf: args.asOf ?? null }),
};

export const GradeConnection: GradeConnectionResolvers = {
  edges: ({ grades, cursors }) => grades.map((grade) => ({ grade, cursors })),
  nodes: ({ grades }) => grades.map((grade) => grade.view),
  pageInfo: ({ grades, hasNextPage, cursors }) => ({ hasNextPage, last: grades.at(-1), cursors }),
};

export const GradeEdge: GradeEdgeResolvers = {
  cursor: ({ grade, cursors }) => cursors.of(grade),
  node: ({ grade }) => grade.view,
};

export const PageInfo: PageInfoResolvers = {
  endCursor: ({ last, cursors }) => (last ? cursors.of(last) : null),
};

export const GradeGroup: GradeGroupResolvers = {
  meanScore: (group) => meanScore(group),
};

export const GradeRecord: GradeRecordResolvers = {
  id: ({ row }) => gradeIdOf(row),
  force: ({ row }, _, ctx) => requireForce(ctx, row.forceId),
  programme: ({ row }, _, ctx) => requireProgramme(ctx, row.programmeId),
  area: ({ row }, _, ctx) => requireArea(ctx, row.programmeId, row.areaId).area,
  grade: (view) => view.grade,
  basis: ({ row }) => row.basis,
  sourceUrl: ({ row }) => row.sourceUrl,
  note: ({ row }) => row.note,
  publishedOn: ({ row }) => storedDate(row.publishedOn),
  amendments: (view) => view.amendments,
};

export const GradeAmendment: GradeAmendmentResolvers = {
  from: (amendment) => amendment.fromGrade,
  to: (amendment) => amendment.toGrade,
  amendedOn: (amendment) => storedDate(amendment.amendedOn) as PartialDate,
};
