import type { AreaRow, ForceRow, GradeRow, InspectionKey, InspectionRow, ProgrammeRow } from './rows.js';

/** A grade with the force, programme and area it belongs to: what filters, orders and answers read. */
export interface GradeEntry {
  readonly row: GradeRow;
  readonly force: ForceRow;
  readonly programme: ProgrammeRow;
  readonly area: AreaRow;
}

/** Everything read from the database for one data version, before it is indexed. */
export interface PeelRows {
  readonly version: string;
  readonly forces: readonly ForceRow[];
  readonly programmes: readonly ProgrammeRow[];
  readonly inspections: readonly InspectionRow[];
  readonly grades: readonly GradeRow[];
}

const byName = (a: ForceRow, b: ForceRow) => a.name.localeCompare(b.name, 'en');
const inspectionKey = (k: InspectionKey) => `${k.forceId}|${k.programmeId}`;
const areaKey = (programmeId: string, slug: string) => `${programmeId}|${slug}`;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * The PEEL data of one data version, held in memory and indexed for every question the API answers.
 * The whole dataset is small (about a thousand grades; a hundred thousand in the benchmark's largest
 * synthetic set), so reading it once per version and answering from memory costs less than one SQL
 * statement per request, and every field of one answer reads the same version.
 *
 * Immutable once built: requests share it, and a change to the data builds a new one.
 */
export class PeelData {
  readonly version: string;
  /** Every force, by name. */
  readonly forces: readonly ForceRow[];
  /** Every programme, oldest first, each with its areas in their order. */
  readonly programmes: readonly ProgrammeRow[];
  /** Every grade, in the default order of the grade list: programme, force name, area position. */
  readonly grades: readonly GradeEntry[];

  private readonly forceById: ReadonlyMap<string, ForceRow>;
  private readonly programmeById: ReadonlyMap<string, ProgrammeRow>;
  private readonly areaByKey: ReadonlyMap<string, AreaRow>;
  private readonly programmeIndex: ReadonlyMap<string, number>;
  private readonly inspectionsByForce: ReadonlyMap<string, readonly InspectionRow[]>;
  private readonly inspectionByKey: ReadonlyMap<string, InspectionRow>;
  private readonly gradesByInspection: ReadonlyMap<string, readonly GradeEntry[]>;
  private readonly gradesByArea: ReadonlyMap<string, readonly GradeEntry[]>;
  private readonly gradesByProgramme: ReadonlyMap<string, readonly GradeEntry[]>;

  constructor(rows: PeelRows) {
    this.version = rows.version;
    this.forces = [...rows.forces].sort(byName);
    this.programmes = rows.programmes;
    this.forceById = new Map(rows.forces.map((f) => [f.id, f]));
    this.programmeById = new Map(rows.programmes.map((p) => [p.id, p]));
    this.programmeIndex = new Map(rows.programmes.map((p, i) => [p.id, i]));
    this.areaByKey = new Map(rows.programmes.flatMap((p) => p.areas.map((a) => [areaKey(p.id, a.id), a] as const)));

    const order = (programmeId: string) => this.programmeIndex.get(programmeId) ?? Number.MAX_SAFE_INTEGER;
    const inspections = [...rows.inspections].sort((a, b) => order(a.programmeId) - order(b.programmeId));
    this.inspectionsByForce = groupBy(inspections, (i) => i.forceId);
    this.inspectionByKey = new Map(inspections.map((i) => [inspectionKey(i), i]));

    const entries: GradeEntry[] = [];
    for (const row of rows.grades) {
      const force = this.forceById.get(row.forceId);
      const programme = this.programmeById.get(row.programmeId);
      const area = this.areaByKey.get(areaKey(row.programmeId, row.areaId));
      // Foreign keys make each of them exist; a grade without them could not be answered for.
      if (!force || !programme || !area)
        throw new Error(`Grade ${row.id} names a force, programme or area that is missing`);
      entries.push({ row, force, programme, area });
    }
    // The grade list's default order (src/grades/order.ts), so that a default page needs no sort.
    entries.sort(
      (a, b) =>
        programmeYears(a.programme) - programmeYears(b.programme) ||
        compareText(a.force.name, b.force.name) ||
        a.area.position - b.area.position ||
        a.row.id - b.row.id,
    );
    this.grades = entries;
    this.gradesByInspection = groupBy(entries, (e) => inspectionKey(e.row));
    this.gradesByArea = groupBy(entries, (e) => areaKey(e.row.programmeId, e.row.areaId));
    this.gradesByProgramme = groupBy(entries, (e) => e.row.programmeId);
  }

  force(id: string): ForceRow | undefined {
    return this.forceById.get(id);
  }

  programme(id: string): ProgrammeRow | undefined {
    return this.programmeById.get(id);
  }

  /** The area of a programme with this slug. */
  area(programmeId: string, slug: string): AreaRow | undefined {
    return this.areaByKey.get(areaKey(programmeId, slug));
  }

  /** The programme's place among all programmes, oldest first; -1 for none. */
  programmeOrder(programmeId: string): number {
    return this.programmeIndex.get(programmeId) ?? -1;
  }

  /** Areas of other programmes with the same theme, oldest programme first. */
  sameTheme(area: AreaRow): AreaRow[] {
    if (area.theme === null) return [];
    return this.programmes.flatMap((p) =>
      p.id === area.programmeId ? [] : p.areas.filter((a) => a.theme === area.theme),
    );
  }

  /** A force's inspections, oldest programme first. */
  inspectionsOf(forceId: string): readonly InspectionRow[] {
    return this.inspectionsByForce.get(forceId) ?? [];
  }

  inspection(key: InspectionKey): InspectionRow | undefined {
    return this.inspectionByKey.get(inspectionKey(key));
  }

  /** The grades of an inspection, in its programme's area order. */
  gradesOfInspection(key: InspectionKey): readonly GradeEntry[] {
    return this.gradesByInspection.get(inspectionKey(key)) ?? [];
  }

  /** Every force's grade for one area of a programme, by force name. */
  gradesOfArea(programmeId: string, slug: string): readonly GradeEntry[] {
    return this.gradesByArea.get(areaKey(programmeId, slug)) ?? [];
  }

  /** Every grade of a programme, by force name, then area. */
  gradesOfProgramme(programmeId: string): readonly GradeEntry[] {
    return this.gradesByProgramme.get(programmeId) ?? [];
  }
}

/** A programme's place in time: by its first year, then its last. */
export function programmeYears(programme: ProgrammeRow): number {
  return programme.startYear * 10_000 + programme.endYear;
}

/**
 * Text compared character code by character code, as PostgreSQL's "C" collation does: the same
 * order on every machine and locale, which cursors over ordered text rely on.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
