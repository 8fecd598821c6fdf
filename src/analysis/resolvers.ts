import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { gradeChanges, rankForces, regions, similarForces } from './service.js';

/** Defaults the schema declares; repeated here because a client may still pass an explicit null. */
const DEFAULT_SIMILAR_FIRST = 5;
const DEFAULT_MIN_SHARED_AREAS = 3;

export const analysisQueries: Pick<QueryResolvers, 'rankForces' | 'gradeChanges' | 'similarForces' | 'regions'> = {
  rankForces: (_, args, ctx) =>
    rankForces(ctx, { programme: args.programme, areas: args.areas ?? null, asOf: args.asOf ?? null }),
  gradeChanges: (_, args, ctx) => gradeChanges(ctx, { force: args.force ?? null, from: args.from, to: args.to }),
  similarForces: (_, args, ctx) =>
    similarForces(ctx, {
      force: args.force,
      programme: args.programme,
      first: args.first ?? DEFAULT_SIMILAR_FIRST,
      minSharedAreas: args.minSharedAreas ?? DEFAULT_MIN_SHARED_AREAS,
    }),
  regions: (_, args, ctx) => regions(ctx, { programme: args.programme ?? null }),
};
