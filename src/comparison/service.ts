import type { Grade } from '@prisma/client';

import type { Context } from '../platform/graphql/context.js';
import { asOfDay, type PartialDate } from '../peel-data/partial-date.js';
import { BadInputError } from '../platform/errors.js';
import { listForces, requireForces } from '../forces/service.js';
import { gradeAsOf, gradedAsOf, type GradeAsOf, type GradeView } from '../grades/as-of.js';
import { SCALE_GRADES, gradeLabel, isOnScale, scaleLabel } from '../grades/scale.js';
import type { AreaRow, ForceRow, ProgrammeRow } from '../peel-data/rows.js';
import { requireArea, requireProgramme } from '../programmes/service.js';

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

/** Each force's grade for one area, as it stood at `asOf`: only forces with a known grade then, by name. */
function gradesOfArea(ctx: Context, programme: ProgrammeRow, area: AreaRow, asOf: PartialDate | null) {
  return gradedAsOf(ctx.data.gradesOfArea(programme.id, area.id), asOfDay(asOf));
}

export function forcesWithGrade(
  ctx: Context,
  args: { programme: string; area: string; grade: Grade; asOf: PartialDate | null },
): ForceRow[] {
  const { programme, area } = requireArea(ctx, args.programme, args.area);
  if (!isOnScale(args.grade, programme.scale)) {
    throw new BadInputError(
      `${gradeLabel(args.grade)} is not on ${programme.name}'s ${scaleLabel(programme.scale)} scale (${SCALE_GRADES[programme.scale].join(', ')}).`,
      'grade',
    );
  }
  return gradesOfArea(ctx, programme, area, args.asOf)
    .filter((g) => g.view.grade === args.grade)
    .map((g) => g.entry.force)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function compareForces(
  ctx: Context,
  args: { forces: readonly string[] | null; programme: string; asOf: PartialDate | null },
): ComparisonResult {
  const programme = requireProgramme(ctx, args.programme);
  // Without forces, every force, by name: the whole table in one request.
  const forces = args.forces ? requireForces(ctx, args.forces) : listForces(ctx, { country: null, region: null });
  const day = asOfDay(args.asOf);
  return {
    programme,
    asOf: args.asOf,
    areas: programme.areas,
    rows: forces.map((force) => {
      const byArea = new Map(
        ctx.data.gradesOfInspection({ forceId: force.id, programmeId: programme.id }).map((e) => [e.area.id, e.row]),
      );
      return {
        force,
        cells: programme.areas.map((area): ComparisonCellResult => {
          const row = byArea.get(area.id);
          if (!row) return { area, status: 'NOT_KNOWN', view: null };
          const result = gradeAsOf(row, day);
          return { area, status: result.status, view: result.status === 'GRADED' ? result.view : null };
        }),
      };
    }),
  };
}

export function gradeDistribution(
  ctx: Context,
  args: { programme: string; area: string; asOf: PartialDate | null },
): DistributionResult {
  const { programme, area } = requireArea(ctx, args.programme, args.area);
  const graded = gradesOfArea(ctx, programme, area, args.asOf);
  const forces = ctx.data.forces.length;
  const counts = SCALE_GRADES[programme.scale].map((grade) => ({
    grade,
    count: graded.filter((g) => g.view.grade === grade).length,
  }));
  const known = graded.length;
  return { programme, area, asOf: args.asOf, counts, known, notKnown: forces - known, forces };
}
