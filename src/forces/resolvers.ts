import type { ForceResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { inspectionOf, inspectionsOfForce } from '../inspections/service.js';
import { findForce, listForces } from './service.js';

export const forceQueries: Pick<QueryResolvers, 'forces' | 'force'> = {
  forces: (_, args, ctx) => listForces(ctx, { country: args.country ?? null, region: args.region ?? null }),
  force: (_, args, ctx) => findForce(ctx, args.id),
};

export const Force: ForceResolvers = {
  inspections: (force, _, ctx) => inspectionsOfForce(ctx, force.id),
  inspection: (force, args, ctx) => inspectionOf(ctx, force.id, args.programme),
};
