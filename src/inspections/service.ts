import type { Context } from '../platform/graphql/context.js';
import { gradedAsOf, type GradeView } from '../grades/as-of.js';
import type { InspectionKey, InspectionRow } from '../peel-data/rows.js';

/** A force's inspections, oldest programme first. */
export function inspectionsOfForce(ctx: Context, forceId: string): readonly InspectionRow[] {
  return ctx.data.inspectionsOf(forceId);
}

export function inspectionOf(ctx: Context, forceId: string, programmeId: string): InspectionRow | null {
  return ctx.data.inspection({ forceId, programmeId }) ?? null;
}

/** An inspection's grades as they stood at `asOf` (null: now), in the order of its programme's areas. */
export function gradesOfInspection(ctx: Context, inspection: InspectionKey, asOf: Date | null): GradeView[] {
  return gradedAsOf(ctx.data.gradesOfInspection(inspection), asOf).map((g) => g.view);
}
