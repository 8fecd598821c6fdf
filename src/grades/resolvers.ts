import type { GradeAmendmentResolvers, GradeRecordResolvers } from '../__generated__/resolvers-types.js';
import { storedDate, type PartialDate } from '../dates/partial-date.js';
import { requireForce } from '../forces/service.js';
import { findArea, requireProgramme } from '../programmes/service.js';

export const GradeRecord: GradeRecordResolvers = {
  id: ({ row }) => `${row.forceId}/${row.programmeId}/${row.areaId}`,
  force: ({ row }, _, ctx) => requireForce(ctx, row.forceId),
  programme: ({ row }, _, ctx) => requireProgramme(ctx, row.programmeId),
  area: ({ row }, _, ctx) => findArea(ctx, row.programmeId, row.areaId),
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
