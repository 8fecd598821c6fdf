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

/** What changed after a version, as the database's change log (the data_change table) tells it. */
export type DataChanges =
  | {
      readonly known: true;
      /** The grades changed: `grades` holds those that still exist, as they are now. */
      readonly touched: readonly number[];
      readonly grades: readonly GradeRow[];
      /** Each of the lists of forces, programmes (with their areas) and inspections that changed, as it is now. */
      readonly places: Partial<PlaceRows>;
    }
  /** A change the log cannot list (a bulk write, an emptied table), or a log that no longer reaches back that far: read everything. */
  | { readonly known: false };
