import { onDataChanged } from './data-changes.js';

/**
 * Which version of the PEEL data a process is looking at: the in-memory model (src/peel-data/) and
 * the response cache are both keyed on it. The version is the database's own: `data_version` holds
 * the database's id and a counter that triggers move on whenever a data table changes, whoever
 * changes it. So every instance on one database names one state of the data by one version, and a
 * response cache shared in Redis is shared for real.
 *
 * When it is read:
 * - at start-up, and after every change this process commits (`onDataChanged`), before the change's
 *   caller answers, so that a client reads its own writes;
 * - on PostgreSQL, where other processes (other instances, `npm run import`) change the data too,
 *   before every request that uses anything cached (`refresh`). PGlite is embedded in this process,
 *   which makes every change itself (command-line tools go through it: src/platform/cli/target.ts).
 */
const ignore = () => undefined;

export class DataVersion {
  private stored = 'not read yet';
  /** Whether the stored version must be read again before it is trusted. */
  private stale = true;
  private failures = 0;
  private readonly unsubscribe: () => void;
  /** The read under way, and the one that the calls arriving meanwhile will share. */
  private reading: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  private readsStarted = 0;
  private latestApplied = 0;

  constructor(
    private readonly readStored: () => Promise<string>,
    /** Whether other processes can change the data (PostgreSQL), so that every `refresh` reads. */
    readonly sharedWithOtherProcesses: boolean,
  ) {
    this.unsubscribe = onDataChanged(() => {
      this.stale = true;
      return this.refresh().catch(ignore);
    });
  }

  /** An opaque key: equal keys mean the same data. */
  current(): string {
    return this.stored;
  }

  /**
   * Catches up with the database, where it may have changed: always on PostgreSQL, on PGlite only
   * after a change. When the version cannot be read, `current()` names no data at all (nothing
   * cached matches it) and the error is passed on.
   *
   * Only a read that starts after this call is sure to see every change committed before it, so a
   * call never joins a read already under way; but all the calls that arrive while one is under way
   * share the next. Under load that is one read per round trip to the database rather than one per
   * request, with the same guarantee.
   */
  refresh(): Promise<void> {
    if (!this.sharedWithOtherProcesses && !this.stale) return Promise.resolve();
    if (!this.reading) return this.startRead();
    this.next ??= this.reading.then(() => {
      this.next = undefined;
      return this.startRead();
    });
    return this.next;
  }

  private startRead(): Promise<void> {
    const started = ++this.readsStarted;
    this.stale = false;
    const read = this.readStored().then(
      (version) => {
        // Reads rarely overlap, but when they do an earlier one must not overwrite a later answer.
        if (started > this.latestApplied) {
          this.stored = version;
          this.latestApplied = started;
        }
      },
      (error: unknown) => {
        this.stale = true;
        this.stored = `unreadable ${++this.failures}`;
        throw error;
      },
    );
    // What later calls wait on: settles when the read does, and never rejects (the caller handles that).
    const settled = read.then(ignore, ignore);
    this.reading = settled;
    void settled.then(() => {
      if (this.reading === settled) this.reading = undefined;
    });
    return read;
  }

  close(): void {
    this.unsubscribe();
  }
}
