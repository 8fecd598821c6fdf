/**
 * The records of the PEEL data as the database holds them (Prisma's types), which the in-memory
 * model indexes and the API's types map onto.
 */
import type { Area, Force, GradeAmendment, GradeRecord, Inspection, Programme } from '@prisma/client';

export type ForceRow = Force;
export type AreaRow = Area;
export type ProgrammeRow = Programme & { readonly areas: readonly AreaRow[] };
export type InspectionRow = Inspection;
export type AmendmentRow = GradeAmendment;
/** A grade as it stands now, with its amendments in the order they were made. */
export type GradeRow = GradeRecord & { readonly amendments: readonly AmendmentRow[] };

export interface InspectionKey {
  readonly forceId: string;
  readonly programmeId: string;
}
