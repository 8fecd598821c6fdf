import type { Grade, GradeBasis, GradeScale } from '@prisma/client';

import type { GradeDimension, GradeWhere } from '../__generated__/resolvers-types.js';
import type { Context } from '../platform/graphql/context.js';
import { asOfDay, type PartialDate } from '../peel-data/partial-date.js';
import { BadInputError } from '../platform/errors.js';
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

/** What one dimension keys a group by: the model's own objects and strings, compared by identity. */
const KEYS: Readonly<Record<GradeDimension, (g: ListedGrade) => unknown>> = {
  PROGRAMME: (g) => g.entry.programme,
  AREA: (g) => g.entry.area,
  GRADE: (g) => g.grade,
  REGION: (g) => g.entry.force.region,
  COUNTRY: (g) => g.entry.force.country,
  FORCE: (g) => g.entry.force,
  BASIS: (g) => g.entry.row.basis,
};

/** Groups in nested maps, one level per dimension, so that no key is built per grade. */
type Tree = Map<unknown, Tree | Group>;

/** A new group of the dimensions grouped by, with the keys of its first grade. */
function groupOf(first: ListedGrade, dimensions: ReadonlySet<GradeDimension>): Group {
  const { entry } = first;
  return {
    programme: dimensions.has('PROGRAMME') ? entry.programme : null,
    area: dimensions.has('AREA') ? entry.area : null,
    grade: dimensions.has('GRADE') ? first.grade : null,
    region: dimensions.has('REGION') ? entry.force.region : null,
    country: dimensions.has('COUNTRY') ? entry.force.country : null,
    force: dimensions.has('FORCE') ? entry.force : null,
    basis: dimensions.has('BASIS') ? entry.row.basis : null,
    count: 0,
    scales: new Set(),
    scoreSum: 0,
  };
}

const GRADE_ORDER = SCALE_GRADES.FIVE_TIER;
/** English word order, as `localeCompare(…, 'en')` gives it, from one collator made once. */
const byWords = new Intl.Collator('en').compare;
const BASIS_ORDER: readonly GradeBasis[] = ['STATED', 'INFERRED'];

/** Grouped counts of grades with mean scores, ordered by the group keys in `groupBy` order. */
export function gradeStats(
  ctx: Context,
  args: { where: GradeWhere | null; groupBy: readonly GradeDimension[]; asOf: PartialDate | null },
): GradeGroupResult[] {
  const dimensions = [...new Set(args.groupBy)];
  const grouped = new Set(dimensions);
  const keys = dimensions.map((d) => KEYS[d]);
  const groups: Group[] = [];
  const tree: Tree = new Map();
  for (const grade of matchingGrades(ctx.data, args.where, asOfDay(args.asOf))) {
    let level = tree;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = (keys[i] as (g: ListedGrade) => unknown)(grade);
      let next = level.get(key) as Tree | undefined;
      if (!next) level.set(key, (next = new Map()));
      level = next;
    }
    const last = keys.length > 0 ? (keys[keys.length - 1] as (g: ListedGrade) => unknown)(grade) : undefined;
    let group = level.get(last) as Group | undefined;
    if (!group) {
      group = groupOf(grade, grouped);
      level.set(last, group);
      groups.push(group);
    }
    const { scale } = grade.entry.programme;
    group.count += 1;
    group.scoreSum += gradeScore(grade.grade, scale);
    if (!group.scales.has(scale)) group.scales.add(scale);
  }

  const data = ctx.data;
  const programmeOrder = (p: ProgrammeRow | null) => (p ? data.programmeOrder(p.id) : -1);
  const areaProgramme = (a: AreaRow | null) => (a ? data.programmeOrder(a.programmeId) : -1);
  const compareBy: Record<GradeDimension, (a: GradeGroupResult, b: GradeGroupResult) => number> = {
    PROGRAMME: (a, b) => programmeOrder(a.programme) - programmeOrder(b.programme),
    AREA: (a, b) => areaProgramme(a.area) - areaProgramme(b.area) || (a.area?.position ?? 0) - (b.area?.position ?? 0),
    GRADE: (a, b) => GRADE_ORDER.indexOf(a.grade as Grade) - GRADE_ORDER.indexOf(b.grade as Grade),
    REGION: (a, b) => byWords(a.region ?? '', b.region ?? ''),
    COUNTRY: (a, b) => byWords(a.country ?? '', b.country ?? ''),
    FORCE: (a, b) => byWords(a.force?.name ?? '', b.force?.name ?? ''),
    BASIS: (a, b) => BASIS_ORDER.indexOf(a.basis as GradeBasis) - BASIS_ORDER.indexOf(b.basis as GradeBasis),
  };
  return groups.sort((a, b) => {
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
