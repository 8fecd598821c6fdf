import type { Grade, GradeBasis, GradeScale } from '@prisma/client';

import type { GradeDimension, GradeWhere } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { asOfDay, type PartialDate } from '../dates/partial-date.js';
import { BadInputError } from '../errors.js';
import type { ForceRow } from '../forces/store.js';
import type { AreaRow, ProgrammeRow } from '../programmes/store.js';
import { countGradesBy, type GroupColumn, type GroupedCount } from './query-store.js';
import { gradeScore, SCALE_GRADES, scaleLabel } from './scale.js';

export interface GradeGroupResult {
  readonly programme: ProgrammeRow | null;
  readonly area: AreaRow | null;
  readonly grade: Grade | null;
  readonly region: string | null;
  readonly country: string | null;
  readonly force: ForceRow | null;
  readonly basis: GradeBasis | null;
  readonly count: number;
  /** The scales of the group's grades; a mean over more than one would mix incomparable scores. */
  readonly scales: ReadonlySet<GradeScale>;
  readonly scoreSum: number;
}

const COLUMNS: Readonly<Record<GradeDimension, readonly GroupColumn[]>> = {
  PROGRAMME: ['programme_id'],
  AREA: ['programme_id', 'area_id'],
  GRADE: [],
  REGION: ['region'],
  COUNTRY: ['country'],
  FORCE: ['force_id'],
  BASIS: ['basis'],
};

const GRADE_ORDER = SCALE_GRADES.FIVE_TIER;
const BASIS_ORDER: readonly GradeBasis[] = ['STATED', 'INFERRED'];

interface Accumulator {
  readonly sample: GroupedCount;
  count: number;
  scoreSum: number;
  readonly scales: Set<GradeScale>;
}

/** Grouped counts of grades with mean scores, ordered by the group keys in `groupBy` order. */
export async function gradeStats(
  ctx: Context,
  args: { where: GradeWhere | null; groupBy: readonly GradeDimension[]; asOf: PartialDate | null },
): Promise<GradeGroupResult[]> {
  const dimensions = [...new Set(args.groupBy)];
  const columns = [...new Set(dimensions.flatMap((d) => COLUMNS[d]))];
  const [rows, catalogue] = await Promise.all([
    countGradesBy(ctx.db.reads, { where: args.where, asOf: asOfDay(args.asOf) }, columns),
    ctx.loaders.catalogue(),
  ]);

  const groups = new Map<string, Accumulator>();
  for (const row of rows) {
    const key = JSON.stringify([...columns.map((c) => row[c]), dimensions.includes('GRADE') ? row.grade : null]);
    const group = groups.get(key) ?? { sample: row, count: 0, scoreSum: 0, scales: new Set<GradeScale>() };
    group.count += row.count;
    group.scoreSum += gradeScore(row.grade, row.scale) * row.count;
    group.scales.add(row.scale);
    groups.set(key, group);
  }

  const forceIds = [...new Set([...groups.values()].map((g) => g.sample.force_id).filter((id) => id !== undefined))];
  const forces = new Map(
    (await ctx.loaders.forceById.loadMany(forceIds)).flatMap((f) => (f && !(f instanceof Error) ? [[f.id, f]] : [])),
  );
  const has = (d: GradeDimension) => dimensions.includes(d);
  const results = [...groups.values()].map(({ sample, count, scoreSum, scales }): GradeGroupResult => {
    const programme = sample.programme_id ? (catalogue.programme(sample.programme_id) ?? null) : null;
    return {
      programme: has('PROGRAMME') ? programme : null,
      area: has('AREA') && sample.area_id && programme ? (catalogue.area(programme.id, sample.area_id) ?? null) : null,
      grade: has('GRADE') ? sample.grade : null,
      region: sample.region ?? null,
      country: sample.country ?? null,
      force: sample.force_id ? (forces.get(sample.force_id) ?? null) : null,
      basis: (sample.basis as GradeBasis | undefined) ?? null,
      count,
      scales,
      scoreSum,
    };
  });

  const programmeIndex = (p: ProgrammeRow | null) => (p ? catalogue.programmes.indexOf(p) : -1);
  const compareBy: Record<GradeDimension, (a: GradeGroupResult, b: GradeGroupResult) => number> = {
    PROGRAMME: (a, b) => programmeIndex(a.programme) - programmeIndex(b.programme),
    AREA: (a, b) =>
      programmeIndex(catalogue.programme(a.area?.programmeId ?? '') ?? null) -
        programmeIndex(catalogue.programme(b.area?.programmeId ?? '') ?? null) ||
      (a.area?.position ?? 0) - (b.area?.position ?? 0),
    GRADE: (a, b) => GRADE_ORDER.indexOf(a.grade as Grade) - GRADE_ORDER.indexOf(b.grade as Grade),
    REGION: (a, b) => (a.region ?? '').localeCompare(b.region ?? '', 'en'),
    COUNTRY: (a, b) => (a.country ?? '').localeCompare(b.country ?? '', 'en'),
    FORCE: (a, b) => (a.force?.name ?? '').localeCompare(b.force?.name ?? '', 'en'),
    BASIS: (a, b) => BASIS_ORDER.indexOf(a.basis as GradeBasis) - BASIS_ORDER.indexOf(b.basis as GradeBasis),
  };
  return results.sort((a, b) => {
    for (const d of dimensions) {
      const order = compareBy[d](a, b);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** The group's mean score; an error (not a number) when the group mixes the two scales. */
export function meanScore(group: GradeGroupResult): number | null {
  if (group.count === 0) return null;
  if (group.scales.size > 1) {
    const scales = [...group.scales].map(scaleLabel).join(' and ');
    throw new BadInputError(
      `meanScore cannot mix ${scales} grades: their scores are on different scales. Group by PROGRAMME or filter to programmes of one scale.`,
    );
  }
  return group.scoreSum / group.count;
}
