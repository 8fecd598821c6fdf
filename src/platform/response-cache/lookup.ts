import { apiKeyFromHeaders } from '../../auth/service.js';
import type { DataVersion } from '../db/data-version.js';
import type { PipelineRequest } from '../http/pipeline.js';
import { responseKey } from './key.js';
import type { MissesInFlight } from './misses-in-flight.js';
import type { CachedResponse, ResponseStore } from './store.js';

export interface Lookup {
  /** The data version the request started from, and the key of its answer under that version. */
  readonly version: string;
  readonly key: string;
  readonly hit?: CachedResponse;
  /** Whether the data version was read from the database for this request. */
  readonly versionRead: boolean;
}

/**
 * Looks up an anonymous single query sent by POST; undefined for anything the cache must not answer.
 *
 * The lookup uses the data version this process last knew, so a miss, and a refused request, cost
 * no statement here (the request reads the version once its operation is known to run:
 * `Context.takeData`). A
 * hit is served only once the version has been read afresh and found unchanged: on PostgreSQL
 * another instance may have changed the data since.
 */
export async function lookUp(
  req: PipelineRequest,
  { responses, dataVersion }: { readonly responses: ResponseStore | undefined; readonly dataVersion: DataVersion },
): Promise<Lookup | undefined> {
  const body: unknown = req.body;
  const single = typeof body === 'object' && body !== null && !Array.isArray(body);
  if (!responses || req.method !== 'POST' || !single || apiKeyFromHeaders(req.headers) !== undefined) return undefined;
  const known = dataVersion.current();
  const key = responseKey(known, req.headers.accept, body);
  const cached = await responses.get(key);
  if (!cached) return { version: known, key, versionRead: false };
  try {
    await dataVersion.refresh();
  } catch {
    // Nothing cached is trusted now, and the request will find the outage for itself.
    return { version: known, key, versionRead: true };
  }
  const current = dataVersion.current();
  if (current === known) return { version: known, key, hit: cached, versionRead: true };
  const fresh = responseKey(current, req.headers.accept, body);
  return { version: current, key: fresh, hit: await responses.get(fresh), versionRead: true };
}

/**
 * The answer an identical request was computing when this one missed, once it is kept; undefined if
 * none was under way or it was not kept. As with a hit, it is served only if the data version, read
 * afresh now, is still the one this request started from.
 */
export async function answerComputedMeanwhile(
  lookup: Lookup,
  misses: MissesInFlight,
  dataVersion: DataVersion,
): Promise<CachedResponse | undefined> {
  const kept = await misses.underWay(lookup.key);
  if (!kept) return undefined;
  try {
    await dataVersion.refresh();
  } catch {
    return undefined;
  }
  return dataVersion.current() === lookup.version ? kept : undefined;
}
