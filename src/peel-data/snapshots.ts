import { PeelData, type PeelRows } from './peel-data.js';

/**
 * The in-memory model of the newest data version seen: built once per version, by the first request
 * that needs it, and shared by every request until the data changes. Requests that arrive while it
 * is built wait for that one build. Only the newest model is kept; a request that started on an
 * older one keeps it until it has answered.
 */
export class Snapshots {
  private newest: PeelData | undefined;
  private building: Promise<PeelData> | undefined;

  constructor(private readonly read: () => Promise<PeelRows>) {}

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

  private async build(): Promise<PeelData> {
    try {
      this.newest = new PeelData(await this.read());
      return this.newest;
    } finally {
      this.building = undefined;
    }
  }
}
