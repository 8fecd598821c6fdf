import type { Grade } from '@prisma/client';

import type { Context } from '../platform/graphql/context.js';
import { requireForces } from '../forces/service.js';
import type { ForceRow } from '../peel-data/rows.js';

/** One force's known grade for one area. */
export interface KnownGrade {
  readonly forceId: string;
  readonly areaId: string;
  readonly grade: Grade;
}

/** Each force's known grades in one programme: force id → area id → grade. */
export type Profiles = ReadonlyMap<string, ReadonlyMap<string, Grade>>;

export function profilesOf(grades: Iterable<KnownGrade>): Profiles {
  const profiles = new Map<string, Map<string, Grade>>();
  for (const { forceId, areaId, grade } of grades) {
    let profile = profiles.get(forceId);
    if (!profile) profiles.set(forceId, (profile = new Map()));
    profile.set(areaId, grade);
  }
  return profiles;
}

/** The order every analysis lists forces in when nothing else decides: by name. */
export function byForceName(a: ForceRow, b: ForceRow): number {
  return a.name.localeCompare(b.name, 'en');
}

/** The forces of these ids, by id. */
export function forcesById(ctx: Context, ids: readonly string[]): ReadonlyMap<string, ForceRow> {
  return new Map(requireForces(ctx, ids).map((force) => [force.id, force]));
}

/** The current grades of a programme, of every force or of one. */
export function currentGrades(ctx: Context, programmeId: string, forceId: string | null): KnownGrade[] {
  const grades = ctx.data.gradesOfProgramme(programmeId);
  return grades
    .filter((e) => forceId === null || e.row.forceId === forceId)
    .map((e) => ({ forceId: e.row.forceId, areaId: e.row.areaId, grade: e.row.grade }));
}
