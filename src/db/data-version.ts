import { randomUUID } from 'node:crypto';

import { onDataChanged } from './data-changes.js';

/**
 * Which version of the PEEL data a process is looking at, for the read cache and the response
 * cache: both keep an answer only for the version it was computed from.
 *
 * Two sources move it on:
 * - changes this process makes: `onDataChanged` fires after each committed mutation or import;
 * - on PostgreSQL, changes other processes make (other instances, `npm run import`): triggers on
 *   the data tables count every change in `data_version`, which `refresh` reads for each request.
 * PGlite is embedded in one process, so there the first source is the whole story.
 */
const ignore = () => undefined;

export class DataVersion {
  // Until the database says otherwise (and always on PGlite), a name of this process's own: a
  // restarted server must not take a shared cache's entries, computed from other data, for its own.
  private stored: string = randomUUID();
  private local = 0;
  private readonly unsubscribe: () => void;
  /** The read under way, and the one that the calls arriving meanwhile will share. */
  private reading: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  private readsStarted = 0;
  private latestApplied = 0;

  constructor(private readonly readStored: (() => Promise<string>) | null) {
    this.unsubscribe = onDataChanged(() => {
      this.local += 1;
    });
  }

  /** Whether other processes can change the data (PostgreSQL), so that `refresh` has work to do. */
  get sharedWithOtherProcesses(): boolean {
    return this.readStored !== null;
  }

  /** An opaque key: equal keys mean the same data. */
  current(): string {
    return `${this.stored}.${this.local}`;
  }

  /**
   * Catches up with changes made by other processes (PostgreSQL only; a no-op on PGlite). When the
   * version cannot be read, nothing cached is trusted any more and the error is passed on.
   *
   * Only a read that starts after this call is sure to see every change committed before it, so a
   * call never joins a read already under way; but all the calls that arrive while one is under way
   * share the next. Under load that is one read per round trip to the database rather than one per
   * request, with the same guarantee.
   */
  refresh(): Promise<void> {
    if (!this.readStored) return Promise.resolve();
    if (!this.reading) return this.startRead(this.readStored);
    const readStored = this.readStored;
    this.next ??= this.reading.then(() => {
      this.next = undefined;
      return this.startRead(readStored);
    });
    return this.next;
  }

  private startRead(readStored: () => Promise<string>): Promise<void> {
    const started = ++this.readsStarted;
    const read = readStored().then(
      (version) => {
        // Reads rarely overlap, but when they do an earlier one must not overwrite a later answer.
        if (started > this.latestApplied) {
          this.stored = version;
          this.latestApplied = started;
        }
      },
      (error: unknown) => {
        this.local += 1;
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
