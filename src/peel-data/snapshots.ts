import { PeelData } from './peel-data.js';
import { type PeelRows, versionName, type VersionRow } from './rows.js';
import type { VersionRead } from './store.js';

/** How the model and the version are read (store.ts). */
export interface PeelDataReader {
  readAll(): Promise<PeelRows>;
  readVersion(since: VersionRow | undefined): Promise<VersionRead>;
}

/**
 * The in-memory model of the newest data version seen: built once per version, by the first request
 * that needs it, and shared by every request until the data changes. Requests that arrive while it
 * is built wait for that one build. Only the newest model is kept; a request that started on an
 * older one keeps it until it has answered.
 *
 * After a change the database's log lists (an editor's correction, an import that changed a few
 * grades, or a force's, programme's, area's or inspection's rows), the new model is the newest one
 * with what changed read again, in the same statement that reads the version (`readVersion`); a
 * change it cannot list (a bulk write of over a thousand grades, an emptied table), or a log that
 * does not reach back to the newest model, reads the whole data.
 */
export class Snapshots {
  private newest: PeelData | undefined;
  private building: Promise<PeelData> | undefined;

  constructor(private readonly reader: PeelDataReader) {}

  /**
   * The data as of `version`, which the caller has just read from the database, or newer: a build
   * that started after this call read the database after `version` was read.
   */
  async atLeast(version: string): Promise<PeelData> {
    if (this.newest?.version === version) return this.newest;
    const underWay = this.building;
    if (underWay) {
      // It may have read the database before `version` was read: use it only if it is that version.
      const built = await underWay;
      if (built.version === version) return built;
      if (this.building && this.building !== underWay) return this.building;
    }
    return (this.building ??= this.build());
  }

  /** The newest model built so far, if any. */
  peek(): PeelData | undefined {
    return this.newest;
  }

  /**
   * Reads the data version, for src/platform/db/data-version.ts. When a model is held, the same statement
   * reads what changed since, and a model of the new version is made from it at once, so that the
   * request that reads this version finds its model ready.
   */
  async readVersion(): Promise<string> {
    const model = this.newest;
    const { version, changes } = await this.reader.readVersion(model?.versionRow);
    if (model && changes?.known) this.keep(model.withChanges(version, changes));
    return versionName(version);
  }

  /**
   * Reads the whole data. A change the log lists was already applied by `readVersion`, the read
   * that found the version this build is for; a build is for anything else.
   */
  private async build(): Promise<PeelData> {
    try {
      const built = PeelData.fromRows(await this.reader.readAll());
      this.keep(built);
      return built;
    } finally {
      this.building = undefined;
    }
  }

  /** Keeps `model` as the newest unless a newer one of the same database is already kept. */
  private keep(model: PeelData): void {
    const held = this.newest?.versionRow;
    const older = held?.databaseId === model.versionRow.databaseId && held.version > model.versionRow.version;
    if (!older) this.newest = model;
  }
}
