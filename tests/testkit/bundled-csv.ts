/**
 * The bundled CSV files read directly, so that tests compute expected answers independently of the
 * API's code rather than copying its output.
 */
import { readFileSync } from 'node:fs';

import { parse } from 'csv-parse/sync';

const DIR = new URL('../../data/peel/', import.meta.url);

export function readBundled(file: string): Record<string, string>[] {
  return parse(readFileSync(new URL(file, DIR), 'utf8'), { columns: true, skip_empty_lines: true });
}

/** `PEEL 2023–25` → `peel-2023-25`, written out independently of the API's slug code. */
export const PROGRAMME_IDS: Record<string, string> = {
  'PEEL 2015': 'peel-2015',
  'PEEL 2016': 'peel-2016',
  'PEEL 2017': 'peel-2017',
  'PEEL 2018/19': 'peel-2018-19',
  'PEEL 2021/22': 'peel-2021-22',
  'PEEL 2023–25': 'peel-2023-25',
};

export const GRADE_ENUM: Record<string, string> = {
  Outstanding: 'OUTSTANDING',
  Good: 'GOOD',
  Adequate: 'ADEQUATE',
  'Requires improvement': 'REQUIRES_IMPROVEMENT',
  Inadequate: 'INADEQUATE',
};

export const forcesCsv = () => readBundled('forces.csv');
export const gradesCsv = () => readBundled('grades.csv');

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
  const amendments = readBundled('amendments.csv');
  const counts: Record<string, number> = Object.fromEntries(scale.map((g) => [GRADE_ENUM[g], 0]));
  let known = 0;
  for (const row of gradesCsv()) {
    if (row.programme !== programme || row.area !== area) continue;
    if (asOf && (row.published === '' || lastDayOf(row.published) > asOf)) continue;
    const later = amendments.find(
      (a) => a.force_id === row.force_id && a.programme === programme && a.area === area && asOf && a.amended_on > asOf,
    );
    const grade = later ? later.from_grade : row.grade;
    counts[GRADE_ENUM[grade] as string] = (counts[GRADE_ENUM[grade] as string] ?? 0) + 1;
    known += 1;
  }
  return { counts, known };
}
