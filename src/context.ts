import { ANONYMOUS, type Viewer } from './auth/viewer.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import type { PeelData } from './peel-data/peel-data.js';

/**
 * What every resolver receives, built once per request by `createContext`.
 *
 * Reads answer from `data`, the in-memory model of one data version (src/peel-data/), which the
 * request takes once it is known to run (`useData`): every field of one answer reads the same
 * version, and no field sends SQL of its own, so there is nothing for a DataLoader to batch.
 * Writes go through the database (`db`), after which the request takes the data as it now is.
 */
export class Context {
  // In an object of its own: Apollo runs each operation on a shallow copy of the context, and the
  // HTTP layer must learn which version the operations answered from.
  private readonly taken: { data?: PeelData } = {};

  constructor(
    readonly db: Database,
    readonly logger: Logger,
    /** Who is asking, from the request's API key; anonymous without one. */
    readonly viewer: Viewer,
  ) {}

  /** The data this request answers from. */
  get data(): PeelData {
    const { data } = this.taken;
    if (!data) throw new Error('The request read the data before taking a version of it (useData)');
    return data;
  }

  /** Whether the request has taken its data yet. */
  get hasData(): boolean {
    return this.taken.data !== undefined;
  }

  /** Takes the data as of the version this process last read (after `db.dataVersion.refresh()` where needed). */
  async useData(): Promise<PeelData> {
    this.taken.data = await this.db.snapshots.atLeast(this.db.dataVersion.current());
    return this.taken.data;
  }
}

export function createContext(db: Database, logger: Logger, viewer: Viewer = ANONYMOUS): Context {
  return new Context(db, logger, viewer);
}
