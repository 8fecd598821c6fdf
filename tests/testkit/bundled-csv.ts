/**
 * The bundled CSV files read directly, so that tests compute expected answers independently of the
 * API's code rather than copying its output.
 */
import { readFileSync } from 'node:fs';

import { parse } from 'csv-parse/sync';

const DIR = new URL('../../data/peel/', import.meta.url);

export interface ForceCsv {
  id: string;
  name: string;
  short_name: string;
  former_names: string;
  country: string;
  region: string;
  website: string;
}
export interface GradeCsv {
  force_id: string;
  programme: string;
  published: string;
  area: string;
  grade: string;
  basis: string;
  source_url: string;
  note: string;
}
export interface AmendmentCsv {
  force_id: string;
  programme: string;
  area: string;
  from_grade: string;
  to_grade: string;
  amended_on: string;
  source_url: string;
  note: string;
}
export interface ProgrammeCsv {
  programme: string;
  scale: string;
}
export interface AreaCsv {
  programme: string;
  area: string;
  theme: string;
}
export interface ReportCsv {
  force_id: string;
  programme: string;
  report_url: string;
}

export function readBundled<T>(file: string): T[] {
  return parse(readFileSync(new URL(file, DIR), 'utf8'), { columns: true, skip_empty_lines: true }) as T[];
}

/** `PEEL 2023–25` → `peel-2023-25`, written out independently of the API's slug code. */
export const PROGRAMME_IDS: Readonly<Record<string, string>> = {
  'PEEL 2015': 'peel-2015',
  'PEEL 2016': 'peel-2016',
  'PEEL 2017': 'peel-2017',
  'PEEL 2018/19': 'peel-2018-19',
  'PEEL 2021/22': 'peel-2021-22',
  'PEEL 2023–25': 'peel-2023-25',
};

const GRADE_ENUM: Readonly<Record<string, string>> = {
  Outstanding: 'OUTSTANDING',
  Good: 'GOOD',
  Adequate: 'ADEQUATE',
  'Requires improvement': 'REQUIRES_IMPROVEMENT',
  Inadequate: 'INADEQUATE',
};

/** The API's enum value for a grade word of the CSV files. */
export function gradeEnum(word: string): string {
  const value = GRADE_ENUM[word];
  if (!value) throw new Error(`Unknown grade word ${word}`);
  return value;
}

/** An area's slug as the API makes it, written out independently: lower case, other runs of characters one `-`. */
export const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A programme's API id, from the table above. */
export function programmeId(name: string): string {
  const id = PROGRAMME_IDS[name];
  if (!id) throw new Error(`Unknown programme ${name}`);
  return id;
}

export const forcesCsv = () => readBundled<ForceCsv>('forces.csv');
export const gradesCsv = () => readBundled<GradeCsv>('grades.csv');

const lastDayOf = (published: string): string => {
  if (published.length === 10) return published;
  const [year, month] = published.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};

/**
 * A distribution computed straight from grades.csv and amendments.csv: grades published by
 * `asOf` (undated ones left out), with amendments made after `asOf` undone. Without `asOf`, all.
 */
export function expectedCounts(programme: string, area: string, asOf?: string) {
  const five = ['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate'];
  const scale = programme >= 'PEEL 2021' ? five : five.filter((g) => g !== 'Adequate');
  const amendments = readBundled<AmendmentCsv>('amendments.csv');
  const counts: Record<string, number> = Object.fromEntries(scale.map((g) => [gradeEnum(g), 0]));
  let known = 0;
  for (const row of gradesCsv()) {
    if (row.programme !== programme || row.area !== area) continue;
    if (asOf && (row.published === '' || lastDayOf(row.published) > asOf)) continue;
    const later = amendments.find(
      (a) => a.force_id === row.force_id && a.programme === programme && a.area === area && asOf && a.amended_on > asOf,
    );
    const grade = later ? later.from_grade : row.grade;
    counts[gradeEnum(grade)] = (counts[gradeEnum(grade)] ?? 0) + 1;
    known += 1;
  }
  return { counts, known };
}

export const programmesCsv = () => readBundled<ProgrammeCsv>('programmes.csv');
export const areasCsv = () => readBundled<AreaCsv>('areas.csv');

/** The force and programme pairs with no inspection in the files: no grade and no report link. */
export function uninspected(): { force: ForceCsv; programme: string; programmeId: string; areaSlug: string }[] {
  const known = new Set(
    [...gradesCsv(), ...readBundled<ReportCsv>('reports.csv')].map((r) => `${r.force_id}|${r.programme}`),
  );
  return programmesCsv().flatMap(({ programme }) => {
    const area = areasCsv().find((a) => a.programme === programme)?.area ?? '';
    const areaSlug = area
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return forcesCsv()
      .filter((force) => !known.has(`${force.id}|${programme}`))
      .map((force) => ({ force, programme, programmeId: programmeId(programme), areaSlug }));
  });
}
