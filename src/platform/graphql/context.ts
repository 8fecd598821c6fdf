import { ANONYMOUS, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { PeelData } from '../../peel-data/peel-data.js';

/** What one request learns while it runs, shared by every copy of its context. */
interface RequestState {
  data?: PeelData;
  taking?: Promise<PeelData>;
  /** Whether the data version was read for this request already (by the response cache's lookup). */
  versionRead?: boolean;
}

/**
 * What every resolver receives, built once per request by `createContext`.
 *
 * Reads answer from `data`, the in-memory model of one data version (src/peel-data/), which the
 * request takes once it is known to run (`takeData`): every field of one answer reads the same
 * version, and no field sends SQL of its own, so there is nothing for a DataLoader to batch.
 * Writes go through the database (`db`), after which the request takes the data as it now is.
 */
export class Context {
  // In an object of its own: Apollo runs each operation on a shallow copy of the context, and the
  // HTTP layer must learn which version the operations answered from.
  private readonly state: RequestState = {};

  constructor(
    readonly db: Database,
    readonly logger: Logger,
    /** Who is asking, from the request's API key; anonymous without one. */
    readonly viewer: Viewer,
  ) {}

  /** The data this request answers from. */
  get data(): PeelData {
    const { data } = this.state;
    if (!data) throw new Error('The request read the data before taking a version of it (takeData)');
    return data;
  }

  /** Whether the request has taken its data yet. */
  get hasData(): boolean {
    return this.state.data !== undefined;
  }

  /** Notes that the data version was just read for this request, so taking the data need not read it again. */
  markVersionRead(): void {
    this.state.versionRead = true;
  }

  /**
   * Takes the data the request answers from, once: reads the data version first where other
   * processes change the data (unless it was read for this request already), then takes the model
   * of that version. A failure (the database unreachable) is the request's answer from then on,
   * rather than tried again by each part of the server that asks.
   */
  takeData(): Promise<PeelData> {
    this.state.taking ??= (async () => {
      if (!this.state.versionRead) await this.db.dataVersion.refresh();
      return this.useData();
    })();
    return this.state.taking;
  }

  /** Takes the data as of the version this process last read: after a change this request made, the new one. */
  async useData(): Promise<PeelData> {
    this.state.data = await this.db.snapshots.atLeast(this.db.dataVersion.current());
    return this.state.data;
  }
}

export function createContext(db: Database, logger: Logger, viewer: Viewer = ANONYMOUS): Context {
  return new Context(db, logger, viewer);
}
