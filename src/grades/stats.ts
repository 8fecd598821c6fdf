import type { Grade, GradeBasis, GradeScale } from '@prisma/client';

import type { GradeDimension, GradeWhere } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { asOfDay, type PartialDate } from '../dates/partial-date.js';
import { BadInputError } from '../errors.js';
import type { AreaRow, ForceRow, ProgrammeRow } from '../peel-data/rows.js';
import { matchingGrades, type ListedGrade } from './matching.js';
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

type Group = { -readonly [K in keyof GradeGroupResult]: GradeGroupResult[K] } & { scales: Set<GradeScale> };

/** What one dimension keys a group by, and the group's value for it. */
const DIMENSIONS: Readonly<Record<GradeDimension, (g: ListedGrade) => { key: string; set: (group: Group) => void }>> = {
  PROGRAMME: (g) => ({ key: g.entry.programme.id, set: (group) => void (group.programme = g.entry.programme) }),
  AREA: (g) => ({
    key: `${g.entry.programme.id}/${g.entry.area.id}`,
    set: (group) => void (group.area = g.entry.area),
  }),
  GRADE: (g) => ({ key: g.grade, set: (group) => void (group.grade = g.grade) }),
  REGION: (g) => ({ key: g.entry.force.region, set: (group) => void (group.region = g.entry.force.region) }),
  COUNTRY: (g) => ({ key: g.entry.force.country, set: (group) => void (group.country = g.entry.force.country) }),
  FORCE: (g) => ({ key: g.entry.force.id, set: (group) => void (group.force = g.entry.force) }),
  BASIS: (g) => ({ key: g.entry.row.basis, set: (group) => void (group.basis = g.entry.row.basis) }),
};

const GRADE_ORDER = SCALE_GRADES.FIVE_TIER;
const BASIS_ORDER: readonly GradeBasis[] = ['STATED', 'INFERRED'];

/** Grouped counts of grades with mean scores, ordered by the group keys in `groupBy` order. */
export function gradeStats(
  ctx: Context,
  args: { where: GradeWhere | null; groupBy: readonly GradeDimension[]; asOf: PartialDate | null },
): GradeGroupResult[] {
  const dimensions = [...new Set(args.groupBy)];
  const groups = new Map<string, Group>();
  for (const grade of matchingGrades(ctx.data.grades, args.where, asOfDay(args.asOf))) {
    const keyed = dimensions.map((d) => DIMENSIONS[d](grade));
    const key = keyed.map((k) => k.key).join('\u0000');
    let group = groups.get(key);
    if (!group) {
      group = {
        programme: null,
        area: null,
        grade: null,
        region: null,
        country: null,
        force: null,
        basis: null,
        count: 0,
        scales: new Set(),
        scoreSum: 0,
      };
      for (const k of keyed) k.set(group);
      groups.set(key, group);
    }
    const { scale } = grade.entry.programme;
    group.count += 1;
    group.scoreSum += gradeScore(grade.grade, scale);
    group.scales.add(scale);
  }

  const data = ctx.data;
  const programmeOrder = (p: ProgrammeRow | null) => (p ? data.programmeOrder(p.id) : -1);
  const areaProgramme = (a: AreaRow | null) => (a ? data.programmeOrder(a.programmeId) : -1);
  const compareBy: Record<GradeDimension, (a: GradeGroupResult, b: GradeGroupResult) => number> = {
    PROGRAMME: (a, b) => programmeOrder(a.programme) - programmeOrder(b.programme),
    AREA: (a, b) => areaProgramme(a.area) - areaProgramme(b.area) || (a.area?.position ?? 0) - (b.area?.position ?? 0),
    GRADE: (a, b) => GRADE_ORDER.indexOf(a.grade as Grade) - GRADE_ORDER.indexOf(b.grade as Grade),
    REGION: (a, b) => (a.region ?? '').localeCompare(b.region ?? '', 'en'),
    COUNTRY: (a, b) => (a.country ?? '').localeCompare(b.country ?? '', 'en'),
    FORCE: (a, b) => (a.force?.name ?? '').localeCompare(b.force?.name ?? '', 'en'),
    BASIS: (a, b) => BASIS_ORDER.indexOf(a.basis as GradeBasis) - BASIS_ORDER.indexOf(b.basis as GradeBasis),
  };
  return [...groups.values()].sort((a, b) => {
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
