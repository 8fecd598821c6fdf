import type { HTTPGraphQLResponse } from '@apollo/server';
import type { ServerResponse } from 'node:http';

import { gzipCopyOf } from '../http/compression.js';
import { recordOfResponse } from '../ops/request-record.js';
import { cacheableSeconds } from '../plugins/caching-header.js';
import type { CachedResponse, ResponseStore } from './store.js';

/** Stores the answer if HTTP says it may be kept, and returns the entry stored. */
export function keep(
  responses: ResponseStore,
  key: string,
  response: HTTPGraphQLResponse,
  res: ServerResponse,
): CachedResponse | undefined {
  const seconds = cacheableSeconds(response.headers.get('cache-control'));
  if ((response.status ?? 200) !== 200 || response.body.kind !== 'complete' || seconds <= 0) return undefined;
  const entry: CachedResponse = {
    storedAt: Date.now(),
    headers: [...response.headers],
    body: Buffer.from(response.body.string),
    operationName: recordOfResponse(res)?.operationNames[0] ?? 'unknown',
  };
  // Neither is awaited: the answer need not wait for the store. The entry is stored at once, so
  // that a repeat is a hit from now on rather than computed again (a large answer may take seconds);
  // its gzip copy joins it when zlib is done, for what is left of its lifetime. Commands on one
  // Redis connection run in order, so the copy never lands before the entry.
  void responses.set(key, entry, seconds);
  void gzipCopyOf(entry.body)
    .then((gzipped) => {
      const left = seconds - (Date.now() - entry.storedAt) / 1000;
      return gzipped && left > 0 ? responses.set(key, { ...entry, gzipped }, left) : undefined;
    })
    .catch(() => undefined); // no copy: the entry is still served as it is
  return entry;
}
