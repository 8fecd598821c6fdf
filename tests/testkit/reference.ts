/**
 * A second, deliberately plain implementation of the grade list, computed straight from the CSV
 * files: filters, "as of" dates, orderings and grouped counts as the schema documents them, and the
 * inspections the grades make up. The property tests compare the API with it on random questions.
 * It shares no code with src/.
 */
import {
  type AmendmentCsv,
  type AreaCsv,
  forcesCsv,
  gradeEnum,
  gradesCsv,
  type ProgrammeCsv,
  programmeId,
  readBundled,
  type ReportCsv,
  slugOf,
} from './bundled-csv.js';

export const GRADES_BEST_FIRST = ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];
const FOUR_TIER = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];

/** A scale's grades, best first. */
export const gradesOfScale = (scale: 'FOUR_TIER' | 'FIVE_TIER') =>
  scale === 'FIVE_TIER' ? GRADES_BEST_FIRST : FOUR_TIER;

/** A date's first and last day, as `YYYY-MM-DD` (a month-only date spans its month). */
export function dayRange(date: string): { first: string; last: string } {
  if (date.length === 10) return { first: date, last: date };
  const [year, month] = date.split('-').map(Number) as [number, number];
  return { first: `${date}-01`, last: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) };
}

export interface RefGrade {
  readonly id: string;
  readonly forceId: string;
  readonly forceName: string;
  readonly region: string;
  readonly country: string;
  readonly programmeId: string;
  readonly programme: string;
  readonly programmeYears: number;
  readonly programmeOrder: number;
  readonly scale: 'FOUR_TIER' | 'FIVE_TIER';
  readonly areaSlug: string;
  readonly areaName: string;
  readonly areaPosition: number;
  readonly theme: string | null;
  readonly current: string;
  readonly basis: string;
  readonly sourceUrl: string;
  readonly note: string | null;
  /** The publication date as written (a day or a month); null when not known. */
  readonly published: string | null;
  /** The last day the publication date can mean; null when not known. */
  readonly publishedLast: string | null;
  readonly amendments: readonly { from: string; to: string; on: string }[];
}

/** A grade in an answer as of some date: the record and its grade then. */
export interface RefListed {
  readonly grade: RefGrade;
  readonly then: string;
}

export function referenceGrades(): RefGrade[] {
  const forces = new Map(forcesCsv().map((f) => [f.id, f]));
  const programmes = readBundled<ProgrammeCsv>('programmes.csv');
  const areas = readBundled<AreaCsv>('areas.csv');
  const amendments = readBundled<AmendmentCsv>('amendments.csv');
  const years = (name: string) => {
    const [, start = '0', end] = /(\d{4})(?:\/(\d{2})|–(\d{2}))?/.exec(name)?.filter((x) => x !== undefined) ?? [];
    const endYear = end ? Number(start.slice(0, 2) + end) : Number(start);
    return Number(start) * 10_000 + endYear;
  };
  return gradesCsv().map((row) => {
    const force = forces.get(row.force_id);
    const programme = programmes.find((p) => p.programme === row.programme);
    const ofProgramme = areas.filter((a) => a.programme === row.programme);
    const area = ofProgramme.find((a) => a.area === row.area);
    if (!force || !programme || !area) throw new Error(`grades.csv row names unknown things: ${JSON.stringify(row)}`);
    return {
      id: `${row.force_id}/${programmeId(row.programme)}/${slugOf(row.area)}`,
      forceId: row.force_id,
      forceName: force.name,
      region: force.region,
      country: force.country,
      programmeId: programmeId(row.programme),
      programme: row.programme,
      programmeYears: years(row.programme),
      programmeOrder: programmes.indexOf(programme),
      scale: programme.scale === 'five-tier' ? 'FIVE_TIER' : 'FOUR_TIER',
      areaSlug: slugOf(row.area),
      areaName: row.area,
      areaPosition: ofProgramme.indexOf(area),
      theme: area.theme === '' ? null : area.theme,
      current: gradeEnum(row.grade),
      basis: row.basis.toUpperCase(),
      sourceUrl: row.source_url,
      note: row.note === '' ? null : row.note,
      published: row.published === '' ? null : row.published,
      publishedLast: row.published === '' ? null : dayRange(row.published).last,
      amendments: amendments
        .filter((a) => a.force_id === row.force_id && a.programme === row.programme && a.area === row.area)
        .map((a) => ({ from: gradeEnum(a.from_grade), to: gradeEnum(a.to_grade), on: dayRange(a.amended_on).last })),
    };
  });
}

/** The day an `asOf` argument means: a month means its last day. */
export const asOfDay = (asOf: string | null): string | null => (asOf === null ? null : dayRange(asOf).last);

/** The grade as of the end of `asOf` (`YYYY-MM-DD`), or null when it was not then in force (or not known to be). */
export function gradeThen(grade: RefGrade, asOf: string | null): string | null {
  if (asOf === null) return grade.current;
  if (grade.publishedLast === null || grade.publishedLast > asOf) return null;
  let then = grade.amendments[0]?.from ?? grade.current;
  for (const amendment of grade.amendments) {
    if (amendment.on > asOf) break;
    then = amendment.to;
  }
  return then;
}

/** A force's inspection in one programme, as `Force.inspections` and `Inspection` document it. */
export interface RefInspection {
  readonly programmeId: string;
  readonly programme: string;
  readonly scale: 'FOUR_TIER' | 'FIVE_TIER';
  /** The date every dated grade of it shares; null when none is known or the dates differ. */
  readonly publishedOn: string | null;
  readonly reportUrl: string | null;
  /** Its grades, in the order of the programme's areas. */
  readonly grades: readonly RefGrade[];
}

/** A force's inspections, oldest programme first: each programme with a grade or a report link for it. */
export function referenceInspections(grades: readonly RefGrade[], forceId: string): RefInspection[] {
  const reports = readBundled<ReportCsv>('reports.csv');
  return readBundled<ProgrammeCsv>('programmes.csv').flatMap(({ programme, scale }) => {
    const own = grades
      .filter((g) => g.forceId === forceId && g.programme === programme)
      .sort((a, b) => a.areaPosition - b.areaPosition);
    const report = reports.find((r) => r.force_id === forceId && r.programme === programme);
    if (own.length === 0 && !report) return [];
    const dates = [...new Set(own.flatMap((g) => (g.published === null ? [] : [g.published])))];
    return [
      {
        programmeId: programmeId(programme),
        programme,
        scale: scale === 'five-tier' ? 'FIVE_TIER' : 'FOUR_TIER',
        publishedOn: dates.length === 1 ? (dates[0] as string) : null,
        reportUrl: report?.report_url ?? null,
        grades: own,
      },
    ];
  });
}

/** One inspection of `referenceInspections`, or null when the files know none. */
export function referenceInspection(grades: readonly RefGrade[], forceId: string, programme: string) {
  return referenceInspections(grades, forceId).find((i) => i.programmeId === programme) ?? null;
}

// The filter, as schema.graphql describes GradeWhere.
export type Where = {
  AND?: Where[];
  OR?: Where[];
  NOT?: Where;
  force?: IdFilter;
  programme?: IdFilter;
  area?: IdFilter;
  region?: StringFilter;
  country?: StringFilter;
  grade?: { eq?: string; in?: string[]; notIn?: string[]; gte?: string; lte?: string };
  basis?: { eq?: string };
  publishedOn?: { gte?: string; lte?: string };
  areaTheme?: StringFilter;
};
type IdFilter = { eq?: string; in?: string[]; notIn?: string[] };
type StringFilter = { eq?: string; in?: string[] };

function textMatches(value: string | null, filter: IdFilter | StringFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.eq !== undefined && value !== filter.eq) return false;
  if (filter.in !== undefined && (value === null || !filter.in.includes(value))) return false;
  if ('notIn' in filter && filter.notIn !== undefined && value !== null && filter.notIn.includes(value)) return false;
  return true;
}

function areaMatches(grade: RefGrade, filter: IdFilter | undefined): boolean {
  if (!filter) return true;
  const names = (value: string) =>
    value.includes('/') ? value === `${grade.programmeId}/${grade.areaSlug}` : value === grade.areaSlug;
  if (filter.eq !== undefined && !names(filter.eq)) return false;
  if (filter.in !== undefined && !filter.in.some(names)) return false;
  if (filter.notIn !== undefined && filter.notIn.some(names)) return false;
  return true;
}

export function matches(listed: RefListed, where: Where | undefined): boolean {
  if (!where) return true;
  const { grade, then } = listed;
  const rank = (g: string) => GRADES_BEST_FIRST.indexOf(g);
  const published = grade.publishedLast === null ? null : grade.publishedLast;
  const conditions = [
    textMatches(grade.forceId, where.force),
    textMatches(grade.programmeId, where.programme),
    areaMatches(grade, where.area),
    textMatches(grade.region, where.region),
    textMatches(grade.country, where.country),
    textMatches(grade.theme, where.areaTheme),
    textMatches(then, where.grade),
    where.grade?.gte === undefined || rank(then) <= rank(where.grade.gte),
    where.grade?.lte === undefined || rank(then) >= rank(where.grade.lte),
    where.basis?.eq === undefined || grade.basis === where.basis.eq,
    // A grade of unknown date matches no date bound. Dates compare by the last day a month can mean
    // for the record, and by the bound's first (gte) or last (lte) day.
    where.publishedOn?.gte === undefined || (published !== null && published >= dayRange(where.publishedOn.gte).first),
    where.publishedOn?.lte === undefined || (published !== null && published <= dayRange(where.publishedOn.lte).last),
    where.AND === undefined || where.AND.every((w) => matches(listed, w)),
    where.OR === undefined || where.OR.some((w) => matches(listed, w)),
    where.NOT === undefined || !matches(listed, where.NOT),
  ];
  return conditions.every(Boolean);
}

/** Every grade in force at `asOf` (a day, or null for now) that matches `where`. */
export function referenceList(grades: readonly RefGrade[], where: Where | undefined, asOf: string | null): RefListed[] {
  return grades.flatMap((grade) => {
    const then = gradeThen(grade, asOf);
    if (then === null) return [];
    const listed = { grade, then };
    return matches(listed, where) ? [listed] : [];
  });
}

export type OrderField = 'FORCE_NAME' | 'PROGRAMME' | 'AREA' | 'GRADE' | 'PUBLISHED_ON';

/** A key of `field` for ordering, as the schema documents it (text by character code). */
export function orderKey(listed: RefListed, field: OrderField): string | number {
  switch (field) {
    case 'FORCE_NAME':
      return listed.grade.forceName;
    case 'PROGRAMME':
      return listed.grade.programmeYears;
    case 'AREA':
      return listed.grade.areaName;
    case 'GRADE':
      return GRADES_BEST_FIRST.indexOf(listed.then);
    case 'PUBLISHED_ON':
      return listed.grade.publishedLast ?? '9999-12-31';
  }
}

/** How `a` compares with `b` in an order: negative, zero (a tie) or positive. */
export function compareIn(
  order: readonly { field: OrderField; direction: 'ASC' | 'DESC' }[],
  a: RefListed,
  b: RefListed,
) {
  const keys =
    order.length > 0
      ? order
      : ([
          { field: 'PROGRAMME', direction: 'ASC' },
          { field: 'FORCE_NAME', direction: 'ASC' },
        ] as const);
  for (const { field, direction } of keys) {
    const x = orderKey(a, field);
    const y = orderKey(b, field);
    const c = x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return direction === 'DESC' ? -c : c;
  }
  // The default order ends with the area's place in its programme.
  return order.length > 0 ? 0 : a.grade.areaPosition - b.grade.areaPosition;
}

export type Dimension = 'PROGRAMME' | 'AREA' | 'GRADE' | 'REGION' | 'COUNTRY' | 'FORCE' | 'BASIS';

export interface RefGroup {
  readonly keys: Record<string, string>;
  readonly count: number;
  /** The mean score, or null where the group mixes the two scales. */
  readonly meanScore: number | null;
}

const score = (listed: RefListed) => {
  const scale = gradesOfScale(listed.grade.scale);
  return scale.length - 1 - scale.indexOf(listed.then);
};

/** Grouped counts, keyed by dimension: the programme id, `<programme>/<area>`, the grade, and so on. */
export function referenceStats(listed: readonly RefListed[], groupBy: readonly Dimension[]): RefGroup[] {
  const keyOf = (l: RefListed, d: Dimension): string => {
    switch (d) {
      case 'PROGRAMME':
        return l.grade.programmeId;
      case 'AREA':
        return `${l.grade.programmeId}/${l.grade.areaSlug}`;
      case 'GRADE':
        return l.then;
      case 'REGION':
        return l.grade.region;
      case 'COUNTRY':
        return l.grade.country;
      case 'FORCE':
        return l.grade.forceId;
      case 'BASIS':
        return l.grade.basis;
    }
  };
  const dims = [...new Set(groupBy)];
  const groups = new Map<string, RefListed[]>();
  for (const l of listed) {
    const key = JSON.stringify(dims.map((d) => keyOf(l, d)));
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.values()].map((members) => {
    const first = members[0] as RefListed;
    const scales = new Set(members.map((m) => m.grade.scale));
    return {
      keys: Object.fromEntries(dims.map((d) => [d, keyOf(first, d)])),
      count: members.length,
      meanScore: scales.size > 1 ? null : members.reduce((sum, m) => sum + score(m), 0) / members.length,
    };
  });
}
