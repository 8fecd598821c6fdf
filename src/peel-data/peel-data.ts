import { GradeIndex, type GradeEntry } from './grade-index.js';
import { areaKey, inspectionKey, PlaceIndex } from './places.js';
import {
  type AreaRow,
  type DataChanges,
  type ForceRow,
  type InspectionKey,
  type InspectionRow,
  type PeelRows,
  type ProgrammeRow,
  versionName,
  type VersionRow,
} from './rows.js';

export type { GradeEntry } from './grade-index.js';
export { compareText, programmeYears } from './grade-index.js';
export type { PeelRows } from './rows.js';

/**
 * The PEEL data of one data version, held in memory and indexed for every question the API answers.
 * The whole dataset is small (about a thousand grades; a hundred thousand in the benchmark's largest
 * synthetic set), so reading it once per version and answering from memory costs less than one SQL
 * statement per request, and every field of one answer reads the same version.
 *
 * Immutable once built: requests share it, and a change to the data makes a new one, from the rows
 * that changed when the change log lists them (`withChanges`), or from everything read again.
 */
export class PeelData {
  /** The data version as a name, which the response cache and answers are keyed on. */
  readonly version: string;

  private constructor(
    /** The data version this model holds. */
    readonly versionRow: VersionRow,
    private readonly places: PlaceIndex,
    private readonly gradeIndex: GradeIndex,
  ) {
    this.version = versionName(versionRow);
  }

  static fromRows(rows: PeelRows): PeelData {
    const places = new PlaceIndex(rows);
    return new PeelData(rows.version, places, GradeIndex.build(rows.grades, places));
  }

  /**
   * The data at `version`, which differs from this model's only in the grades `touched` (ids the
   * database's change log named), whose rows are now `grades` (a touched id with no row was
   * deleted), and in the lists of forces, programmes (with their areas) and inspections `places`
   * holds. The grade indexes are patched where they can be (grade-index.ts): grades rewritten in
   * place, or places edited with no grade touched and the grades' order unchanged; anything else
   * (a grade added, deleted or moved, a force renamed) rebuilds them.
   */
  withChanges(version: VersionRow, { touched, grades, places }: Extract<DataChanges, { known: true }>): PeelData {
    const samePlaces = !places.forces && !places.programmes && !places.inspections;
    const placeIndex = samePlaces ? this.places : new PlaceIndex({ ...this.places.rows(), ...places });
    // Every touched grade still here (none deleted), or none touched, with the places edited.
    const patched = samePlaces
      ? grades.length === touched.length && this.gradeIndex.withReplaced(grades)
      : touched.length === 0 && this.gradeIndex.withPlaces(placeIndex);
    if (patched) return new PeelData(version, placeIndex, patched);
    const gone = new Set(touched);
    const kept = this.gradeIndex.inDefaultOrder.flatMap((entry) => (gone.has(entry.row.id) ? [] : [entry.row]));
    return new PeelData(version, placeIndex, GradeIndex.build([...kept, ...grades], placeIndex));
  }

  /** Every force, by name. */
  get forces(): readonly ForceRow[] {
    return this.places.forces;
  }

  /** Every programme, oldest first, each with its areas in their order. */
  get programmes(): readonly ProgrammeRow[] {
    return this.places.programmes;
  }

  /** Every grade, in the default order of the grade list: programme, force name, area position. */
  get grades(): readonly GradeEntry[] {
    return this.gradeIndex.inDefaultOrder;
  }

  force(id: string): ForceRow | undefined {
    return this.places.force(id);
  }

  programme(id: string): ProgrammeRow | undefined {
    return this.places.programme(id);
  }

  /** The area of a programme with this slug. */
  area(programmeId: string, slug: string): AreaRow | undefined {
    return this.places.area(programmeId, slug);
  }

  /** The programme's place among all programmes, oldest first; -1 for none. */
  programmeOrder(programmeId: string): number {
    return this.places.programmeOrder(programmeId);
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
    return this.places.inspectionsOf(forceId);
  }

  inspection(key: InspectionKey): InspectionRow | undefined {
    return this.places.inspection(key);
  }

  /** The grades of an inspection, in its programme's area order. */
  gradesOfInspection(key: InspectionKey): readonly GradeEntry[] {
    return this.gradeIndex.ofInspection.get(inspectionKey(key)) ?? [];
  }

  /** Every force's grade for one area of a programme, by force name. */
  gradesOfArea(programmeId: string, slug: string): readonly GradeEntry[] {
    return this.gradeIndex.ofArea.get(areaKey(programmeId, slug)) ?? [];
  }

  /** Every grade of a programme, by force name, then area. */
  gradesOfProgramme(programmeId: string): readonly GradeEntry[] {
    return this.gradeIndex.ofProgramme.get(programmeId) ?? [];
  }
}
