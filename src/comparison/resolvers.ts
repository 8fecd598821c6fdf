import type { ComparisonCellResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { compareForces, forcesWithGrade, gradeDistribution } from './service.js';

export const comparisonQueries: Pick<QueryResolvers, 'forcesWithGrade' | 'compareForces' | 'gradeDistribution'> = {
  forcesWithGrade: (_, args, ctx) => forcesWithGrade(ctx, { ...args, asOf: args.asOf ?? null }),
  compareForces: (_, args, ctx) =>
    compareForces(ctx, { ...args, forces: args.forces ?? null, asOf: args.asOf ?? null }),
  gradeDistribution: (_, args, ctx) => gradeDistribution(ctx, { ...args, asOf: args.asOf ?? null }),
};

export const ComparisonCell: ComparisonCellResolvers = {
  grade: (cell) => cell.view?.grade ?? null,
  record: (cell) => cell.view,
};
