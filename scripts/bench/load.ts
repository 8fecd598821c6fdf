import autocannon from 'autocannon';

import type { BenchOperation } from './operations.js';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** Drives one operation over loopback for `seconds` with `connections` concurrent connections. */
export async function drive(
  url: string,
  operation: BenchOperation,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables });
  // Every answer must be a real one: a GraphQL error would be a fast, meaningless request.
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await check.json()) as { errors?: unknown[] };
  if (!check.ok || answer.errors) throw new Error(`${operation.name} failed: ${JSON.stringify(answer).slice(0, 500)}`);
  const result = await autocannon({
    url,
    method: 'POST',
    // As browsers and `fetch` send it: the response cache then sends large answers gzipped.
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' },
    body,
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
