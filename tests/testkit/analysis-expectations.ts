/**
 * Expected answers of the comparison queries (rankForces, gradeChanges, similarForces, regions),
 * computed straight from the bundled CSV files with rules written out here from the schema's
 * descriptions, independently of the API's code.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  type AmendmentCsv,
  type AreaCsv,
  type ForceCsv,
  type GradeCsv,
  gradeEnum,
  type ProgrammeCsv,
  programmeId,
  readBundled,
  slugOf,
} from './bundled-csv.js';

/** CSV rows read from `dir` (default: the bundled data/peel). */
export interface Csv {
  readonly forces: ForceCsv[];
  readonly programmes: ProgrammeCsv[];
  readonly areas: AreaCsv[];
  readonly grades: GradeCsv[];
  readonly amendments: AmendmentCsv[];
}

export function bundledCsv(): Csv {
  return {
    forces: readBundled<ForceCsv>('forces.csv'),
    programmes: readBundled<ProgrammeCsv>('programmes.csv'),
    areas: readBundled<AreaCsv>('areas.csv'),
    grades: readBundled<GradeCsv>('grades.csv'),
    amendments: readBundled<AmendmentCsv>('amendments.csv'),
  };
}

/** An area's slug (the id arguments take). */
export const areaId = slugOf;

/** Scores as the schema documents them (`GradeGroup.meanScore`). */
const SCORES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'four-tier': { Outstanding: 3, Good: 2, 'Requires improvement': 1, Inadequate: 0 },
  'five-tier': { Outstanding: 4, Good: 3, Adequate: 2, 'Requires improvement': 1, Inadequate: 0 },
};

export function scaleOf(csv: Csv, programme: string): string {
  const row = csv.programmes.find((p) => p.programme === programme);
  if (!row) throw new Error(`No programme ${programme}`);
  return row.scale;
}

export function scoreOf(csv: Csv, programme: string, word: string): number {
  const score = SCORES[scaleOf(csv, programme)]?.[word];
  if (score === undefined) throw new Error(`${word} is not on ${programme}'s scale`);
  return score;
}

export const areasOf = (csv: Csv, programme: string): string[] =>
  csv.areas.filter((a) => a.programme === programme).map((a) => a.area);

/** A programme's area by its slug. */
export function areaRow(csv: Csv, programme: string, slug: string): AreaCsv {
  const row = csv.areas.find((a) => a.programme === programme && areaId(a.area) === slug);
  if (!row) throw new Error(`No area ${slug} in ${programme}`);
  return row;
}

export const byName = (a: string, b: string): number => a.localeCompare(b, 'en');

export function forceName(csv: Csv, id: string): string {
  const force = csv.forces.find((f) => f.id === id);
  if (!force) throw new Error(`No force ${id}`);
  return force.name;
}

const lastDayOf = (published: string): string => {
  if (published.length === 10) return published;
  const [year, month] = published.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};

/**
 * force id → area name → grade word, for one programme: the current grades, or with `asOf` those
 * published by then (undated ones left out) with later amendments undone.
 */
export function gradeTable(csv: Csv, programme: string, asOf?: string): Map<string, Map<string, string>> {
  const table = new Map<string, Map<string, string>>();
  for (const row of csv.grades) {
    if (row.programme !== programme) continue;
    let grade = row.grade;
    if (asOf) {
      if (row.published === '' || lastDayOf(row.published) > asOf) continue;
      const later = csv.amendments
        .filter(
          (a) => a.force_id === row.force_id && a.programme === programme && a.area === row.area && a.amended_on > asOf,
        )
        .sort((a, b) => a.amended_on.localeCompare(b.amended_on))[0];
      if (later) grade = later.from_grade;
    }
    if (!table.has(row.force_id)) table.set(row.force_id, new Map());
    table.get(row.force_id)!.set(row.area, grade);
  }
  return table;
}

export interface ExpectedRank {
  force: string;
  rank: number | null;
  meanScore: number;
  knownAreas: number;
  missingAreas: string[];
  complete: boolean;
}

/**
 * rankForces from the CSV: complete forces by total score (all have the same number of areas),
 * ranked 1 + the number of complete forces with a higher total; then incomplete ones by mean,
 * compared as fractions (cross-multiplied), then name.
 */
export function expectedRanking(csv: Csv, programme: string, areaNames?: string[], asOf?: string): ExpectedRank[] {
  const asked = areasOf(csv, programme).filter((a) => !areaNames || areaNames.includes(a));
  const entries = [...gradeTable(csv, programme, asOf)].flatMap(([force, grades]) => {
    const known = asked.filter((a) => grades.has(a));
    if (known.length === 0) return [];
    const total = known.reduce((sum, a) => sum + scoreOf(csv, programme, grades.get(a)!), 0);
    return [{ force, name: forceName(csv, force), total, known, missing: asked.filter((a) => !grades.has(a)) }];
  });
  entries.sort((a, b) => {
    const aComplete = a.missing.length === 0;
    const bComplete = b.missing.length === 0;
    if (aComplete !== bComplete) return aComplete ? -1 : 1;
    return b.total * a.known.length - a.total * b.known.length || byName(a.name, b.name);
  });
  return entries.map((e) => {
    const complete = e.missing.length === 0;
    const above = entries.filter((o) => o.missing.length === 0 && o.total > e.total).length;
    return {
      force: e.force,
      rank: complete ? above + 1 : null,
      meanScore: e.total / e.known.length,
      knownAreas: e.known.length,
      missingAreas: e.missing.map(areaId),
      complete,
    };
  });
}

/**
 * The five-tier readings of a grade word: on the four-tier scale Good covers Good and Adequate and
 * Requires improvement covers Adequate and Requires improvement (schema, `GradeChange.direction`).
 */
function readings(scale: string, word: string): string[] {
  if (scale === 'five-tier') return [word];
  if (word === 'Good') return ['Good', 'Adequate'];
  if (word === 'Requires improvement') return ['Adequate', 'Requires improvement'];
  return [word];
}

const FIVE_ORDER = ['Inadequate', 'Requires improvement', 'Adequate', 'Good', 'Outstanding'];

export function expectedDirection(fromScale: string, from: string, toScale: string, to: string): string | null {
  if (fromScale === toScale) {
    const order = fromScale === 'five-tier' ? FIVE_ORDER : FIVE_ORDER.filter((g) => g !== 'Adequate');
    const change = order.indexOf(to) - order.indexOf(from);
    return change > 0 ? 'UP' : change < 0 ? 'DOWN' : 'SAME';
  }
  const before = readings(fromScale, from).map((g) => FIVE_ORDER.indexOf(g));
  const after = readings(toScale, to).map((g) => FIVE_ORDER.indexOf(g));
  if (after.every((a) => before.every((b) => a > b))) return 'UP';
  if (after.every((a) => before.every((b) => a < b))) return 'DOWN';
  return null;
}

export interface ExpectedChange {
  force: string;
  fromArea: string;
  toArea: string;
  fromGrade: string | null;
  toGrade: string | null;
  direction: string | null;
  comparable: boolean;
}

/** gradeChanges from the CSV: areas linked by theme (or the same name), rows with a known grade. */
export function expectedChanges(csv: Csv, from: string, to: string, force?: string): ExpectedChange[] {
  const fromAreas = csv.areas.filter((a) => a.programme === from);
  const toAreas = csv.areas.filter((a) => a.programme === to);
  const links = fromAreas.flatMap((f) =>
    toAreas
      .filter((t) => areaId(t.area) === areaId(f.area) || (f.theme !== '' && f.theme === t.theme))
      .map((t) => [f, t] as const),
  );
  const before = gradeTable(csv, from);
  const after = gradeTable(csv, to);
  const fromScale = scaleOf(csv, from);
  const toScale = scaleOf(csv, to);
  return csv.forces
    .filter((f) => !force || f.id === force)
    .sort((a, b) => byName(a.name, b.name))
    .flatMap((f) =>
      links.flatMap(([fromArea, toArea]) => {
        const fromGrade = before.get(f.id)?.get(fromArea.area) ?? null;
        const toGrade = after.get(f.id)?.get(toArea.area) ?? null;
        if (fromGrade === null && toGrade === null) return [];
        return [
          {
            force: f.id,
            fromArea: areaId(fromArea.area),
            toArea: areaId(toArea.area),
            fromGrade: fromGrade && gradeEnum(fromGrade),
            toGrade: toGrade && gradeEnum(toGrade),
            direction: fromGrade && toGrade ? expectedDirection(fromScale, fromGrade, toScale, toGrade) : null,
            // HMICFRS: grades of different five-tier cycles (2021/22 onwards) cannot be compared directly.
            comparable:
              fromScale === toScale && fromArea.area === toArea.area && !(from !== to && fromScale === 'five-tier'),
          },
        ];
      }),
    );
}

/**
 * `GradeChange.reason` between linked areas (by slug): one sentence for each thing the schema's
 * `comparable` rule names (the scales differ; both are five-tier cycles; the area was renamed),
 * in the API's wording; null when none applies.
 */
export function expectedReason(csv: Csv, from: string, to: string, fromSlug: string, toSlug: string): string | null {
  const [fromArea, toArea] = [areaRow(csv, from, fromSlug), areaRow(csv, to, toSlug)];
  const [fromScale, toScale] = [scaleOf(csv, from), scaleOf(csv, to)];
  const reasons: string[] = [];
  if (fromScale !== toScale) {
    reasons.push(
      `${from} graded on the ${fromScale} scale and ${to} on the ${toScale} scale: the five-tier scale added ` +
        'Adequate, so a four-tier Good spans Good and Adequate, and a four-tier Requires improvement spans ' +
        'Adequate and Requires improvement.',
    );
  }
  if (from !== to && fromScale === 'five-tier' && toScale === 'five-tier') {
    reasons.push(
      'HMICFRS says grades from different PEEL cycles cannot be compared directly: ' +
        'a move from Good to Adequate is not necessarily a decline.',
    );
  }
  if (fromArea.area !== toArea.area) {
    const theme = fromArea.theme !== '' && fromArea.theme === toArea.theme ? ` (theme "${fromArea.theme}")` : '';
    reasons.push(
      `The area was renamed ("${fromArea.area}" in ${from}, "${toArea.area}" in ${to}); ` +
        `linking the two${theme} is this dataset's interpretation, not HMICFRS's.`,
    );
  }
  return reasons.length > 0 ? reasons.join(' ') : null;
}

export interface ExpectedSimilar {
  force: string;
  distance: number;
  sharedAreas: number;
}

/** similarForces from the CSV, before `first` is applied. */
export function expectedSimilar(csv: Csv, force: string, programme: string, minShared: number): ExpectedSimilar[] {
  const table = gradeTable(csv, programme);
  const own = table.get(force) ?? new Map<string, string>();
  return [...table]
    .filter(([other]) => other !== force)
    .flatMap(([other, grades]) => {
      const shared = [...own.keys()].filter((a) => grades.has(a));
      if (shared.length < minShared) return [];
      const total = shared.reduce(
        (sum, a) => sum + Math.abs(scoreOf(csv, programme, own.get(a)!) - scoreOf(csv, programme, grades.get(a)!)),
        0,
      );
      return [{ force: other, total, shared: shared.length, name: forceName(csv, other) }];
    })
    .sort((a, b) => a.total * b.shared - b.total * a.shared || byName(a.name, b.name))
    .map((e) => ({ force: e.force, distance: e.total / e.shared, sharedAreas: e.shared }));
}

/** `SimilarForce.measure`, in the API's wording: the programme, its scale's scores and the areas shared. */
export function expectedMeasure(csv: Csv, programme: string, shared: number): string {
  const scale = scaleOf(csv, programme);
  const scores = Object.entries(SCORES[scale] ?? {})
    .map(([word, score]) => `${word} ${score}`)
    .join(', ');
  return (
    `The mean absolute difference between the two forces' ${programme} grade scores (${scale} scale: ${scores}) ` +
    `over the ${shared} ${shared === 1 ? 'area' : 'areas'} both have known grades for.`
  );
}

export interface ExpectedRegion {
  name: string;
  country: string;
  forces: string[];
  counts: Record<string, number>;
  total: number;
}

/** regions from the CSV: every grade of `programme` (or of all programmes) counted by region. */
export function expectedRegions(csv: Csv, programme?: string): ExpectedRegion[] {
  const grades =
    programme && scaleOf(csv, programme) === 'four-tier'
      ? ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']
      : ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];
  const names = [...new Set(csv.forces.map((f) => f.region))].sort(byName);
  return names.map((name) => {
    const members = csv.forces.filter((f) => f.region === name);
    const ids = new Set(members.map((f) => f.id));
    const rows = csv.grades.filter((g) => ids.has(g.force_id) && (!programme || g.programme === programme));
    const counts = Object.fromEntries(grades.map((g) => [g, rows.filter((r) => gradeEnum(r.grade) === g).length]));
    return {
      name,
      country: members[0]!.country,
      forces: members.map((f) => f.name).sort(byName),
      counts,
      total: rows.length,
    };
  });
}

/** The API id of a programme name (re-exported for tests that only import this file). */
export { programmeId };

/**
 * A copy of the bundled dataset in a temporary folder with some areas' themes changed (by programme
 * and area name), for linking areas the bundled data does not link. Remove it with `remove`.
 */
export async function datasetWithThemes(
  themes: readonly { programme: string; area: string; theme: string }[],
): Promise<{ dir: string; csv: Csv; remove: () => Promise<void> }> {
  const source = fileURLToPath(new URL('../../data/peel/', import.meta.url));
  const dir = await mkdtemp(join(tmpdir(), 'peelgraph-analysis-'));
  await cp(source, dir, { recursive: true });
  const path = join(dir, 'areas.csv');
  let text = await readFile(path, 'utf8');
  const quote = (value: string) => (/[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  for (const { programme, area, theme } of themes) {
    const line = new RegExp(`^${escape(`${quote(programme)},${quote(area)},`)}.*$`, 'm');
    if (!line.test(text)) throw new Error(`areas.csv has no line for ${programme} ${area}`);
    text = text.replace(line, `${quote(programme)},${quote(area)},${theme}`);
  }
  await writeFile(path, text, 'utf8');
  const csv = bundledCsv();
  const areas = csv.areas.map((a) => {
    const change = themes.find((t) => t.programme === a.programme && t.area === a.area);
    return change ? { ...a, theme: change.theme } : a;
  });
  return { dir, csv: { ...csv, areas }, remove: () => rm(dir, { recursive: true, force: true }) };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
