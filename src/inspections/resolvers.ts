import type { InspectionResolvers } from '../__generated__/resolvers-types.js';
import { asOfDay, storedDate } from '../peel-data/partial-date.js';
import { requireForce } from '../forces/service.js';
import { inspectionIdOf } from '../peel-data/ids.js';
import { requireProgramme } from '../programmes/service.js';
import { gradesOfInspection } from './service.js';

export const Inspection: InspectionResolvers = {
  id: (inspection) => inspectionIdOf(inspection),
  force: (inspection, _, ctx) => requireForce(ctx, inspection.forceId),
  programme: (inspection, _, ctx) => requireProgramme(ctx, inspection.programmeId),
  publishedOn: (inspection) => storedDate(inspection.publishedOn),
  grades: (inspection, args, ctx) => gradesOfInspection(ctx, inspection, asOfDay(args.asOf)),
};
