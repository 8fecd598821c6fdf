import { areaKey, groupBy, inspectionKey, type PlaceIndex } from './places.js';
import type { AreaRow, ForceRow, GradeRow, ProgrammeRow } from './rows.js';

/** A grade with the force, programme and area it belongs to: what filters, orders and answers read. */
export interface GradeEntry {
  readonly row: GradeRow;
  readonly force: ForceRow;
  readonly programme: ProgrammeRow;
  readonly area: AreaRow;
}

type Groups = ReadonlyMap<string, readonly GradeEntry[]>;

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

/** The grade list's default order (src/grades/order.ts), so that a default page needs no sort. */
function defaultOrder(a: GradeEntry, b: GradeEntry): number {
  return (
    programmeYears(a.programme) - programmeYears(b.programme) ||
    compareText(a.force.name, b.force.name) ||
    a.area.position - b.area.position ||
    a.row.id - b.row.id
  );
}

const byInspection = (e: GradeEntry) => inspectionKey(e.row);
const byArea = (e: GradeEntry) => areaKey(e.row.programmeId, e.row.areaId);
const byProgramme = (e: GradeEntry) => e.row.programmeId;

/** Every grade of one state of the data, in the default order and grouped as questions ask for them. */
export class GradeIndex {
  private constructor(
    readonly inDefaultOrder: readonly GradeEntry[],
    readonly ofInspection: Groups,
    readonly ofArea: Groups,
    readonly ofProgramme: Groups,
  ) {}

  static build(rows: readonly GradeRow[], places: PlaceIndex): GradeIndex {
    const entries = rows.map((row) => entryOf(row, places));
    entries.sort(defaultOrder);
    return new GradeIndex(
      entries,
      groupBy(entries, byInspection),
      groupBy(entries, byArea),
      groupBy(entries, byProgramme),
    );
  }

  /**
   * This index with some grades' rows replaced, or undefined when one of them is not already here
   * under the same force, programme and area (a grade added, or moved): then only a full build
   * keeps the order. Lists that hold no replaced grade are kept as they are, so what is derived
   * from them per list (src/grades/matching.ts) stays valid.
   */
  withReplaced(rows: readonly GradeRow[]): GradeIndex | undefined {
    const replacements = new Map<GradeRow['id'], GradeEntry>();
    for (const row of rows) {
      const before = this.ofInspection.get(inspectionKey(row))?.find((e) => e.row.id === row.id);
      if (!before || before.row.areaId !== row.areaId) return undefined;
      replacements.set(row.id, { ...before, row });
    }
    const replace = (list: readonly GradeEntry[]) => list.map((e) => replacements.get(e.row.id) ?? e);
    const regroup = (groups: Groups, keyOf: (e: GradeEntry) => string) => {
      const next = new Map(groups);
      for (const entry of replacements.values()) {
        const key = keyOf(entry);
        next.set(key, replace(groups.get(key) ?? []));
      }
      return next;
    };
    return new GradeIndex(
      replace(this.inDefaultOrder),
      regroup(this.ofInspection, byInspection),
      regroup(this.ofArea, byArea),
      regroup(this.ofProgramme, byProgramme),
    );
  }

  /**
   * This index's grades linked to the forces, programmes and areas of `places` (an edit of those
   * rows that touched no grade), or undefined when the grades' order no longer holds (a force
   * renamed, an area moved): then only a full build sorts them. Grouping keys are ids, which such an
   * edit keeps (a changed id cascades to the grades, and the log then names them), so every group
   * keeps its members in its order; only the entries are new.
   */
  withPlaces(places: PlaceIndex): GradeIndex | undefined {
    const relinked = new Map<GradeEntry, GradeEntry>();
    let previous: GradeEntry | undefined;
    for (const entry of this.inDefaultOrder) {
      const next = entryOf(entry.row, places);
      if (previous && defaultOrder(previous, next) > 0) return undefined;
      relinked.set(entry, next);
      previous = next;
    }
    const relink = (list: readonly GradeEntry[]) => list.map((e) => relinked.get(e) ?? entryOf(e.row, places));
    const regroup = (groups: Groups) => new Map([...groups].map(([key, list]) => [key, relink(list)] as const));
    return new GradeIndex(
      relink(this.inDefaultOrder),
      regroup(this.ofInspection),
      regroup(this.ofArea),
      regroup(this.ofProgramme),
    );
  }
}

function entryOf(row: GradeRow, places: PlaceIndex): GradeEntry {
  const force = places.force(row.forceId);
  const programme = places.programme(row.programmeId);
  const area = places.area(row.programmeId, row.areaId);
  // Foreign keys make each of them exist; a grade without them could not be answered for.
  if (!force || !programme || !area)
    throw new Error(`Grade ${row.id} names a force, programme or area that is missing`);
  return { row, force, programme, area };
}
