import type { AreaRow, ProgrammeRow } from './store.js';

/**
 * The programmes and their areas, indexed. There are a handful of programmes and a few dozen
 * areas, so one statement per request loads them all and every lookup after that is free.
 */
export class Catalogue {
  private readonly byId: ReadonlyMap<string, ProgrammeRow>;

  constructor(readonly programmes: readonly ProgrammeRow[]) {
    this.byId = new Map(programmes.map((p) => [p.id, p]));
  }

  programme(id: string): ProgrammeRow | undefined {
    return this.byId.get(id);
  }

  area(programmeId: string, areaId: string): AreaRow | undefined {
    return this.byId.get(programmeId)?.areas.find((a) => a.id === areaId);
  }

  /** Areas of other programmes with the same theme, oldest programme first. */
  sameTheme(area: AreaRow): AreaRow[] {
    if (area.theme === null) return [];
    return this.programmes.flatMap((p) =>
      p.id === area.programmeId ? [] : p.areas.filter((a) => a.theme === area.theme),
    );
  }
}
