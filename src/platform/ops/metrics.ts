import { createHash, timingSafeEqual } from 'node:crypto';

import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics, served at /metrics. One registry per process: production runs one server per
 * process, and a scrape should see all of it (event-loop lag, memory, every request).
 */
const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** How a request ended, from the client's point of view. */
export type Outcome = 'ok' | 'error' | 'refused' | 'rate_limited' | 'failed' | 'aborted';

const requests = new Counter({
  name: 'peelgraph_graphql_requests_total',
  help: 'GraphQL HTTP requests, by operation name and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});

const duration = new Histogram({
  name: 'peelgraph_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL HTTP request to sending the last byte of its response.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const errors = new Counter({
  name: 'peelgraph_graphql_errors_total',
  help: 'Errors sent to clients, by extensions.code (HTTP refusals included).',
  labelNames: ['code'] as const,
  registers: [registry],
});

const responseCacheHits = new Counter({
  name: 'peelgraph_response_cache_hits_total',
  help: 'GraphQL responses served from the response cache.',
  registers: [registry],
});

/** For the response cache: call once for every response it serves. */
export function countResponseCacheHit(): void {
  responseCacheHits.inc();
}

// Operation names are chosen by clients, and every distinct label value is a time series kept
// forever: past this many names, new ones are counted together so no client can bloat the metrics.
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

export function operationLabel(names: readonly string[]): string {
  if (names.length === 0) return 'unknown';
  if (names.length > 1) return 'batch';
  const name = names[0] ?? 'unknown';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'invalid';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperations.add(name);
  return name;
}

export function recordGraphQLRequest(request: {
  operation: string;
  outcome: Outcome;
  seconds: number;
  errorCodes: readonly string[];
}): void {
  requests.inc({ operation: request.operation, outcome: request.outcome });
  duration.observe({ operation: request.operation }, request.seconds);
  for (const code of request.errorCodes) errors.inc({ code });
}

/**
 * `GET /metrics`. With a token (METRICS_TOKEN), only for requests that send it as
 * `Authorization: Bearer <token>`, compared in constant time; without one, open, as a scraper on a
 * private network expects.
 */
export function metricsHandler(token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : createHash('sha256').update(token).digest();
  return async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (expected) {
      const sent = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(createHash('sha256').update(sent).digest(), expected)) {
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        res.status(401).type('text/plain').send('Send the metrics token as Authorization: Bearer <token>.\n');
        return;
      }
    }
    res.setHeader('content-type', registry.contentType);
    res.end(await registry.metrics());
  };
}
