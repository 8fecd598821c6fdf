import type { AreaRow, ForceRow, InspectionKey, InspectionRow, PlaceRows, ProgrammeRow } from './rows.js';

export const inspectionKey = (k: InspectionKey) => `${k.forceId}|${k.programmeId}`;
export const areaKey = (programmeId: string, slug: string) => `${programmeId}|${slug}`;

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const byName = (a: ForceRow, b: ForceRow) => a.name.localeCompare(b.name, 'en');

/**
 * The forces, programmes, areas and inspections of one state of the data, indexed: what grades
 * belong to. They change rarely (an import), so a change to grades alone keeps them as they are.
 */
export class PlaceIndex {
  /** Every force, by name. */
  readonly forces: readonly ForceRow[];
  /** Every programme, oldest first, each with its areas in their order. */
  readonly programmes: readonly ProgrammeRow[];

  private readonly forceById: ReadonlyMap<string, ForceRow>;
  private readonly programmeById: ReadonlyMap<string, ProgrammeRow>;
  /** By programme, then slug: nested rather than keyed by one string, which a lookup per grade would build. */
  private readonly areasByProgramme: ReadonlyMap<string, ReadonlyMap<string, AreaRow>>;
  private readonly programmeIndex: ReadonlyMap<string, number>;
  private readonly inspections: readonly InspectionRow[];
  private readonly inspectionsByForce: ReadonlyMap<string, readonly InspectionRow[]>;
  private readonly inspectionByKey: ReadonlyMap<string, InspectionRow>;

  constructor(rows: PlaceRows) {
    this.forces = [...rows.forces].sort(byName);
    this.programmes = rows.programmes;
    this.forceById = new Map(rows.forces.map((f) => [f.id, f]));
    this.programmeById = new Map(rows.programmes.map((p) => [p.id, p]));
    this.programmeIndex = new Map(rows.programmes.map((p, i) => [p.id, i]));
    this.areasByProgramme = new Map(rows.programmes.map((p) => [p.id, new Map(p.areas.map((a) => [a.id, a]))]));

    const order = (programmeId: string) => this.programmeIndex.get(programmeId) ?? Number.MAX_SAFE_INTEGER;
    this.inspections = rows.inspections;
    const inspections = [...rows.inspections].sort((a, b) => order(a.programmeId) - order(b.programmeId));
    this.inspectionsByForce = groupBy(inspections, (i) => i.forceId);
    this.inspectionByKey = new Map(inspections.map((i) => [inspectionKey(i), i]));
  }

  /** The rows indexed here, for an index of the same places with some of them replaced. */
  rows(): PlaceRows {
    return { forces: this.forces, programmes: this.programmes, inspections: this.inspections };
  }

  force(id: string): ForceRow | undefined {
    return this.forceById.get(id);
  }

  programme(id: string): ProgrammeRow | undefined {
    return this.programmeById.get(id);
  }

  area(programmeId: string, slug: string): AreaRow | undefined {
    return this.areasByProgramme.get(programmeId)?.get(slug);
  }

  programmeOrder(programmeId: string): number {
    return this.programmeIndex.get(programmeId) ?? -1;
  }

  inspectionsOf(forceId: string): readonly InspectionRow[] {
    return this.inspectionsByForce.get(forceId) ?? [];
  }

  inspection(key: InspectionKey): InspectionRow | undefined {
    return this.inspectionByKey.get(inspectionKey(key));
  }
}
