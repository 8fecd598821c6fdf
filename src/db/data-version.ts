import { randomUUID } from 'node:crypto';

import { onDataChanged } from './data-changes.js';

/**
 * Which version of the PEEL data a process is looking at, for the read cache and the response
 * cache: both keep an answer only for the version it was computed from.
 *
 * Two sources move it on:
 * - changes this process makes: `onDataChanged` fires after each committed mutation or import;
 * - on PostgreSQL, changes other processes make (other instances, `npm run import`): triggers on
 *   the data tables count every change in `data_version`, which `refresh` reads once per request.
 * PGlite is embedded in one process, so there the first source is the whole story.
 */
export class DataVersion {
  // Until the database says otherwise (and always on PGlite), a name of this process's own: a
  // restarted server must not take a shared cache's entries, computed from other data, for its own.
  private stored: string = randomUUID();
  private local = 0;
  private readonly unsubscribe: () => void;

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
   */
  async refresh(): Promise<void> {
    if (!this.readStored) return;
    try {
      this.stored = await this.readStored();
    } catch (error) {
      this.local += 1;
      throw error;
    }
  }

  close(): void {
    this.unsubscribe();
  }
}
