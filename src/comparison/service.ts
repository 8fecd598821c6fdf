import type { Grade } from '@prisma/client';

import type { Context } from '../context.js';
import { asOfDay, type PartialDate } from '../dates/partial-date.js';
import { BadInputError } from '../errors.js';
import { listForces, requireForces } from '../forces/service.js';
import { countForces, findForcesByIds, type ForceRow } from '../forces/store.js';
import { gradeAsOf, type GradeAsOf, type GradeView } from '../grades/grade-view.js';
import { SCALE_GRADES, gradeLabel, isOnScale, scaleLabel } from '../grades/scale.js';
import { findGradesOfArea, findGradesOfInspections } from '../grades/store.js';
import { requireArea, requireProgramme } from '../programmes/service.js';
import type { AreaRow, ProgrammeRow } from '../programmes/store.js';

export interface ComparisonCellResult {
  readonly area: AreaRow;
  readonly status: GradeAsOf['status'] | 'NOT_KNOWN';
  readonly view: GradeView | null;
}

export interface ComparisonRowResult {
  readonly force: ForceRow;
  readonly cells: readonly ComparisonCellResult[];
}

export interface ComparisonResult {
  readonly programme: ProgrammeRow;
  readonly asOf: PartialDate | null;
  readonly areas: readonly AreaRow[];
  readonly rows: readonly ComparisonRowResult[];
}

export interface DistributionResult {
  readonly programme: ProgrammeRow;
  readonly area: AreaRow;
  readonly asOf: PartialDate | null;
  readonly counts: readonly { grade: Grade; count: number }[];
  readonly known: number;
  readonly notKnown: number;
  readonly forces: number;
}

/** Each force's grade for one area, as it stood at `asOf`: only forces with a known grade then. */
async function gradesOfArea(ctx: Context, programme: ProgrammeRow, area: AreaRow, asOf: PartialDate | null) {
  const rows = await findGradesOfArea(ctx.db.reads, programme.id, area.id);
  const day = asOfDay(asOf);
  const views: GradeView[] = [];
  for (const row of rows) {
    const result = gradeAsOf(row, day);
    if (result.status === 'GRADED') views.push(result.view);
  }
  return views;
}

export async function forcesWithGrade(
  ctx: Context,
  args: { programme: string; area: string; grade: Grade; asOf: PartialDate | null },
): Promise<ForceRow[]> {
  const { programme, area } = await requireArea(ctx, args.programme, args.area);
  if (!isOnScale(args.grade, programme.scale)) {
    throw new BadInputError(
      `${gradeLabel(args.grade)} is not on ${programme.name}'s ${scaleLabel(programme.scale)} scale (${SCALE_GRADES[programme.scale].join(', ')}).`,
      'grade',
    );
  }
  const views = await gradesOfArea(ctx, programme, area, args.asOf);
  const ids = views.filter((v) => v.grade === args.grade).map((v) => v.row.forceId);
  if (ids.length === 0) return [];
  const forces = await findForcesByIds(ctx.db.reads, ids);
  return [...forces].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export async function compareForces(
  ctx: Context,
  args: { forces: readonly string[] | null; programme: string; asOf: PartialDate | null },
): Promise<ComparisonResult> {
  const [programme, forces] = await Promise.all([
    requireProgramme(ctx, args.programme),
    args.forces ? requireForces(ctx, args.forces) : listForces(ctx, { country: null, region: null }),
  ]);
  const keys = [...new Set(forces.map((force) => force.id))].map((forceId) => ({ forceId, programmeId: programme.id }));
  const rows = keys.length > 0 ? await findGradesOfInspections(ctx.db.reads, keys) : [];
  const byCell = new Map(rows.map((row) => [`${row.forceId}|${row.areaId}`, row]));
  const day = asOfDay(args.asOf);
  return {
    programme,
    asOf: args.asOf,
    areas: programme.areas,
    rows: forces.map((force) => ({
      force,
      cells: programme.areas.map((area): ComparisonCellResult => {
        const row = byCell.get(`${force.id}|${area.id}`);
        if (!row) return { area, status: 'NOT_KNOWN', view: null };
        const result = gradeAsOf(row, day);
        return { area, status: result.status, view: result.status === 'GRADED' ? result.view : null };
      }),
    })),
  };
}

export async function gradeDistribution(
  ctx: Context,
  args: { programme: string; area: string; asOf: PartialDate | null },
): Promise<DistributionResult> {
  const { programme, area } = await requireArea(ctx, args.programme, args.area);
  const [views, forces] = await Promise.all([gradesOfArea(ctx, programme, area, args.asOf), countForces(ctx.db.reads)]);
  const counts = SCALE_GRADES[programme.scale].map((grade) => ({
    grade,
    count: views.filter((v) => v.grade === grade).length,
  }));
  const known = views.length;
  return { programme, area, asOf: args.asOf, counts, known, notKnown: forces - known, forces };
}
