import type { CachedResponse } from './store.js';

/**
 * The answers this process is computing for requests that missed the response cache, by cache key,
 * so that identical requests arriving meanwhile wait for that answer instead of each computing it
 * again. Without this, a burst of identical requests for a large answer (a fresh server, an entry
 * just expired, an import) all miss together, and each computes for seconds what one would have.
 */
export class MissesInFlight {
  private readonly computing = new Map<string, Promise<CachedResponse | undefined>>();

  /** The answer that will be kept under `key`, if a request is computing it now. */
  underWay(key: string): Promise<CachedResponse | undefined> | undefined {
    return this.computing.get(key);
  }

  /**
   * Marks the answer under `key` as being computed. The returned function must be called once it is
   * done, whatever happened: with the entry kept, or with undefined if none was (an answer with
   * errors, or computed while the data changed), in which case each waiting request computes its own.
   */
  start(key: string): (kept: CachedResponse | undefined) => void {
    let settle: (kept: CachedResponse | undefined) => void = () => undefined;
    const answer = new Promise<CachedResponse | undefined>((resolve) => (settle = resolve));
    this.computing.set(key, answer);
    return (kept) => {
      if (this.computing.get(key) === answer) this.computing.delete(key);
      settle(kept);
    };
  }
}
