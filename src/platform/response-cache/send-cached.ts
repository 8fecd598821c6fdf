import type { ServerResponse } from 'node:http';

import vary from 'vary';

import { acceptsGzip } from '../http/compression.js';
import type { PipelineRequest } from '../http/pipeline.js';
import { countResponseCacheHit } from '../ops/metrics.js';
import { recordOfResponse } from '../ops/request-record.js';
import type { CachedResponse } from './store.js';

/** Sends a kept answer, gzipped to clients that accept it, with its `Age`. */
export function sendCached(req: PipelineRequest, res: ServerResponse, hit: CachedResponse): void {
  const record = recordOfResponse(res);
  record?.operationNames.push(hit.operationName);
  if (record) record.answeredBy = 'cache';
  countResponseCacheHit();
  res.statusCode = 200;
  for (const [name, value] of hit.headers) res.setHeader(name, value);
  res.setHeader('age', String(Math.max(0, Math.round((Date.now() - hit.storedAt) / 1000))));
  if (!hit.gzipped) return void res.end(hit.body);
  // Either encoding may be sent for this answer, so a cache on the way must tell them apart. Added
  // to, not replaced: CORS may already vary the answer by Origin.
  vary(res, 'Accept-Encoding');
  if (!acceptsGzip(req.headers)) return void res.end(hit.body);
  res.setHeader('content-encoding', 'gzip');
  res.end(hit.gzipped);
}
