/**
 * Records as audit entries keep them: in the API's terms (GraphQL ids, ISO dates at their source's
 * precision), without internal row ids or the derived `*CountsFrom` days. Type aliases rather than
 * interfaces, so that they are JSON values to Prisma.
 */
import type { GradeRow, InspectionRow } from '../peel-data/rows.js';
import { gradeIdOf, inspectionIdOf } from '../peel-data/ids.js';

export type InspectionSnapshot = {
  id: string;
  force: string;
  programme: string;
  reportUrl: string | null;
  publishedOn: string | null;
};

export type GradeSnapshot = {
  id: string;
  force: string;
  programme: string;
  area: string;
  grade: string;
  basis: string;
  sourceUrl: string;
  note: string | null;
  publishedOn: string | null;
  amendments: {
    from: string;
    to: string;
    amendedOn: string;
    sourceUrl: string;
    note: string | null;
  }[];
};

export function inspectionSnapshot(row: InspectionRow): InspectionSnapshot {
  return {
    id: inspectionIdOf(row),
    force: row.forceId,
    programme: row.programmeId,
    reportUrl: row.reportUrl,
    publishedOn: row.publishedOn,
  };
}

export function gradeSnapshot(row: GradeRow): GradeSnapshot {
  return {
    id: gradeIdOf(row),
    force: row.forceId,
    programme: row.programmeId,
    area: row.areaId,
    grade: row.grade,
    basis: row.basis,
    sourceUrl: row.sourceUrl,
    note: row.note,
    publishedOn: row.publishedOn,
    amendments: row.amendments.map((a) => ({
      from: a.fromGrade,
      to: a.toGrade,
      amendedOn: a.amendedOn,
      sourceUrl: a.sourceUrl,
      note: a.note,
    })),
  };
}
