import type { Context } from '../context.js';
import { gradeAsOf, type GradeView } from '../grades/grade-view.js';
import type { InspectionRow } from './store.js';

/** A force's inspections, in programme order (oldest first). */
export async function inspectionsOfForce(ctx: Context, forceId: string): Promise<InspectionRow[]> {
  const [inspections, catalogue] = await Promise.all([
    ctx.loaders.inspectionsOfForce.load(forceId),
    ctx.loaders.catalogue(),
  ]);
  const order = new Map(catalogue.programmes.map((p, i) => [p.id, i]));
  return [...inspections].sort((a, b) => (order.get(a.programmeId) ?? 0) - (order.get(b.programmeId) ?? 0));
}

export async function inspectionOf(ctx: Context, forceId: string, programmeId: string): Promise<InspectionRow | null> {
  return (await ctx.loaders.inspection.load({ forceId, programmeId })) ?? null;
}

/** An inspection's grades as they stood at `asOf` (null: now), in the order of its programme's areas. */
export async function gradesOfInspection(
  ctx: Context,
  inspection: InspectionRow,
  asOf: Date | null,
): Promise<GradeView[]> {
  const [rows, catalogue] = await Promise.all([
    ctx.loaders.gradesOfInspection.load(inspection),
    ctx.loaders.catalogue(),
  ]);
  const position = (areaId: string) => catalogue.area(inspection.programmeId, areaId)?.position ?? 0;
  return rows
    .map((row) => gradeAsOf(row, asOf))
    .flatMap((result) => (result.status === 'GRADED' ? [result.view] : []))
    .sort((a, b) => position(a.row.areaId) - position(b.row.areaId));
}
