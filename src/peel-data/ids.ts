/**
 * The GraphQL ids of inspections and grades: their natural keys joined with `/`, so an id reads as
 * what it names (`cambridgeshire/peel-2023-25/investigating-crime`) and is the same in every
 * database. Ids of forces and programmes are their slugs; an area's slug is unique only within its
 * programme, so its id is `<programme>/<slug>`.
 */
import type { InspectionKey } from './rows.js';

/** An area's grade in a force's inspection. */
export interface GradeKey extends InspectionKey {
  readonly areaId: string;
}

export const areaIdOf = (area: { readonly programmeId: string; readonly id: string }): string =>
  `${area.programmeId}/${area.id}`;

/**
 * The slug an area argument names within `programmeId`: the argument itself when it is a slug, the
 * slug of an `Area.id` of that programme; null for an `Area.id` of another programme.
 */
export function areaSlugWithin(programmeId: string, argument: string): string | null {
  const slash = argument.indexOf('/');
  if (slash === -1) return argument;
  return argument.slice(0, slash) === programmeId ? argument.slice(slash + 1) : null;
}

export const inspectionIdOf = (key: InspectionKey): string => `${key.forceId}/${key.programmeId}`;
export const gradeIdOf = (key: GradeKey): string => `${key.forceId}/${key.programmeId}/${key.areaId}`;

/** `<force>/<programme>` (an `Inspection.id`), or null if the text is not of that form. */
export function parseInspectionId(id: string): InspectionKey | null {
  const [forceId, programmeId, ...rest] = id.split('/');
  if (!forceId || !programmeId || rest.length > 0) return null;
  return { forceId, programmeId };
}

/** `<force>/<programme>/<area>` (a `GradeRecord.id`), or null if the text is not of that form. */
export function parseGradeId(id: string): GradeKey | null {
  const [forceId, programmeId, areaId, ...rest] = id.split('/');
  if (!forceId || !programmeId || !areaId || rest.length > 0) return null;
  return { forceId, programmeId, areaId };
}
