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

/** The database's data version: its own id and the counter every change moves on (src/platform/db/data-version.ts). */
export interface VersionRow {
  readonly databaseId: string;
  readonly version: bigint;
}

/** The data version as a name: the database's own id with its counter. */
export function versionName(row: VersionRow): string {
  return `${row.databaseId}:${row.version}`;
}

/** Everything but the grades, read from the database for one data version, before it is indexed. */
export interface PlaceRows {
  readonly forces: readonly ForceRow[];
  readonly programmes: readonly ProgrammeRow[];
  readonly inspections: readonly InspectionRow[];
}

/** Everything read from the database for one data version, before it is indexed. */
export interface PeelRows extends PlaceRows {
  readonly version: VersionRow;
  readonly grades: readonly GradeRow[];
}
