import type { Grade } from '@prisma/client';

import type { GradeWhere } from '../__generated__/resolvers-types.js';
import { countsFrom, type PartialDate } from '../peel-data/partial-date.js';
import type { GradeEntry } from '../peel-data/peel-data.js';
import { areaIdOf } from '../peel-data/ids.js';
import { SCALE_GRADES } from './scale.js';

/** A grade in a list: its record and what it stood at then. */
export interface Candidate {
  readonly entry: GradeEntry;
  readonly grade: Grade;
}

export type GradeTest = (candidate: Candidate) => boolean;

type Maybe<T> = T | null | undefined;

const always: GradeTest = () => true;

function allOf(tests: readonly GradeTest[]): GradeTest {
  if (tests.length === 0) return always;
  if (tests.length === 1) return tests[0] as GradeTest;
  return (c) => tests.every((test) => test(c));
}

/** Grades best first on both scales: "Good or better" is a position at or before Good's. */
const GRADE_ORDER = SCALE_GRADES.FIVE_TIER;
const rank = (grade: Grade) => GRADE_ORDER.indexOf(grade);

/**
 * `eq`, `in` and `notIn` on a value that may be missing (an area's theme). A missing value equals
 * nothing and is in no list, so `notIn` keeps it: the same three rules as SQL's `=`, `= ANY` and
 * `(= ANY) IS NOT TRUE`, which the grade list was once computed with.
 */
function textTests(
  valueOf: (c: Candidate) => string | null,
  filter: Maybe<{ eq?: Maybe<string>; in?: Maybe<readonly string[]>; notIn?: Maybe<readonly string[]> }>,
): GradeTest[] {
  if (!filter) return [];
  const tests: GradeTest[] = [];
  const { eq, in: anyOf, notIn } = filter;
  if (eq != null) tests.push((c) => valueOf(c) === eq);
  if (anyOf != null) {
    const set = new Set(anyOf);
    tests.push((c) => set.has(valueOf(c) as string));
  }
  if (notIn != null) {
    const set = new Set(notIn);
    tests.push((c) => !set.has(valueOf(c) as string));
  }
  return tests;
}

/** An area filter value is a slug (that area in every programme) or an `Area.id` (one programme's). */
function areaTests(filter: GradeWhere['area']): GradeTest[] {
  if (!filter) return [];
  const named = (value: string): GradeTest =>
    value.includes('/') ? (c) => areaIdOf(c.entry.area) === value : (c) => c.entry.area.id === value;
  const anyNamed = (values: readonly string[]): GradeTest => {
    const tests = values.map(named);
    return (c) => tests.some((test) => test(c));
  };
  const tests: GradeTest[] = [];
  if (filter.eq != null) tests.push(named(filter.eq));
  if (filter.in != null) tests.push(anyNamed(filter.in));
  if (filter.notIn != null) {
    const excluded = anyNamed(filter.notIn);
    tests.push((c) => !excluded(c));
  }
  return tests;
}

function gradeTests(filter: GradeWhere['grade']): GradeTest[] {
  if (!filter) return [];
  const tests = textTests((c) => c.grade, filter);
  const { gte, lte } = filter;
  if (gte != null) tests.push((c) => rank(c.grade) <= rank(gte));
  if (lte != null) tests.push((c) => rank(c.grade) >= rank(lte));
  return tests;
}

/** A month means its first day as a lower bound and its last day as an upper bound. */
function dateTests(filter: GradeWhere['publishedOn']): GradeTest[] {
  if (!filter) return [];
  const tests: GradeTest[] = [];
  const published = (c: Candidate) => c.entry.row.publishedCountsFrom?.getTime();
  if (filter.gte != null) {
    const from = firstDay(filter.gte).getTime();
    tests.push((c) => (published(c) ?? -Infinity) >= from);
  }
  if (filter.lte != null) {
    const to = countsFrom(filter.lte).getTime();
    tests.push((c) => (published(c) ?? Infinity) <= to);
  }
  return tests;
}

function firstDay(date: PartialDate): Date {
  return countsFrom({ ...date, day: date.day ?? 1 });
}

/**
 * Compiles a filter once into a test for each grade. Fields of one `GradeWhere` must all match;
 * `AND`, `OR` (none of an empty list) and `NOT` combine nested filters. A grade of unknown
 * publication date matches no date bound, and a missing theme no theme value, but both are kept by
 * `NOT` of such a filter. The nesting was bounded before anything got here (filter-depth.ts).
 */
export function compileWhere(where: Maybe<GradeWhere>): GradeTest {
  if (!where) return always;
  const tests: GradeTest[] = [
    ...textTests((c) => c.entry.force.id, where.force),
    ...textTests((c) => c.entry.programme.id, where.programme),
    ...areaTests(where.area),
    ...textTests((c) => c.entry.force.region, where.region),
    ...textTests((c) => c.entry.force.country, where.country),
    ...textTests((c) => c.entry.area.theme, where.areaTheme),
    ...gradeTests(where.grade),
    ...(where.basis?.eq != null
      ? [
          (
            (basis) => (c: Candidate) =>
              c.entry.row.basis === basis
          )(where.basis.eq),
        ]
      : []),
    ...dateTests(where.publishedOn),
  ];
  if (where.AND) tests.push(allOf(where.AND.map(compileWhere)));
  if (where.OR) {
    const alternatives = where.OR.map(compileWhere);
    tests.push((c) => alternatives.some((test) => test(c)));
  }
  if (where.NOT) {
    const not = compileWhere(where.NOT);
    tests.push((c) => !not(c));
  }
  return allOf(tests);
}
